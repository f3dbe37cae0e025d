// Front matter: a file may start with `---`, a YAML mapping, and a closing `---` line.
// Keys keep their YAML nodes so string values can be parsed as template strings with
// exact positions in the file.
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag, type LineIndex } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { scalarLayout } from '../source/scalar-layout.js';
import { keyText } from '../source/yaml-nodes.js';
import { locatedMapper, shiftedMapper, type SpanMapper } from './offsets.js';

export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  /** The plain JavaScript value. */
  value: unknown;
  node: YamlNode | null;
}

export interface FrontMatter {
  /** Offset of the first character after the front matter (0 when there is none). */
  bodyStart: number;
  entries: Map<string, FrontMatterEntry>;
  /** Offset of the YAML text in the file (node ranges are relative to it). */
  yamlStart: number;
  index: LineIndex;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;

export function readFrontMatter(text: string, index: LineIndex, diagnostics: Diagnostic[]): FrontMatter {
  const entries = new Map<string, FrontMatterEntry>();
  const open = OPEN.exec(text);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (!open) return { bodyStart: bom, entries, yamlStart: 0, index };
  const yamlStart = open[0].length;
  const rest = text.slice(yamlStart);
  const close = CLOSE.exec(rest);
  if (!close) {
    diagnostics.push(diag('front-matter-unclosed', index.span(bom, bom + 3)));
    return { bodyStart: text.length, entries, yamlStart, index };
  }
  const yamlText = rest.slice(0, close.index);
  const bodyStart = yamlStart + close.index + close[0].length;
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  for (const error of doc.errors) {
    diagnostics.push(
      diag('front-matter-invalid', index.span(yamlStart + error.pos[0], yamlStart + error.pos[1]), { detail: error.message.split('\n')[0]! }),
    );
  }
  if (doc.errors.length > 0) return { bodyStart, entries, yamlStart, index };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { bodyStart, entries, yamlStart, index };
  if (!isMap(contents)) {
    const range = (contents as YamlNode).range ?? [0, 0];
    diagnostics.push(diag('front-matter-invalid', index.span(yamlStart + range[0], yamlStart + range[1]), { detail: 'the front matter must be a mapping of keys to values' }));
    return { bodyStart, entries, yamlStart, index };
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode;
    const key = keyText(pair);
    const range = keyNode.range ?? [0, 0];
    const valueNode = (pair.value as YamlNode | null) ?? null;
    entries.set(key, {
      key,
      keySpan: index.span(yamlStart + range[0], yamlStart + range[1]),
      value: valueNode ? valueNode.toJSON() : null,
      node: valueNode,
    });
  }
  return { bodyStart, entries, yamlStart, index };
}

/** The span of a YAML node of the front matter. */
export function nodeSpan(fm: FrontMatter, node: YamlNode | null, fallback: Span): Span {
  if (!node?.range) return fallback;
  return fm.index.span(fm.yamlStart + node.range[0], fm.yamlStart + node.range[1]);
}

/**
 * A string scalar of the front matter as parseable text: its value and a mapper from
 * offsets in the value to positions in the file, exact through quotes, escapes and
 * folded lines (the YAML decoding is replayed by source/scalar-layout).
 */
export function scalarText(fm: FrontMatter, node: YamlNode | null, fallback: Span): { value: string; mapper: SpanMapper; span: Span } {
  if (!node || !isScalar(node) || !node.range) {
    const value = node ? String(node.toJSON() ?? '') : '';
    return { value, mapper: locatedMapper({ value, span: fallback }), span: fallback };
  }
  const value = String(node.value ?? '');
  const yamlText = fm.index.text.slice(fm.yamlStart);
  const layout = scalarLayout(yamlText, node as Scalar);
  const span = fm.index.span(fm.yamlStart + layout.start, fm.yamlStart + layout.end);
  const offsets = typeof node.value === 'string' ? layout.offsets : null;
  if (!offsets) return { value, mapper: shiftedMapper(fm.index, fm.yamlStart + layout.start), span };
  const at = (i: number) => fm.yamlStart + offsets[Math.max(0, Math.min(i, offsets.length - 1))]!;
  return { value, mapper: { span: (start, end) => fm.index.span(at(start), at(Math.max(start, end))) }, span };
}
