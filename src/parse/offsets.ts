// Mapping offsets in a piece of source text to 1-based spans in the user's files.
//
// Templates are parsed in place: the file's LineIndex is their mapper. Expressions and template
// strings read from YAML arrive as `Located` values: positions inside them come from
// the loader's per-character positions (escapes, folded lines, block scalars) or, for
// a verbatim one-line value, from its first character plus the offset.
import type { Span } from '../ir/nodes.js';
import { spanWithin } from '../source/located.js';
import type { Located } from '../source/model.js';

export interface SpanMapper {
  /** The span of text[start, end), `end` exclusive. */
  span(start: number, end: number): Span;
}

/** Offsets into `index`'s text shifted by `base` (a scalar whose source equals its value). */
export function shiftedMapper(index: SpanMapper, base: number): SpanMapper {
  return { span: (start, end) => index.span(base + start, base + end) };
}

/** Offsets into a Located string's value (exact when the loader recorded character positions). */
export function locatedMapper(located: Located<string>): SpanMapper {
  return { span: (start, end) => spanWithin(located, start, Math.max(start, end)) };
}

/** The smallest span covering both (same file assumed). */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
