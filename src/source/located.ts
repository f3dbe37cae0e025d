// Positions inside a Located string, for parsers of expressions read from YAML.
import type { Span } from '../ir/nodes.js';
import type { Located } from './model.js';

/**
 * The source span of characters [start, end) of a located string value, exact even
 * when the YAML held escapes, folded lines or a block scalar.
 */
export function spanWithin(located: Located<string | number | boolean>, start: number, end: number = start): Span {
  const { span, charPositions } = located;
  if (charPositions) {
    const last = charPositions.length - 1;
    const a = charPositions[Math.max(0, Math.min(start, last))]!;
    const b = charPositions[Math.max(0, Math.min(end, last))]!;
    return { file: span.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  return { file: span.file, line: span.line, column: span.column + start, endLine: span.line, endColumn: span.column + end };
}
