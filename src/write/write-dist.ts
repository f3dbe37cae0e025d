// Writes the output directory atomically: everything goes to a fresh sibling directory,
// which then replaces the old one with renames. A failure before the swap leaves the
// previous output exactly as it was; callers never write when the build has errors.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileToWrite {
  /** Relative to the output directory, forward slashes. */
  path: string;
  content: string;
}

export async function writeDistAtomically(outDir: string, files: FileToWrite[]): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(parent, `.${base}.tailor-tmp-${stamp}`);
  const retired = path.join(parent, `.${base}.tailor-old-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    const dirs = new Set(files.map((f) => path.dirname(path.join(staging, f.path))));
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
    // Bounded parallelism: fast on many small files without exhausting descriptors.
    const queue = [...files];
    const workers = Array.from({ length: 16 }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) await writeFile(path.join(staging, f.path), f.content);
    });
    await Promise.all(workers);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  let hadOld = true;
  try {
    await rename(outDir, retired);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staging, { recursive: true, force: true });
      throw err;
    }
    hadOld = false;
  }
  try {
    await rename(staging, outDir);
  } catch (err) {
    if (hadOld) await rename(retired, outDir);
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  if (hadOld) await rm(retired, { recursive: true, force: true });
}
