// Outputs: `{{ expr | filters }}` -> static text (build-time values) or an OutputNode.
//
// For a per-recipient value, every filter except `default` applies to the present
// value, in order; `default(text)` gives the fallback, and the filters written after
// it are applied to that text now (so `| default("friend") | upper` prints FRIEND).
// Without `default`, the fallback is the attribute's `fallback:`; loop item fields
// fall back to "". An attribute output with neither is an error: every field output
// has a fallback.
import { diag } from '../diagnostics/diagnostic.js';
import type { ExprNode, TemplateNode } from '../parse/ast.js';
import { isMissing } from '../source/model.js';
import { escapeHtml, refName } from './evaluate.js';
import { applyBuildTimeFilter, defaultArgument, peelFilters, valueFilterCall, type FilterExpr } from './filter-calls.js';
import { applyFilter } from './filters.js';
import { lowerCondition, operand } from './lower-condition.js';
import { mapLeaves, type FilterCall, type Node, type OutputNode, type Span, type ValueRef } from './nodes.js';
import { resolveName } from './resolve-name.js';
import type { BuildContext, Scope, Staged } from './scope.js';

/** Types the `date` filter reads (ISO-8601 text). */
const DATE_INPUTS = new Set(['date', 'string']);

export function lowerOutput(node: TemplateNode & { kind: 'output' }, scope: Scope, ctx: BuildContext): Node[] {
  if (!node.expr) return [];
  const { base, filters } = peelFilters(node.expr);
  const staged = baseValue(base, scope, ctx);
  switch (staged.kind) {
    case 'error':
      return [];
    case 'static':
      return staticOutput(staged.value, filters, node.span, scope, ctx);
    case 'ref':
      return dynamicOutput(staged.ref, filters, node.span, scope, ctx);
    case 'fragment':
      return fragmentOutput(staged, filters, scope, ctx);
    case 'cond':
      ctx.diagnostics.push(diag('condition-as-value', staged.span, { use: 'printed' }));
      return [];
  }
}

function baseValue(base: ExprNode, scope: Scope, ctx: BuildContext): Staged {
  if (base.kind === 'name') return resolveName(base, scope, ctx);
  if (base.kind === 'literal' || base.kind === 'list') return operand(base, scope, ctx);
  // A condition printed: allowed when it is decided at build time (prints true/false, as nunjucks does).
  const cond = lowerCondition(base, scope, ctx);
  return cond.kind === 'const' ? { kind: 'static', value: cond.value, span: base.span } : { kind: 'cond', cond, span: base.span };
}

function staticOutput(value: unknown, filters: FilterExpr[], span: Span, scope: Scope, ctx: BuildContext): Node[] {
  let safe = false;
  let v = value;
  for (const f of filters) {
    if (f.name === 'safe') safe = true;
    const out = applyBuildTimeFilter(f, v, scope, ctx);
    if (!out) return [];
    v = out.value;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    ctx.diagnostics.push(diag('invalid-reference', span, { text: 'this value', detail: 'a mapping cannot be printed; print one of its keys' }));
    return [];
  }
  const text = isMissing(v) ? '' : String(v);
  return [{ kind: 'static', text: scope.mode === 'markup' && !safe ? escapeHtml(text) : text, span }];
}

/** Applies `filters` to an output whose value filters and fallback so far are given. Null when invalid. */
function applyOutputFilters(
  ref: ValueRef,
  filters: FilterExpr[],
  start: { filters: FilterCall[]; fallback: string | undefined },
  scope: Scope,
  ctx: BuildContext,
): { filters: FilterCall[]; fallback: string | undefined } | null {
  const calls = [...start.filters];
  let fallback = start.fallback;
  let ok = true;
  for (const f of filters) {
    switch (f.name) {
      case 'default': {
        const text = defaultArgument(f, scope, ctx);
        if (text === null) ok = false;
        else if (fallback === undefined || isMissing(fallback)) fallback = text;
        break;
      }
      case 'safe':
        ctx.diagnostics.push(diag('filter-not-allowed', f.nameSpan, { name: 'safe', detail: 'applies only to build-time values; per-recipient values are always escaped' }));
        ok = false;
        break;
      case 'limit':
        ctx.diagnostics.push(diag('filter-not-allowed', f.nameSpan, { name: 'limit', detail: 'belongs on the list of a `for` loop' }));
        ok = false;
        break;
      default: {
        const call = valueFilterCall(f, scope, ctx);
        if (!call) {
          ok = false;
          break;
        }
        if (call.name === 'date' && !DATE_INPUTS.has(ref.type)) {
          ctx.diagnostics.push(diag('filter-type-mismatch', f.nameSpan, { name: 'date', ref: refName(ref), type: ref.type }));
          ok = false;
          break;
        }
        calls.push(call);
        if (fallback !== undefined) fallback = applyFilter(fallback, call);
      }
    }
  }
  return ok ? { filters: calls, fallback } : null;
}

function dynamicOutput(ref: ValueRef, filters: FilterExpr[], span: Span, scope: Scope, ctx: BuildContext): Node[] {
  if (ref.type === 'list') {
    ctx.diagnostics.push(diag('output-list', span, { ref: refName(ref) }));
    return [];
  }
  const applied = applyOutputFilters(ref, filters, { filters: [], fallback: undefined }, scope, ctx);
  if (!applied) return [];
  let fallback = applied.fallback;
  if (fallback === undefined) {
    if (ref.kind === 'item') fallback = '';
    else {
      fallback = ctx.project.attributes.get(ref.name)?.fallback;
      if (fallback === undefined) {
        ctx.diagnostics.push(diag('output-without-fallback', span, { ref: refName(ref), name: ref.name }));
        return [];
      }
    }
  }
  const node: OutputNode = { kind: 'output', ref, filters: applied.filters, fallback, context: 'html', span };
  return [node];
}

/** `{{ props.x }}` where the prop holds per-recipient parts: the nodes, copied (render annotates nodes in place). */
function fragmentOutput(staged: Staged & { kind: 'fragment' }, filters: FilterExpr[], scope: Scope, ctx: BuildContext): Node[] {
  const safe = filters.some((f) => f.name === 'safe');
  // Text outside any condition makes the value always present: `default` has nothing to replace.
  const alwaysPresent = staged.nodes.some((n) => n.kind === 'static' && n.text !== '');
  const rest = filters.filter((f) => f.name !== 'safe' && !(f.name === 'default' && alwaysPresent && defaultArgument(f, scope, ctx) !== null));
  const nodes = structuredClone(staged.nodes);
  if (rest.length === 0) return staged.markup || safe || scope.mode === 'text' ? nodes : escapeStatics(nodes);
  const only = nodes.length === 1 && nodes[0]!.kind === 'output' ? nodes[0] : null;
  if (!only) {
    ctx.diagnostics.push(diag('filter-on-fragment', rest[0]!.nameSpan, { name: rest[0]!.name, prop: staged.prop }));
    return [];
  }
  // The prop prints `value | its filters` or its fallback text; both go through the new filters.
  const applied = applyOutputFilters(only.ref, rest, { filters: only.filters, fallback: only.fallback }, scope, ctx);
  if (!applied) return [];
  return [{ ...only, filters: applied.filters, fallback: applied.fallback ?? only.fallback }];
}

/** Text props are text: their static parts are escaped when printed into markup. */
export function escapeStatics(nodes: Node[]): Node[] {
  return mapLeaves(nodes, (n) => (n.kind === 'static' ? { ...n, text: escapeHtml(n.text) } : n));
}
