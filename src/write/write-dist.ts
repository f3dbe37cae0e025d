// Writes the output directory atomically. Files go to a fresh staging directory beside
// the output as they are produced (so memory stays flat on large builds); at the end the
// staging directory replaces the old output with renames, or is discarded. A failed
// build therefore leaves the previous output exactly as it was.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface FileToWrite {
  /** Relative to the output directory, forward slashes. */
  path: string;
  content: string;
}

/** Creates an empty staging directory for `outDir` and returns its path. */
export async function createStaging(outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const staging = path.join(parent, `.${path.basename(outDir)}.tailor-tmp-${stamp}`);
  await mkdir(staging, { recursive: true });
  return staging;
}

const madeDirs = new Set<string>();

/** Creates `folder` (and its parents) unless this thread already did. */
export function ensureFolder(folder: string): void {
  if (!madeDirs.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeDirs.add(folder);
  }
}

/**
 * Writes files under `dir`, creating folders as needed. Synchronous on purpose: the files
 * are small and many, and measured builds spend less time in one blocking write per file
 * than in the promise and file-handle machinery of parallel async writes.
 */
export async function writeFiles(dir: string, files: FileToWrite[]): Promise<void> {
  for (const f of files) {
    const target = path.join(dir, f.path);
    ensureFolder(path.dirname(target));
    writeFileSync(target, f.content);
  }
}

export async function discardStaging(staging: string): Promise<void> {
  await removeTree(staging);
}

/** Replaces `outDir` with `staging`: two renames, the old output removed last. */
export async function commitStaging(staging: string, outDir: string): Promise<void> {
  // Renamed in its own name only: a folder above may hold the same words.
  const retired = path.join(path.dirname(staging), path.basename(staging).replace('tailor-tmp-', 'tailor-old-'));
  let hadOld = true;
  try {
    await rename(outDir, retired);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      await discardStaging(staging);
      throw err;
    }
    hadOld = false;
  }
  try {
    await rename(staging, outDir);
  } catch (err) {
    if (hadOld) await rename(retired, outDir);
    await discardStaging(staging);
    throw err;
  }
  if (hadOld) await removeTree(retired);
}

/** Deletions in flight at once in each folder of a tree being removed. */
const UNLINK_LANES = 16;

/**
 * Deletes a directory tree. Faster than `rm -r` on a large dist/: the folder listing
 * already says which entries are folders, so no file is stat'ed, and many deletions wait
 * on the disk at once. Whatever this cannot delete is left to `rm`.
 */
export async function removeTree(dir: string): Promise<void> {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    // A symbolic link is deleted, never followed (a Dirent reports the link itself).
    const folders = entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
    const files = entries.filter((e) => !e.isDirectory()).map((e) => path.join(dir, e.name));
    let next = 0;
    const lane = async () => {
      while (next < files.length) await unlink(files[next++]!);
    };
    await Promise.all([...Array.from({ length: Math.min(UNLINK_LANES, files.length) }, lane), ...folders.map(removeTree)]);
    await rmdir(dir);
  } catch {
    await rm(dir, { recursive: true, force: true });
  }
}
