// The cache folder: one file per key (<key>.json), written atomically (a temporary file in
// the same folder, then a rename), so concurrent worker threads and interrupted builds
// never leave a half-written entry under a key. Output files live beside the entries as
// blobs named by the sha256 of their content (blobs/<sha256>), shared by hard links
// with the output directory where the file system allows it (see blobs.ts). Reading or
// writing problems are misses: the cache can only make a build faster, never make it fail.
import { readdirSync, readFileSync, renameSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where a project's build cache lives (`.cache/` is meant to be git-ignored). */
export function cacheDir(root: string): string {
  return path.join(root, '.cache', 'tailor', 'build');
}

/** The stored text for `key`, or null. */
export function readEntryText(dir: string, key: string): string | null {
  try {
    return readFileSync(path.join(dir, `${key}.json`), 'utf8');
  } catch {
    return null;
  }
}

let counter = 0;

/** Writes the entry for `key`; returns false when it could not. */
export function writeEntryText(dir: string, key: string, text: string): boolean {
  const temp = path.join(dir, `${key}.${process.pid}-${threadId}-${counter++}.tmp`);
  try {
    inFolder(dir, () => writeFileSync(temp, text));
    renameSync(temp, path.join(dir, `${key}.json`));
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written where nothing could be.
    }
    return false;
  }
}

/**
 * Runs `create` (which makes a file in `folder`), creating the folder first if it is
 * missing: the folder is made when first needed, and again if it was removed meanwhile.
 */
export function inFolder(folder: string, create: () => void): void {
  try {
    create();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(folder, { recursive: true });
    create();
  }
}

/** The names in a folder; none when it cannot be read (a missing folder is an empty cache). */
export function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The keys of the entries in the folder. */
export function listEntries(dir: string): string[] {
  return namesIn(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length));
}

/** Temporary files older than this were left by a build that was interrupted. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Is `file` a temporary file left by an interrupted build? False when it is gone. */
export function isStaleTemp(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > STALE_TEMP_MS;
  } catch {
    return false; // renamed into place or removed meanwhile
  }
}

/**
 * Bounds the cache: when it holds more than `limit` entries, the ones not in `keep` (the
 * keys of the build that just ran) are deleted. Returns how many were.
 */
export function pruneEntries(dir: string, keep: ReadonlySet<string>, limit: number): number {
  const names = namesIn(dir);
  let deleted = 0;
  const remove = (name: string) => {
    try {
      rmSync(path.join(dir, name), { force: true });
      deleted++;
    } catch {
      // Another build may hold or have removed it; it is retried next time.
    }
  };
  for (const name of names) if (name.endsWith('.tmp') && isStaleTemp(path.join(dir, name))) remove(name);
  const entries = names.filter((n) => n.endsWith('.json'));
  if (entries.length <= limit) return deleted;
  for (const name of entries) if (!keep.has(name.slice(0, -'.json'.length))) remove(name);
  return deleted;
}
