// The reference evaluator: the single definition of what a template means for a
// profile. `tailor render` without a target uses it, and every target's executed output
// is compared against it.
//
// Semantics (documented in README "Template language"):
// - Missing = absent, null, "" or an empty list. Whitespace-only strings are present.
// - Output: missing -> the fallback text, printed as is; present -> filters, then escaping.
// - `truthy`: present and not `false`.
// - Comparisons: a missing value makes every comparison false except `!=` (true).
//   Strings compare exactly (case-sensitive); numbers numerically; dates by instant (UTC).
// - Escaping by context: html/attr escape & < > " '; text is not escaped.
import type { Profile, ProfileItem, ProfileValue } from '../source/model.js';
import { isMissing } from '../source/model.js';
import type { CompareOp, Cond, FilterCall, Literal, Node, OutputContext, ValueRef } from './nodes.js';
import { applyFilter } from './filters.js';

interface Scope {
  profile: Profile['data'];
  items: Map<string, ProfileItem>;
}

export function evaluate(nodes: Node[], profile: Profile['data']): string {
  return evalNodes(nodes, { profile, items: new Map() });
}

/**
 * Evaluates `nodes` with loop variables already bound to items (loopVar -> item), as
 * inside a `for` body. The AMP resolver computes each list item's fields with it.
 */
export function evaluateWithItems(nodes: Node[], profile: Profile['data'], items: ReadonlyMap<string, ProfileItem>): string {
  return evalNodes(nodes, { profile, items: new Map(items) });
}

function evalNodes(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'static':
        out += node.text;
        break;
      case 'output': {
        const value = lookup(node.ref, scope);
        out += escapeFor(isMissing(value) ? node.fallback : applyFilters(value as Literal, node.filters), node.context);
        break;
      }
      case 'if': {
        const taken = node.branches.find((b) => condValue(b.cond, scope));
        if (taken) out += evalNodes(taken.body, scope);
        else if (node.else) out += evalNodes(node.else, scope);
        break;
      }
      case 'each': {
        const list = lookup(node.list, scope);
        if (!Array.isArray(list) || list.length === 0) {
          out += evalNodes(node.empty, scope);
          break;
        }
        const previous = scope.items.get(node.loopVar);
        for (const item of list.slice(0, node.limit)) {
          scope.items.set(node.loopVar, item);
          out += evalNodes(node.body, scope);
        }
        if (previous) scope.items.set(node.loopVar, previous);
        else scope.items.delete(node.loopVar);
        break;
      }
    }
  }
  return out;
}

/** Present (not missing) and not `false`. */
export function isTruthy(value: unknown): boolean {
  return !isMissing(value) && value !== false;
}

export function refName(ref: ValueRef): string {
  return ref.kind === 'attr' ? `profile.${ref.name}` : `${ref.loopVar}.${ref.field}`;
}

function lookup(ref: ValueRef, scope: Scope): ProfileValue | undefined {
  if (ref.kind === 'attr') return scope.profile[ref.name];
  const item = scope.items.get(ref.loopVar);
  return item ? item[ref.field] : undefined;
}

export function evalCond(cond: Cond, scope: Scope | Profile['data']): boolean {
  const s: Scope = 'items' in scope && scope.items instanceof Map ? (scope as Scope) : { profile: scope as Profile['data'], items: new Map() };
  return condValue(cond, s);
}

function condValue(cond: Cond, scope: Scope): boolean {
  switch (cond.kind) {
    case 'const':
      return cond.value;
    case 'truthy':
      return isTruthy(lookup(cond.ref, scope));
    case 'compare': {
      const v = lookup(cond.ref, scope);
      if (isMissing(v)) return cond.op === '!=';
      return compareValues(v as Literal, cond.op, cond.value, cond.ref.type === 'date');
    }
    case 'and':
      return cond.items.every((c) => condValue(c, scope));
    case 'or':
      return cond.items.some((c) => condValue(c, scope));
    case 'not':
      return !condValue(cond.item, scope);
    case 'segment':
      return condValue(cond.cond, scope);
  }
}

function compareValues(left: Literal, op: CompareOp, right: Literal, isDate: boolean): boolean {
  let a: Literal = left;
  let b: Literal = right;
  if (isDate) {
    a = Date.parse(String(left));
    b = Date.parse(String(right));
  }
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

export function applyFilters(value: Literal, filters: FilterCall[]): string {
  let s = String(value);
  for (const f of filters) s = applyFilter(s, f);
  return s;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export function escapeFor(s: string, context: OutputContext): string {
  return context === 'text' ? s : escapeHtml(s);
}
