// Mapping offsets in a piece of source text to 1-based spans in the user's files.
//
// Templates are parsed in place (offsets into the whole file). Expressions and template
// strings read from YAML arrive as `Located` values whose span points at their first
// character; positions inside them are that span plus the offset. Inside a multi-line
// YAML scalar the line is counted from the value's own line breaks and the column
// from the start of that line of the value (YAML indentation is not known here).
import type { Span } from '../ir/nodes.js';
import { LineIndex } from '../diagnostics/diagnostic.js';
import type { Located } from '../source/model.js';

export interface SpanMapper {
  /** The span of text[start, end), `end` exclusive. */
  span(start: number, end: number): Span;
}

/** Offsets are offsets into the file's whole text. */
export function fileMapper(file: string, text: string): SpanMapper {
  return new LineIndex(file, text);
}

/** Offsets into `index`'s text shifted by `base` (a scalar whose source equals its value). */
export function shiftedMapper(index: SpanMapper, base: number): SpanMapper {
  return { span: (start, end) => index.span(base + start, base + end) };
}

/** Offsets into a Located string's value. */
export function locatedMapper(located: Located<string>): SpanMapper {
  const value = located.value;
  const at = located.span;
  const position = (offset: number): { line: number; column: number } => {
    const before = value.slice(0, offset);
    const lastBreak = before.lastIndexOf('\n');
    if (lastBreak < 0) return { line: at.line, column: at.column + offset };
    const lines = before.split('\n').length - 1;
    return { line: at.line + lines, column: offset - lastBreak };
  };
  return {
    span(start, end) {
      const a = position(start);
      const b = position(Math.max(start, end));
      return { file: at.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    },
  };
}

/** The smallest span covering both (same file assumed). */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
