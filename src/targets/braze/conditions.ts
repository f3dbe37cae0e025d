// Lowering conditions to the Liquid subset both engines (and Braze) evaluate alike:
// no `not`, no parentheses, never `and` and `or` in one tag (Liquid reads them right to
// left without precedence). A condition becomes a `Test` — one comparison, or a chain
// of comparisons joined by a single connective — plus `setup` source that runs first
// (flag assignments, captured literals). Anything more is first computed into a flag:
//   {% assign c_1 = false %}{% if a and b %}{% assign c_1 = true %}{% endif %}
// and a flag is negated as `c_1 == false` (flags only ever hold true or false).
//
// Missing values (absent, nil, "") follow the reference: every comparison is false,
// except `!=`, which is true. Numbers and dates are guarded before they are coerced,
// since `nil | plus: 0` is 0.
import { InternalError } from '../../diagnostics/diagnostic.js';
import type { CompareOp, Cond, Literal, ValueRef } from '../../ir/nodes.js';
import type { TargetContext } from '../target.js';
import { numberLiteral, stringOperand } from './literal.js';
import type { PartWriter } from './writer.js';
import { referenceInstant } from '../../ir/dates.js';

export interface Test {
  kind: 'atom' | 'and' | 'or';
  parts: string[];
  /** The atom's exact negation, when one comparison expresses it. */
  negation?: string;
  /** The atom is a flag variable (holds true or false). */
  flag?: boolean;
}

export interface Lowered {
  setup: string;
  test: Test;
}

const atom = (part: string, negation?: string): Test => (negation === undefined ? { kind: 'atom', parts: [part] } : { kind: 'atom', parts: [part], negation });
const flagAtom = (flag: string): Test => ({ kind: 'atom', parts: [flag], negation: `${flag} == false`, flag: true });

export function testSource(test: Test): string {
  return test.kind === 'atom' ? test.parts[0]! : test.parts.join(` ${test.kind} `);
}

/** The Liquid test for "value is missing" (absent, nil or ""); lists are tested by their size instead. */
export function missingTest(expr: string): string {
  return `${expr} == nil or ${expr} == ""`;
}

/** Segment name -> Braze field, for segments read from a precomputed field instead of lowered. */
export type OpaqueSegments = ReadonlyMap<string, string>;

export function opaqueSegments(ctx: TargetContext): OpaqueSegments {
  const map = new Map<string, string>();
  for (const seg of ctx.segments?.values() ?? []) if (seg.fields?.braze) map.set(seg.name, seg.fields.braze);
  return map;
}

export class ConditionLowerer {
  constructor(
    private readonly w: PartWriter,
    private readonly opaque: OpaqueSegments,
  ) {}

  lower(cond: Cond): Lowered {
    switch (cond.kind) {
      case 'const':
        return { setup: '', test: atom(String(cond.value), String(!cond.value)) };
      case 'truthy':
        return this.truthy(cond.ref);
      case 'compare':
        return this.compare(cond.op, cond.ref, cond.value);
      case 'and':
      case 'or':
        return this.chain(cond.kind, cond.items);
      case 'not':
        return this.negate(this.lower(cond.item));
      case 'segment': {
        const field = this.opaque.get(cond.name);
        if (field === undefined) return this.lower(cond.cond);
        const v = this.w.segmentField(cond.name, field);
        return { setup: '', test: atom(`${v} == "yes"`, `${v} != "yes"`) };
      }
    }
  }

  /** Turns a lowered condition into a flag variable holding true or false. */
  materialize(l: Lowered): Lowered {
    if (l.test.flag) return l;
    const flag = this.w.fresh('c');
    return {
      setup: `${l.setup}{% assign ${flag} = false %}{% if ${testSource(l.test)} %}{% assign ${flag} = true %}{% endif %}`,
      test: flagAtom(flag),
    };
  }

  private negate(l: Lowered): Lowered {
    if (l.test.kind === 'atom' && l.test.negation !== undefined) {
      return { setup: l.setup, test: atom(l.test.negation, l.test.parts[0]) };
    }
    return this.negate(this.materialize(l));
  }

