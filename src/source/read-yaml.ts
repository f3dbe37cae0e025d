// Reads one of the project's YAML files: text -> parsed document -> schema check.
// Parsing dominates loading time, so results are cached by content: a rebuild after a
// template edit does not parse the rules and profiles again.
import path from 'node:path';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkSchema } from '../validate/schema-errors.js';
import type { SchemaKind } from '../validate/schemas.js';
import { readText } from './files.js';
import { parseYaml, type YamlSource } from './yaml-file.js';

export interface YamlInput {
  file: string;
  /** Null when the file is absent or its content is unknown (unreadable, not YAML). */
  source: YamlSource | null;
  /** The document as plain values; undefined when there is no usable document. */
  data: unknown;
  /** Paths that failed the schema. */
  invalidPaths: string[][];
  diagnostics: Diagnostic[];
  /** The file exists. */
  present: boolean;
  /**
   * False when the file exists but could not be read or is not valid YAML. Its content
   * is then ignored rather than guessed, and checks depending on it are skipped.
   */
  usable: boolean;
}

const CACHE_LIMIT = 512;
const cache = new Map<string, YamlInput>();

export async function readYamlInput(root: string, file: string, kind: SchemaKind): Promise<YamlInput> {
  const result = await readText(path.join(root, file));
  const empty = { file, source: null, data: undefined, invalidPaths: [] };
  if (result.kind === 'absent') return { ...empty, diagnostics: [], present: false, usable: true };
  if (result.kind === 'error') {
    return { ...empty, diagnostics: [diag('file-unreadable', fileSpan(file), { file, reason: result.reason })], present: true, usable: false };
  }
  const key = `${kind}\0${file}\0${result.text}`;
  let input = cache.get(key);
  if (!input) {
    input = parseInput(file, result.text, kind);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, input);
  }
  // Callers own their diagnostics (lint may adjust severities); the document is shared
  // read-only.
  return { ...input, diagnostics: input.diagnostics.map((d) => structuredClone(d)) };
}

function parseInput(file: string, text: string, kind: SchemaKind): YamlInput {
  const parsed = parseYaml(file, text);
  if (parsed.syntaxErrors) return { file, source: null, data: undefined, invalidPaths: [], diagnostics: parsed.diagnostics, present: true, usable: false };
  const data: unknown = parsed.source.doc.toJS();
  const schema = checkSchema(kind, parsed.source, data);
  return {
    file,
    source: parsed.source,
    data,
    invalidPaths: schema.invalidPaths,
    diagnostics: [...parsed.diagnostics, ...schema.diagnostics],
    present: true,
    usable: true,
  };
}
