// A readable text form of template syntax trees for expected.json files.
import type { ExprNode, TemplateNode } from '../../../src/parse/ast.js';
import type { Span } from '../../../src/ir/nodes.js';

export const pos = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;

/** Fully parenthesised, so precedence is visible. */
export function exprText(e: ExprNode): string {
  switch (e.kind) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'list':
      return `[${e.items.map(exprText).join(', ')}]`;
    case 'name':
      return e.parts.map((p) => p.name).join('.');
    case 'filter':
      return `${exprText(e.input)}|${e.name}${e.args.length ? `(${e.args.map(exprText).join(', ')})` : ''}`;
    case 'compare':
      return `(${exprText(e.left)} ${e.op} ${exprText(e.right)})`;
    case 'in':
      return `(${exprText(e.left)} ${e.negated ? 'not in' : 'in'} ${exprText(e.right)})`;
    case 'and':
    case 'or':
      return `(${exprText(e.left)} ${e.kind} ${exprText(e.right)})`;
    case 'not':
      return `(not ${exprText(e.item)})`;
  }
}

const exprOrError = (e: ExprNode | null) => (e ? `${exprText(e)} @${pos(e.span)}` : '<error>');

export function digestTree(nodes: TemplateNode[], indent = ''): string[] {
  const lines: string[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        lines.push(`${indent}text ${JSON.stringify(n.text)} @${pos(n.span)}`);
        break;
      case 'output':
        lines.push(`${indent}out ${exprOrError(n.expr)} {{@${pos(n.span)}}}`);
        break;
      case 'if':
        lines.push(`${indent}if @${pos(n.span)}`);
        for (const b of n.branches) {
          lines.push(`${indent}  when ${exprOrError(b.cond)}`);
          lines.push(...digestTree(b.body, `${indent}    `));
        }
        if (n.else) {
          lines.push(`${indent}  else`);
          lines.push(...digestTree(n.else, `${indent}    `));
        }
        break;
      case 'for':
        lines.push(`${indent}for ${n.loopVar}@${pos(n.loopVarSpan)} in ${exprOrError(n.list)} @${pos(n.span)}`);
        lines.push(...digestTree(n.body, `${indent}    `));
        if (n.empty) {
          lines.push(`${indent}  empty`);
          lines.push(...digestTree(n.empty, `${indent}    `));
        }
        break;
      case 'component':
        lines.push(`${indent}component ${n.name}@${pos(n.nameSpan)} @${pos(n.span)}`);
        for (const a of n.attributes) {
          lines.push(`${indent}  attr ${a.name}@${pos(a.nameSpan)}${a.value === null ? ' (bare)' : ''}`);
          if (a.value) lines.push(...digestTree(a.value, `${indent}    `));
        }
        if (n.children) {
          lines.push(`${indent}  children`);
          lines.push(...digestTree(n.children, `${indent}    `));
        }
        break;
      case 'slot':
        lines.push(`${indent}slot ${n.name} @${pos(n.span)}`);
        break;
    }
  }
  return lines;
}
