// Span arithmetic for text cut out of a source file.
import type { Span } from './nodes.js';

/** The span of the character just after `prefix`, which starts at `span`. */
export function advanceSpan(span: Span, prefix: string): Span {
  const lastNl = prefix.lastIndexOf('\n');
  let line = span.line;
  for (let i = prefix.indexOf('\n'); i >= 0; i = prefix.indexOf('\n', i + 1)) line++;
  const column = lastNl < 0 ? span.column + prefix.length : prefix.length - lastNl;
  return { file: span.file, line, column, endLine: line, endColumn: column + 1 };
}
