// dist/manifest.json: every output file with its target, template, part, size and hash.
// No timestamps, sorted: two builds of the same sources give identical bytes.
import { createHash } from 'node:crypto';

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

export function manifestEntry(file: OutputFile): ManifestEntry {
  const buffer = Buffer.from(file.content, 'utf8');
  return {
    target: file.target,
    template: file.template,
    part: file.part,
    path: file.path,
    bytes: buffer.length,
    sha256: createHash('sha256').update(buffer).digest('hex'),
  };
}

export function buildManifest(version: string, targets: string[], templates: string[], files: OutputFile[]): Manifest {
  const outputs = files.map(manifestEntry).sort((a, b) => a.path.localeCompare(b.path));
  return { tool: 'tailor', version, targets: [...targets], templates: [...templates].sort(), outputs };
}
