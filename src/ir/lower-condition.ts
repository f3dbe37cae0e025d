// Conditions: template expressions -> IR `Cond`. Build-time parts fold to constants,
// `in [..]` becomes an `or` of `==`, a literal on the left is flipped to the right,
// and every comparison is type-checked against the attribute schema.
import { diag, InternalError } from '../diagnostics/diagnostic.js';
import type { ExprNode } from '../parse/ast.js';
import { isTruthy, refName } from './evaluate.js';
import { applyBuildTimeFilter } from './filter-calls.js';
import { combine, constCond, negate } from './fold.js';
import type { CompareOp, Cond, Literal, Span } from './nodes.js';
import { resolveName } from './resolve-name.js';
import type { BuildContext, Scope, Staged } from './scope.js';
import { checkComparison, showLiteral } from './type-check.js';

const FLIPPED: Record<CompareOp, CompareOp> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

export function lowerCondition(expr: ExprNode, scope: Scope, ctx: BuildContext): Cond {
  switch (expr.kind) {
    case 'not':
      return negate(lowerCondition(expr.item, scope, ctx), expr.span);
    case 'and':
    case 'or':
      return combine(expr.kind, [lowerCondition(expr.left, scope, ctx), lowerCondition(expr.right, scope, ctx)], expr.span);
    case 'compare':
      return lowerCompare(expr, scope, ctx);
    case 'in':
      return lowerIn(expr, scope, ctx);
    default:
      return stagedAsCondition(operand(expr, scope, ctx), expr.span, ctx);
  }
}

function stagedAsCondition(v: Staged, span: Span, ctx: BuildContext): Cond {
  switch (v.kind) {
    case 'static':
      return constCond(isTruthy(v.value), span);
    case 'ref':
      return { kind: 'truthy', ref: v.ref, span };
    case 'cond':
      return v.cond;
    case 'fragment':
      // Whether children were given is known at build time, whatever they contain.
      if (v.markup) return constCond(v.nodes.some((n) => n.kind !== 'static' || n.text.trim() !== ''), span);
      notBuildTime(v, 'it is tested in a condition but holds per-recipient values', ctx);
      return constCond(false, span);
    case 'error':
      return constCond(false, span);
  }
}

function notBuildTime(v: Staged & { kind: 'fragment' }, detail: string, ctx: BuildContext): void {
  ctx.diagnostics.push(diag('prop-not-build-time', v.span, { name: v.prop, component: v.component, detail }));
}

/**
 * An operand of a comparison, a filter argument or a condition: a build-time value
 * (filters applied), a per-recipient reference, a fragment, or a condition.
 */
export function operand(expr: ExprNode, scope: Scope, ctx: BuildContext): Staged {
  switch (expr.kind) {
    case 'literal':
      return { kind: 'static', value: expr.value, span: expr.span };
    case 'list': {
      const items = expr.items.map((i) => operand(i, scope, ctx));
      if (items.some((i) => i.kind === 'error')) return { kind: 'error' };
      if (items.every((i) => i.kind === 'static')) return { kind: 'static', value: items.map((i) => (i as { value: unknown }).value), span: expr.span };
      ctx.diagnostics.push(diag('in-requires-list', expr.span));
      return { kind: 'error' };
    }
    case 'name':
      return resolveName(expr, scope, ctx);
    case 'filter': {
      const input = operand(expr.input, scope, ctx);
      switch (input.kind) {
        case 'error':
          return input;
        case 'static': {
          const out = applyBuildTimeFilter(expr, input.value, scope, ctx);
          return out ? { kind: 'static', value: out.value, span: expr.span } : { kind: 'error' };
        }
        case 'ref':
          ctx.diagnostics.push(diag('filter-in-condition', expr.nameSpan, { name: expr.name }));
          return { kind: 'error' };
        case 'fragment':
          notBuildTime(input, `filter \`${expr.name}\` needs its value`, ctx);
          return { kind: 'error' };
        case 'cond':
          ctx.diagnostics.push(diag('condition-as-value', input.span, { use: 'filtered' }));
          return { kind: 'error' };
      }
      break;
    }
    default: {
      const cond = lowerCondition(expr, scope, ctx);
      return cond.kind === 'const' ? { kind: 'static', value: cond.value, span: expr.span } : { kind: 'cond', cond, span: expr.span };
    }
  }
  throw new InternalError('unreachable operand kind');
}

