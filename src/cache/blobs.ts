// The cache's copies of output files: blobs/<sha256> in the cache folder, one per distinct
// content. A file the build has just written is hard-linked into the folder, and a cached
// template is staged by hard-linking its blobs into the staging folder, so neither a cold
// build nor a rebuild copies bytes. Where hard links cannot be made (the output on another
// file system, a file system without them) the files are copied instead.
//
// An output file and its blob may therefore be one file on disk: a blob is used only after
// its content hashes to its name (readBlob), so an output file edited in place is never
// handed out again, and storing a content always replaces the blob of that name.
import { constants, copyFileSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { ensureFolder } from '../write/write-dist.js';
import { inFolder, isStaleTemp, namesIn } from './store.js';
import { sha256 } from './template-key.js';

export function blobFolder(cacheDir: string): string {
  return path.join(cacheDir, 'blobs');
}

/** A blob's name: the lowercase hex sha256 of its content. */
export const BLOB_NAME = /^[0-9a-f]{64}$/;

/** Errors that mean "no hard link here": copy instead. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

/** Hard-links `from` to the new path `to`, or copies it where links are not possible. */
export function linkOrCopy(from: string, to: string, link: (from: string, to: string) => void = linkSync): void {
  try {
    link(from, to);
  } catch (err) {
    if (!CANNOT_LINK.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

let counter = 0;

/**
 * Stores `content` as the blob `hash`: from `file` when the build wrote it (linked), else
 * written. Returns false when it could not.
 */
export function storeBlob(cacheDir: string, hash: string, source: { file: string } | { content: string }): boolean {
  const folder = blobFolder(cacheDir);
  const blob = path.join(folder, hash);
  let temp: string | null = null;
  try {
    if ('file' in source) {
      try {
        inFolder(folder, () => linkOrCopy(source.file, blob));
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    // An existing blob is replaced, not trusted: it may be an output file edited in place.
    const into = (temp = path.join(folder, `${hash}.${process.pid}-${threadId}-${counter++}.tmp`));
    inFolder(folder, () => ('file' in source ? linkOrCopy(source.file, into) : writeFileSync(into, source.content)));
    renameSync(into, blob);
    return true;
  } catch {
    return false;
  } finally {
    // Also after a rename that did nothing (temp and blob were already one file).
    if (temp !== null) rmSync(temp, { force: true });
  }
}

/** The blob's bytes when it exists with exactly this size and hash, else null. */
export function readBlob(cacheDir: string, hash: string, bytes: number): Buffer | null {
  try {
    const content = readFileSync(path.join(blobFolder(cacheDir), hash));
    return content.length === bytes && sha256(content) === hash ? content : null;
  } catch {
    return null;
  }
}

/** Puts the blob `hash` at the new path `to` (linked or copied); false when it could not. */
export function placeBlob(cacheDir: string, hash: string, to: string): boolean {
  try {
    ensureFolder(path.dirname(to));
    linkOrCopy(path.join(blobFolder(cacheDir), hash), to);
    return true;
  } catch {
    return false;
  }
}

/** Deletes every blob not named in `keep`, and stale temporary files. Returns how many went. */
export function removeBlobsExcept(cacheDir: string, keep: ReadonlySet<string>): number {
  const folder = blobFolder(cacheDir);
  let deleted = 0;
  for (const name of namesIn(folder)) {
    const file = path.join(folder, name);
    if (BLOB_NAME.test(name) ? keep.has(name) : !isStaleTemp(file)) continue;
    try {
      rmSync(file, { force: true });
      deleted++;
    } catch {
      // Renamed or removed by another build meanwhile.
    }
  }
  return deleted;
}