  private chain(kind: 'and' | 'or', items: Cond[]): Lowered {
    let setup = '';
    const parts: string[] = [];
    for (const item of items) {
      let l = this.lower(item);
      if (l.test.kind !== 'atom' && l.test.kind !== kind) l = this.materialize(l);
      setup += l.setup;
      parts.push(...l.test.parts);
    }
    if (parts.length === 1) return { setup, test: atom(parts[0]!) };
    return { setup, test: { kind, parts } };
  }

  private truthy(ref: ValueRef): Lowered {
    const v = this.w.value(ref);
    if (ref.type === 'list') {
      const size = this.w.fresh('size');
      return { setup: `{% assign ${size} = ${v} | size %}`, test: atom(`${size} > 0`, `${size} == 0`) };
    }
    // nil and false are falsy in Liquid; "" is not, so it is tested apart.
    return { setup: '', test: { kind: 'and', parts: [v, `${v} != ""`] } };
  }

  private compare(op: CompareOp, ref: ValueRef, value: Literal): Lowered {
    const v = this.w.value(ref);
    switch (ref.type) {
      case 'string':
      case 'enum':
      case 'email':
      case 'url': {
        if (typeof value !== 'string' || (op !== '==' && op !== '!=')) throw unchecked(ref, op, value);
        // a present value is never "", and a missing one never equals a non-empty literal
        if (value === '') return { setup: '', test: atom(String(op === '!='), String(op === '==')) };
        const lit = stringOperand(value, () => this.w.fresh('lit'));
        const eq = `${v} == ${lit.expr}`;
        const ne = `${v} != ${lit.expr}`;
        return { setup: lit.setup, test: op === '==' ? atom(eq, ne) : atom(ne, eq) };
      }
      case 'boolean': {
        if (typeof value !== 'boolean' || (op !== '==' && op !== '!=')) throw unchecked(ref, op, value);
        const eq = `${v} == ${value}`;
        const ne = `${v} != ${value}`;
        return { setup: '', test: op === '==' ? atom(eq, ne) : atom(ne, eq) };
      }
      case 'number': {
        const lit = typeof value === 'number' ? numberLiteral(value) : null;
        if (lit === null) throw unchecked(ref, op, value);
        return this.guardedOrdering(v, '| plus: 0', op, lit);
      }
      case 'date': {
        const seconds = typeof value === 'string' ? dateLiteralSeconds(value) : null;
        if (seconds === null) throw unchecked(ref, op, value);
        return this.guardedOrdering(v, '| date: "%s" | plus: 0', op, String(seconds));
      }
      case 'list':
        throw unchecked(ref, op, value);
    }
  }

  /**
   * {% assign c = false %}{% unless v == nil or v == "" %}{% assign n = v | plus: 0 %}
   * {% if n >= 5 %}{% assign c = true %}{% endif %}{% endunless %}
   */
  private guardedOrdering(v: string, coerce: string, op: string, literal: string): Lowered {
    const flag = this.w.fresh('c');
    const n = this.w.fresh('n');
    const missingResult = op === '!=';
    const test = op === '!=' ? `${n} == ${literal}` : `${n} ${op} ${literal}`;
    const setup =
      `{% assign ${flag} = ${missingResult} %}{% unless ${missingTest(v)} %}{% assign ${n} = ${v} ${coerce} %}` +
      `{% if ${test} %}{% assign ${flag} = ${!missingResult} %}{% endif %}{% endunless %}`;
    return { setup, test: flagAtom(flag) };
  }
}

/** Epoch seconds of an ISO-8601 date literal; null when unparsable or not whole seconds. */
export function dateLiteralSeconds(value: string): number | null {
  const ms = referenceInstant(value);
  if (ms === null || ms % 1000 !== 0) return null;
  return ms / 1000;
}

function unchecked(ref: ValueRef, op: string, value: Literal): InternalError {
  return new InternalError(`braze: comparison ${ref.kind === 'attr' ? ref.name : ref.field} ${op} ${JSON.stringify(value)} should have been refused by check()`);
}
