// Parses one YAML file keeping positions, turning the parser's errors into diagnostics.
import { isMap, isScalar, parseDocument, visit, type Document, type Pair, type YAMLError } from 'yaml';
import { diag, LineIndex, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';

/** A parsed YAML file: its text, the document (nodes carry offsets) and a line index. */
export interface YamlSource {
  /** Project-relative path with forward slashes. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
}

/** Which codes the parser's problems get (the config has its own, so the CLI can tell). */
export interface YamlCodes {
  syntax: DiagnosticCode;
  duplicateKey: DiagnosticCode;
  warning: DiagnosticCode;
}

export const YAML_CODES: YamlCodes = { syntax: 'yaml-syntax', duplicateKey: 'duplicate-key', warning: 'yaml-warning' };

export interface ParsedYaml {
  source: YamlSource;
  diagnostics: Diagnostic[];
  /** True when the text is not valid YAML (duplicate keys excepted). */
  syntaxErrors: boolean;
}

export function parseYaml(file: string, text: string, codes: YamlCodes = YAML_CODES): ParsedYaml {
  // YAML 1.2 core schema: dates stay strings, `no` stays a string, keys must be unique.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const source: YamlSource = { file, text, doc, lines: new LineIndex(file, text) };
  const diagnostics: Diagnostic[] = [];
  let syntaxErrors = false;
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') diagnostics.push(duplicateKey(source, error, codes.duplicateKey));
    else {
      syntaxErrors = true;
      diagnostics.push(diag(codes.syntax, errorSpan(source, error), { detail: firstSentence(error.message) }));
    }
  }
  for (const warning of doc.warnings) {
    diagnostics.push(diag(codes.warning, errorSpan(source, warning), { detail: firstSentence(warning.message) }));
  }
  return { source, diagnostics, syntaxErrors };
}

function errorSpan(source: YamlSource, error: YAMLError) {
  return source.lines.span(error.pos[0], error.pos[1]);
}

/** yaml's messages may end with a position ("at line 3, column 1"); ours carry it apart. */
function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKey(source: YamlSource, error: YAMLError, code: DiagnosticCode): Diagnostic {
  const at = error.pos[0];
  let key = source.text.slice(error.pos[0], error.pos[1]);
  let first: Pair | undefined;
  // Find the mapping holding the repeated key to name it and point at its first use.
  visit(source.doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const index = map.items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === at);
      if (index < 0) return;
      const repeated = map.items[index]!;
      key = String((repeated.key as { value: unknown }).value);
      first = map.items.slice(0, index).find((p) => isScalar(p.key) && String(p.key.value) === key);
      return visit.BREAK;
    },
  });
  const keyNode = (first?.key ?? null) as { range?: [number, number, number] } | null;
  const related = keyNode?.range
    ? [{ message: 'first defined here', file: source.file, ...source.lines.position(keyNode.range[0]) }]
    : undefined;
  const end = Math.max(error.pos[1], at + key.length);
  return diag(code, source.lines.span(at, end), { key }, related ? { related } : {});
}
