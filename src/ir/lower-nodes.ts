// The lowering walk: template syntax trees -> IR nodes, in a scope.
import type { TemplateNode } from '../parse/ast.js';
import { lowerComponentTag } from './expand-components.js';
import { foldIf, mergeStatics } from './fold.js';
import { lowerCondition } from './lower-condition.js';
import { lowerFor } from './lower-loop.js';
import { lowerOutput } from './lower-output.js';
import { lowerSlot } from './lower-slots.js';
import type { Cond, Node } from './nodes.js';
import type { BuildContext, Scope } from './scope.js';

export function lowerNodes(nodes: TemplateNode[], scope: Scope, ctx: BuildContext): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out.push({ kind: 'static', text: node.text, span: node.span });
        break;
      case 'output':
        out.push(...lowerOutput(node, scope, ctx));
        break;
      case 'if': {
        const branches: { cond: Cond; body: Node[] }[] = [];
        for (const b of node.branches) {
          // A condition with a syntax error was reported; its body is still checked.
          const cond: Cond = b.cond ? lowerCondition(b.cond, scope, ctx) : { kind: 'const', value: false, span: b.span };
          branches.push({ cond, body: lowerNodes(b.body, scope, ctx) });
        }
        const otherwise = node.else ? lowerNodes(node.else, scope, ctx) : null;
        out.push(...foldIf(branches, otherwise, node.span));
        break;
      }
      case 'for':
        out.push(...lowerFor(node, scope, ctx));
        break;
      case 'component':
        out.push(...lowerComponentTag(node, scope, ctx));
        break;
      case 'slot':
        out.push(...lowerSlot(node.name, node.span, ctx));
        break;
    }
  }
  return mergeStatics(out);
}
