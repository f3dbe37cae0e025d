// Finding YAML nodes and their positions: spans for diagnostics, Located values for
// later parsers.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import type { Located } from './model.js';
import { scalarLayout } from './scalar-layout.js';
import type { YamlSource } from './yaml-file.js';

type AnyNode = Node | null | undefined;

/** Span of a node's value (without trailing comments); null when it has no range. */
export function nodeSpan(source: YamlSource, node: AnyNode): Span | null {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? source.lines.span(range[0], range[1]) : null;
}

/** Span of a mapping entry's key. */
export function keySpan(source: YamlSource, pair: Pair): Span {
  return nodeSpan(source, pair.key as Node) ?? fileSpan(source.file);
}

/** Span from a mapping entry's key to the end of its value. */
export function entrySpan(source: YamlSource, pair: Pair): Span {
  const key = (pair.key as { range?: [number, number, number] } | null)?.range;
  const value = (pair.value as { range?: [number, number, number] } | null)?.range;
  if (!key) return fileSpan(source.file);
  return source.lines.span(key[0], value ? value[1] : key[1]);
}

/** A mapping key as text (YAML allows numbers and booleans as keys; JS objects do not). */
export function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The entries of a mapping node, or none. */
export function pairsOf(node: AnyNode): Pair[] {
  return isMap(node) ? (node.items as Pair[]) : [];
}

/** The entry for `key`; the last one when repeated (that is the value YAML keeps). */
export function findPair(node: AnyNode, key: string): Pair | undefined {
  const pairs = pairsOf(node);
  for (let i = pairs.length - 1; i >= 0; i--) if (keyText(pairs[i]!) === key) return pairs[i];
  return undefined;
}

export function deref(source: YamlSource, node: AnyNode): AnyNode {
  return isAlias(node) ? (node.resolve(source.doc) as AnyNode) : node;
}

/** Where a JSON-pointer-like path lands: the node, and the mapping entry holding it. */
export interface NodeAtPath {
  node: AnyNode;
  pair?: Pair;
}

/** Walks from the document root along `path`, stopping at the deepest node found. */
export function nodeAtPath(source: YamlSource, path: readonly string[]): NodeAtPath {
  let here: NodeAtPath = { node: source.doc.contents as AnyNode };
  for (const segment of path) {
    const node = deref(source, here.node);
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) return here;
      here = { node: pair.value as AnyNode, pair };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || isPair(item)) return here;
      here = { node: item as AnyNode };
    } else {
      return here;
    }
  }
  return here;
}

/** Span to report for a path: the value, or the key when the value is empty or absent. */
export function pathSpan(source: YamlSource, at: NodeAtPath): Span {
  return nodeSpan(source, at.node) ?? (at.pair ? keySpan(source, at.pair) : fileSpan(source.file));
}

/**
 * A scalar's value with its position. Strings get their exact first character (after
 * quotes or a block header) and, when not a verbatim one-line copy of the source, the
 * position of every character.
 */
export function located<T extends string | number | boolean>(source: YamlSource, node: Scalar, value: T): Located<T> {
  if (typeof value !== 'string') {
    return { value, span: nodeSpan(source, node) ?? fileSpan(source.file) };
  }
  const layout = scalarLayout(source.text, node);
  const span = source.lines.span(layout.start, layout.end);
  const result: Located<T> = { value, span };
  const offsets = layout.offsets;
  if (offsets && !isVerbatimLine(value, offsets)) {
    result.charPositions = offsets.map((offset) => source.lines.position(offset));
  }
  return result;
}

/** Character i sits at offset start + i, all on one line. */
function isVerbatimLine(value: string, offsets: number[]): boolean {
  if (value.includes('\n') || value.includes('\r')) return false;
  for (let i = 1; i < offsets.length; i++) if (offsets[i] !== offsets[0]! + i) return false;
  return true;
}
