// Finds where a piece of text came from in the template's sources. After rendering, the
// static text of a part is MJML's output (no positions); when a target refuses something
// in it, the first occurrence in the sources is the place to point at.
import type { Node, Span } from './nodes.js';
import { walkNodes } from './nodes.js';
import type { TemplateIR } from '../targets/target.js';
import { advanceSpan } from './span.js';

export function locateInSource(ir: TemplateIR, needle: string): Span | null {
  for (const nodes of [ir.body, ir.subject, ir.preheader] as Node[][]) {
    let found: Span | null = null;
    walkNodes(nodes, (node) => {
      if (found || node.kind !== 'static' || !node.span) return;
      const index = node.text.indexOf(needle);
      if (index >= 0) {
        const start = advanceSpan(node.span, node.text.slice(0, index));
        found = { ...start, endLine: start.line, endColumn: start.column + needle.length };
      }
    });
    if (found) return found;
  }
  return null;
}
