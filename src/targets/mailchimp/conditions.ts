// Tailor conditions -> formulas over Mailchimp's two tests (see ./formula.ts).
//
//   if profile.x            present(X)           (booleans: equals(X, "true"))
//   if profile.list         present(LIST1FIRST)  (the list's first item exists)
//   profile.x == v          equals(X, v)         (false on an empty field, as in Tailor)
//   profile.x != v          not equals(X, v)     (true on an empty field, as in Tailor)
//   segment.s (precomputed) equals(S, "yes")
//
// Which equalities are accepted, and why:
// - enum: the stored value is always one of the declared spellings, so Mailchimp's
//   (undocumented) handling of letter case and surrounding spaces cannot change the result,
//   provided the compared value is not a case/space variant of another declared value;
// - number: both sides are the shortest decimal text of a number (no letters, no spaces);
// - boolean: both sides are `true` / `false`, written by Tailor's contract;
// - free text (string, email, url): refused, a recipient typing "california" could match
//   or not depending on behaviour nobody has documented;
// - dates (compared by instant in Tailor, as text in Mailchimp) and ordering operators
//   (undocumented in merge tags) are refused by the capability table.
import { refName } from '../../ir/evaluate.js';
import type { Cond, Literal, Span, ValueRef } from '../../ir/nodes.js';
import type { LoweringContext, Env } from './context.js';
import { FALSE, type Atom, type Formula } from './formula.js';
import { SEGMENT_MEMBER_VALUE, fieldValue, itemFields } from './fields.js';
import { comparisonValueProblem, looseKey } from './tags.js';

export function toFormula(cond: Cond, env: Env, lc: LoweringContext): Formula {
  switch (cond.kind) {
    case 'const':
      return { kind: 'const', value: cond.value };
    case 'and':
    case 'or':
      return { kind: cond.kind, items: cond.items.map((c) => toFormula(c, env, lc)) };
    case 'not':
      return { kind: 'not', item: toFormula(cond.item, env, lc) };
    case 'segment': {
      const tag = lc.segmentTag(cond.name, cond.span);
      if (tag !== undefined) return atom({ kind: 'equals', tag, value: SEGMENT_MEMBER_VALUE });
      return toFormula(cond.cond, env, lc);
    }
    case 'truthy':
      return truthy(cond.ref, cond.span, env, lc);
    case 'compare':
      return compare(cond, env, lc);
  }
}

const atom = (a: Atom): Formula => ({ kind: 'atom', atom: a });

function truthy(ref: ValueRef, span: Span, env: Env, lc: LoweringContext): Formula {
  if (ref.kind === 'item') {
    const tag = lc.itemTag(lc.binding(env, ref), ref.field);
    return atom(ref.type === 'boolean' ? { kind: 'equals', tag, value: 'true' } : { kind: 'present', tag });
  }
  const def = lc.attribute(ref.name);
  if (def.type === 'list') {
    const first = itemFields(def)[0];
    if (first === undefined) {
      lc.refuse('mailchimp-loop-no-fields', span, { name: `profile.${def.name}` });
      return FALSE;
    }
    return atom({ kind: 'present', tag: lc.itemTag({ list: def, index: 1, loopSpan: span }, first) });
  }
  const tag = lc.attrTag(def, span);
  return atom(def.type === 'boolean' ? { kind: 'equals', tag, value: 'true' } : { kind: 'present', tag });
}

function compare(cond: Cond & { kind: 'compare' }, env: Env, lc: LoweringContext): Formula {
  const { ref, op, value, span } = cond;
  const name = refName(ref);
  const def = ref.kind === 'attr' ? lc.attribute(ref.name) : undefined;
  const type = def?.type ?? ref.type;
  if (type === 'list') {
    lc.refuse('mailchimp-list-value', span, { name });
    return FALSE;
  }
  const ordering = op !== '==' && op !== '!=';
  if (type === 'number' || type === 'date') {
    if (ordering || type === 'date') {
      lc.refusedByTable(`${op} on a ${type}`);
      return FALSE;
    }
  } else if (ordering) {
    lc.refuse('mailchimp-order-comparison', span, { name, op, type });
    return FALSE;
  }
  const text = comparedText(name, type, value, span, lc, def?.values);
  if (text === null) return FALSE;
  const tag = ref.kind === 'item' ? lc.itemTag(lc.binding(env, ref), ref.field) : lc.attrTag(def!, span);
  const equals = atom({ kind: 'equals', tag, value: text });
  return op === '==' ? equals : { kind: 'not', item: equals };
}

/** The text a value is compared as in Mailchimp, or null (refused, diagnostic reported). */
function comparedText(
  name: string,
  type: string,
  value: Literal,
  span: Span,
  lc: LoweringContext,
  declared: string[] | undefined,
): string | null {
  const literalType = typeof value;
  const expected = type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string';
  if (literalType !== expected) {
    lc.refuse('mailchimp-literal-type', span, { name, type, literalType, value: JSON.stringify(value) });
    return null;
  }
  if (type === 'boolean') return fieldValue(value);
  if (type === 'number') {
    if (!Number.isFinite(value)) {
      lc.refuse('mailchimp-comparison-value', span, { value: String(value), reason: 'it is not a finite number' });
      return null;
    }
    return fieldValue(value);
  }
  const text = value as string;
  if (type !== 'enum' || declared === undefined) {
    lc.refuse('mailchimp-string-equality', span, { name, type, value: text });
    return null;
  }
  const problem = comparisonValueProblem(text);
  if (problem) {
    lc.refuse('mailchimp-comparison-value', span, { value: text, reason: problem });
    return null;
  }
  const variant = declared.find((d) => d !== text && looseKey(d) === looseKey(text));
  if (variant !== undefined) {
    lc.refuse('mailchimp-enum-case', span, { value: text, declared: variant, name });
    return null;
  }
  return text;
}
