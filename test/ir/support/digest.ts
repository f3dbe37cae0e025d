// A readable, stable text form of IR trees for expected.json files.
import type { Cond, Node, Span } from '../../../src/ir/nodes.js';
import { refName } from '../../../src/ir/evaluate.js';

/** `@3:5` or `@components/hero.mjml:3:5` when not in `home`. */
export function at(span: Span | undefined, home: string): string {
  if (!span) return '';
  const where = span.file === home ? '' : `${span.file}:`;
  return ` @${where}${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
}

export function condText(c: Cond): string {
  switch (c.kind) {
    case 'const':
      return String(c.value);
    case 'truthy':
      return refName(c.ref);
    case 'compare':
      return `${refName(c.ref)} ${c.op} ${JSON.stringify(c.value)}`;
    case 'and':
    case 'or':
      return `(${c.items.map(condText).join(` ${c.kind} `)})`;
    case 'not':
      return `not(${condText(c.item)})`;
    case 'segment':
      return `segment.${c.name}{${condText(c.cond)}}`;
  }
}

export function digestNodes(nodes: Node[], home: string, indent = ''): string[] {
  const lines: string[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'static':
        lines.push(`${indent}text ${JSON.stringify(n.text)}${at(n.span, home)}`);
        break;
      case 'output': {
        const filters = n.filters
          .map((f) => ` | ${f.name}${f.name === 'truncate' ? `(${f.length})` : f.name === 'date' ? `(${JSON.stringify(f.format)})` : ''}`)
          .join('');
        lines.push(`${indent}out ${refName(n.ref)}${filters} ?? ${JSON.stringify(n.fallback)}${at(n.span, home)}`);
        break;
      }
      case 'if':
        lines.push(`${indent}if${n.slot ? ` slot=${n.slot}` : ''}${at(n.span, home)}`);
        for (const b of n.branches) {
          lines.push(`${indent}  when ${condText(b.cond)}`);
          lines.push(...digestNodes(b.body, home, `${indent}    `));
        }
        if (n.else) {
          lines.push(`${indent}  else`);
          lines.push(...digestNodes(n.else, home, `${indent}    `));
        }
        break;
      case 'each':
        lines.push(`${indent}each ${n.loopVar} in profile.${n.list.name} limit ${n.limit}${at(n.span, home)}`);
        lines.push(...digestNodes(n.body, home, `${indent}    `));
        if (n.empty.length) {
          lines.push(`${indent}  empty`);
          lines.push(...digestNodes(n.empty, home, `${indent}    `));
        }
        break;
    }
  }
  return lines;
}