function lowerCompare(expr: ExprNode & { kind: 'compare' }, scope: Scope, ctx: BuildContext): Cond {
  const left = operand(expr.left, scope, ctx);
  const right = operand(expr.right, scope, ctx);
  const fail = constCond(false, expr.span);
  let ok = true;
  for (const side of [left, right]) {
    if (side.kind === 'error') ok = false;
    else if (side.kind === 'fragment') {
      notBuildTime(side, 'it is compared but holds per-recipient values', ctx);
      ok = false;
    } else if (side.kind === 'cond') {
      ctx.diagnostics.push(diag('condition-as-value', side.span, { use: 'compared' }));
      ok = false;
    }
  }
  if (!ok) return fail;
  if (left.kind === 'static' && right.kind === 'static') return compareBuildTime(left, expr.op, right, expr.span, ctx);
  if (left.kind === 'ref' && right.kind === 'ref') {
    ctx.diagnostics.push(diag('compare-two-values', expr.span, { left: refName(left.ref), right: refName(right.ref) }));
    return fail;
  }
  const [ref, literal, op] = left.kind === 'ref' ? [left, right, expr.op] : [right, left, FLIPPED[expr.op]];
  if (ref.kind !== 'ref' || literal.kind !== 'static') throw new InternalError('unreachable operand kind');
  if (!isLiteral(literal.value)) {
    ctx.diagnostics.push(
      diag('compare-type-mismatch', literal.span, { ref: refName(ref.ref), type: ref.ref.type, value: showLiteral(literal.value), advice: 'Compare with a string, number or boolean literal.' }),
    );
    return fail;
  }
  if (!checkComparison(ref.ref, op, literal.value, expr.opSpan, literal.span, ctx)) return fail;
  return { kind: 'compare', op, ref: ref.ref, value: literal.value, span: expr.span };
}

function isLiteral(v: unknown): v is Literal {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Build-time comparison: both sides known. Values of different types are an error (they never compare equal). */
function compareBuildTime(
  left: Staged & { kind: 'static' },
  op: CompareOp,
  right: Staged & { kind: 'static' },
  span: Span,
  ctx: BuildContext,
): Cond {
  const a = left.value ?? undefined;
  const b = right.value ?? undefined;
  if (a === undefined || b === undefined) return constCond(op === '==' ? a === b : op === '!=' ? a !== b : false, span);
  if (!isLiteral(a) || !isLiteral(b) || typeof a !== typeof b) {
    ctx.diagnostics.push(
      diag('compare-type-mismatch', right.span, {
        ref: showLiteral(a),
        type: Array.isArray(a) ? 'list' : typeof a,
        value: showLiteral(b),
        advice: 'Both sides of a build-time comparison must have the same type.',
      }),
    );
    return constCond(false, span);
  }
  const result = { '==': a === b, '!=': a !== b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[op];
  return constCond(result, span);
}

function lowerIn(expr: ExprNode & { kind: 'in' }, scope: Scope, ctx: BuildContext): Cond {
  const left = operand(expr.left, scope, ctx);
  const fail = constCond(false, expr.span);
  // The candidates: a list literal, or a build-time list.
  let items: { value: unknown; span: Span }[];
  if (expr.right.kind === 'list') {
    items = [];
    for (const item of expr.right.items) {
      const v = operand(item, scope, ctx);
      if (v.kind === 'error') return fail;
      if (v.kind !== 'static') {
        ctx.diagnostics.push(diag('in-requires-list', item.span));
        return fail;
      }
      items.push({ value: v.value, span: item.span });
    }
  } else {
    const right = operand(expr.right, scope, ctx);
    if (right.kind === 'error') return fail;
    if (right.kind !== 'static' || !Array.isArray(right.value)) {
      ctx.diagnostics.push(diag('in-requires-list', expr.right.span));
      return fail;
    }
    items = right.value.map((value) => ({ value, span: right.span }));
  }
  let cond: Cond;
  switch (left.kind) {
    case 'error':
      return fail;
    case 'static':
      cond = constCond(
        items.some((i) => (i.value ?? undefined) === (left.value ?? undefined)),
        expr.span,
      );
      break;
    case 'ref': {
      const compares: Cond[] = [];
      let ok = true;
      for (const i of items) {
        if (!isLiteral(i.value)) {
          ctx.diagnostics.push(diag('in-requires-list', i.span));
          ok = false;
        } else if (checkComparison(left.ref, '==', i.value, expr.span, i.span, ctx)) {
          compares.push({ kind: 'compare', op: '==', ref: left.ref, value: i.value, span: i.span });
        } else ok = false;
      }
      if (!ok) return fail;
      cond = combine('or', compares, expr.span);
      break;
    }
    case 'fragment':
      notBuildTime(left, 'it is tested with `in` but holds per-recipient values', ctx);
      return fail;
    case 'cond':
      ctx.diagnostics.push(diag('condition-as-value', left.span, { use: 'looked up with `in`' }));
      return fail;
  }
  return expr.negated ? negate(cond, expr.span) : cond;
}

