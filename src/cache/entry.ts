// One entry of the build cache: a template's output files (as manifest entries: path,
// size, sha256; the bytes are blobs, see blobs.ts) and diagnostics (warnings; a template
// with errors is never cached), with the inputs to check before reusing them.
// Read back defensively: whatever does not have exactly this shape is a miss.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ManifestEntry } from '../write/manifest.js';
import { BLOB_NAME } from './blobs.js';
import type { Inputs } from './inputs.js';
import { CACHE_FORMAT } from './template-key.js';

export interface CacheEntry {
  format: typeof CACHE_FORMAT;
  /** The key the entry was stored under (its file name), checked on reading. */
  key: string;
  template: string;
  inputs: Inputs;
  diagnostics: Diagnostic[];
  files: ManifestEntry[];
}

/** The entry in `text` if it is a well-formed entry for `key`, else null. */
export function parseEntry(text: string, key: string): CacheEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.format !== CACHE_FORMAT || value.key !== key || typeof value.template !== 'string') return null;
  const { inputs, diagnostics, files } = value;
  if (!isRecord(inputs) || !Object.entries(inputs).every(([file, h]) => isSafePath(file) && (h === null || typeof h === 'string'))) return null;
  if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return null;
  if (!Array.isArray(files) || !files.every(isStoredFile)) return null;
  return value as unknown as CacheEntry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDiagnostic(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (value.severity === 'warning' || value.severity === 'info') &&
    typeof value.message === 'string' &&
    typeof value.file === 'string' &&
    [value.line, value.column, value.endLine, value.endColumn].every((n) => typeof n === 'number')
  );
}

function isStoredFile(value: unknown): boolean {
  return (
    isRecord(value) &&
    ['target', 'template', 'part', 'path', 'sha256'].every((k) => typeof value[k] === 'string') &&
    isSafePath(value.path as string) &&
    BLOB_NAME.test(value.sha256 as string) &&
    Number.isSafeInteger(value.bytes) &&
    (value.bytes as number) >= 0
  );
}

/** The blob names an entry's text refers to (none when it is not an entry). */
export function blobsOf(text: string): string[] {
  try {
    const value = JSON.parse(text) as { files?: unknown };
    return Array.isArray(value.files) ? value.files.flatMap((f) => (isStoredFile(f) ? [(f as ManifestEntry).sha256] : [])) : [];
  } catch {
    return [];
  }
}

/** Output paths stay inside the output directory, input paths inside the project, whatever an entry on disk says. */
function isSafePath(p: string): boolean {
  return p !== '' && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((part) => part === '..' || part === '' || part === '.');
}
