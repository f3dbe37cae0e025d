// Writes the output directory atomically. Files go to a fresh staging directory beside
// the output as they are produced (so memory stays flat on large builds); at the end the
// staging directory replaces the old output with renames, or is discarded. A failed
// build therefore leaves the previous output exactly as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
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
  await rm(staging, { recursive: true, force: true });
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
  if (hadOld) await rm(retired, { recursive: true, force: true });
}
