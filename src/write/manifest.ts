// dist/manifest.json: every output file with its target, template, part, size and hash.
// No timestamps, sorted: two builds of the same sources give identical bytes.
import { hash } from 'node:crypto';

export interface ManifestEntry {
  target: string;
  template: string;
  /** html, text, subject, preheader, or an extra part such as "schema" or "eml". */
  part: string;
  /** Relative to the output directory, forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  tool: 'tailor';
  version: string;
  targets: string[];
  templates: string[];
  outputs: ManifestEntry[];
}

export interface OutputFile {
  target: string;
  template: string;
  part: string;
  path: string;
  content: string;
}

/** Size and hash of the UTF-8 bytes, without copying the content into a buffer first. */
export function manifestEntry(file: OutputFile): ManifestEntry {
  return {
    target: file.target,
    template: file.template,
    part: file.part,
    path: file.path,
    bytes: Buffer.byteLength(file.content, 'utf8'),
    sha256: hash('sha256', file.content, 'hex'),
  };
}
