// `{% for x in list | limit(n) %}...{% else %}...{% endfor %}`.
// Over a list attribute: an EachNode whose limit is the smaller of `limit(n)` and the
// attribute's `max` (one of them is required). Over a build-time list: unrolled now.
import { diag } from '../diagnostics/diagnostic.js';
import type { TemplateNode } from '../parse/ast.js';
import { isMissing } from '../source/model.js';
import { refName } from './evaluate.js';
import { limitArgument, peelFilters } from './filter-calls.js';
import { operand } from './lower-condition.js';
import { lowerNodes } from './lower-nodes.js';
import type { EachNode, Node } from './nodes.js';
import type { BuildContext, LoopBinding, Scope } from './scope.js';
import { showLiteral } from './type-check.js';

const RESERVED = new Set(['profile', 'segment', 'props']);

export function lowerFor(node: TemplateNode & { kind: 'for' }, scope: Scope, ctx: BuildContext): Node[] {
  if (!node.list) return [];
  if (RESERVED.has(node.loopVar)) {
    ctx.diagnostics.push(diag('loop-variable-reserved', node.loopVarSpan, { name: node.loopVar }));
    return [];
  }
  const { base, filters } = peelFilters(node.list);
  let limit: number | undefined;
  for (const f of filters) {
    if (f.name !== 'limit') {
      ctx.diagnostics.push(diag('filter-not-allowed', f.nameSpan, { name: f.name, detail: 'cannot apply to the list of a loop (only `limit(n)` can)' }));
      return [];
    }
    const n = limitArgument(f, scope, ctx);
    if (n === null) return [];
    limit = Math.min(limit ?? n, n);
  }
  const list = operand(base, scope, ctx);
  const withLoop = (binding: LoopBinding): Scope => ({ ...scope, loops: new Map(scope.loops).set(node.loopVar, binding) });
  switch (list.kind) {
    case 'error':
      return [];
    case 'static': {
      if (isMissing(list.value)) return node.empty ? lowerNodes(node.empty, scope, ctx) : [];
      if (!Array.isArray(list.value)) {
        ctx.diagnostics.push(diag('for-over-non-list', base.span, { ref: showLiteral(list.value), type: typeof list.value }));
        return [];
      }
      const out: Node[] = [];
      for (const value of list.value.slice(0, limit)) out.push(...lowerNodes(node.body, withLoop({ kind: 'static', value }), ctx));
      return out;
    }
    case 'ref': {
      const ref = list.ref;
      if (ref.kind !== 'attr' || ref.type !== 'list') {
        ctx.diagnostics.push(diag('for-over-non-list', base.span, { ref: refName(ref), type: ref.type }));
        return [];
      }
      const def = ctx.project.attributes.get(ref.name)!;
      const bound = Math.min(limit ?? Infinity, def.max ?? Infinity);
      if (bound === Infinity) {
        ctx.diagnostics.push(diag('loop-without-limit', base.span, { ref: refName(ref), name: ref.name }));
        return [];
      }
      const each: EachNode = {
        kind: 'each',
        loopVar: node.loopVar,
        list: ref,
        limit: bound,
        body: lowerNodes(node.body, withLoop({ kind: 'dynamic', list: ref, def }), ctx),
        empty: node.empty ? lowerNodes(node.empty, scope, ctx) : [],
        span: node.span,
      };
      return [each];
    }
    case 'fragment':
    case 'cond':
      ctx.diagnostics.push(diag('for-over-non-list', base.span, { ref: list.kind === 'fragment' ? `props.${list.prop}` : 'this condition', type: list.kind === 'fragment' ? 'text' : 'condition' }));
      return [];
  }
}
