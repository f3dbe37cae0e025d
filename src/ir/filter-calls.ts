// Filter arguments: checked here, once, for both build-time and per-recipient values.
import { diag } from '../diagnostics/diagnostic.js';
import type { ExprNode } from '../parse/ast.js';
import { isMissing } from '../source/model.js';
import { applyFilter, DATE_TOKENS } from './filters.js';
import type { FilterCall, Literal } from './nodes.js';
import type { BuildContext, Scope } from './scope.js';
import { operand } from './lower-condition.js';
import { showLiteral } from './type-check.js';

export type FilterExpr = ExprNode & { kind: 'filter' };

/** Splits `a | f | g` into its base expression and filters (in order). */
export function peelFilters(expr: ExprNode): { base: ExprNode; filters: FilterExpr[] } {
  const filters: FilterExpr[] = [];
  let base = expr;
  while (base.kind === 'filter') {
    filters.unshift(base);
    base = base.input;
  }
  return { base, filters };
}

/** The build-time value of argument `index`, or undefined (reported) when it is not one. */
function staticArgument(f: FilterExpr, index: number, scope: Scope, ctx: BuildContext): { value: unknown } | undefined {
  const arg = f.args[index];
  if (!arg) return undefined;
  const v = operand(arg, scope, ctx);
  if (v.kind === 'static') return { value: v.value };
  if (v.kind !== 'error') {
    if (f.name === 'default') ctx.diagnostics.push(diag('fallback-not-build-time', arg.span));
    else ctx.diagnostics.push(diag('filter-argument-invalid', arg.span, { name: f.name, detail: 'it must be known at build time' }));
  }
  return undefined;
}

function invalid(f: FilterExpr, detail: string, ctx: BuildContext, at: ExprNode | undefined = f.args[0]): null {
  ctx.diagnostics.push(diag('filter-argument-invalid', at?.span ?? f.nameSpan, { name: f.name, detail }));
  return null;
}

/** The IR call for a value filter (upper, lower, capitalize, trim, truncate, date); null when invalid. */
export function valueFilterCall(f: FilterExpr, scope: Scope, ctx: BuildContext): FilterCall | null {
  const span = f.nameSpan;
  switch (f.name) {
    case 'upper':
    case 'lower':
    case 'capitalize':
    case 'trim':
      return { name: f.name, span };
    case 'truncate': {
      const length = countArgument(f, 'length', scope, ctx);
      return length === null ? null : { name: 'truncate', length, span };
    }
    case 'date': {
      const arg = staticArgument(f, 0, scope, ctx);
      if (!arg) return null;
      if (typeof arg.value !== 'string') return invalid(f, `the format must be a string, not ${showLiteral(arg.value)}`, ctx);
      const unknown = (arg.value.match(/%./g) ?? []).find((t) => !(DATE_TOKENS as readonly string[]).includes(t));
      if (unknown || /%$/.test(arg.value.replace(/%%/g, ''))) return invalid(f, `unknown format token \`${unknown ?? '%'}\``, ctx);
      return { name: 'date', format: arg.value, span };
    }
    default:
      return null;
  }
}

/** The fallback text of `default(text)` / `default(text, true)`; null when invalid. */
export function defaultArgument(f: FilterExpr, scope: Scope, ctx: BuildContext): string | null {
  const arg = staticArgument(f, 0, scope, ctx);
  if (!arg) return null;
  if (f.args[1]) {
    const flag = staticArgument(f, 1, scope, ctx);
    if (!flag) return null;
    if (flag.value !== true) {
      return invalid(f, 'the second argument may only be `true`: Tailor\'s default always applies to missing values (absent, null or "")', ctx, f.args[1]);
    }
  }
  const v = arg.value;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
    return invalid(f, `the fallback must be text, not ${showLiteral(v)}`, ctx);
  }
  return String(v);
}

/** The positive whole number given to `limit(n)`; null when invalid. */
export function limitArgument(f: FilterExpr, scope: Scope, ctx: BuildContext): number | null {
  return countArgument(f, 'limit', scope, ctx);
}

/** The first argument as a whole number of at least 1 (`what` names it in the message); null when invalid. */
function countArgument(f: FilterExpr, what: string, scope: Scope, ctx: BuildContext): number | null {
  const arg = staticArgument(f, 0, scope, ctx);
  if (!arg) return null;
  if (typeof arg.value !== 'number' || !Number.isInteger(arg.value) || arg.value < 1) {
    return invalid(f, `the ${what} must be a whole number of at least 1, not ${showLiteral(arg.value)}`, ctx);
  }
  return arg.value;
}

/**
 * Applies a filter to a build-time value (`safe` is handled by the caller).
 * Value filters leave a missing value missing, so a later `default` still applies.
 */
export function applyBuildTimeFilter(f: FilterExpr, value: unknown, scope: Scope, ctx: BuildContext): { value: unknown } | null {
  switch (f.name) {
    case 'default': {
      const fallback = defaultArgument(f, scope, ctx);
      if (fallback === null) return null;
      return { value: isMissing(value) ? fallback : value };
    }
    case 'safe':
      return { value };
    case 'limit':
      ctx.diagnostics.push(diag('filter-not-allowed', f.nameSpan, { name: 'limit', detail: 'belongs on the list of a `for` loop' }));
      return null;
    default: {
      const call = valueFilterCall(f, scope, ctx);
      if (!call) return null;
      if (isMissing(value)) return { value };
      return { value: applyFilter(String(value as Literal), call) };
    }
  }
}
