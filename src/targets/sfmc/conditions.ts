// Conditions as AMPscript expressions that mean exactly what the reference evaluator
// says. Every sub-expression is parenthesised (AMPscript's precedence is undocumented,
// and in the open-source engine NOT swallows everything after it), and no atom relies
// on AMPscript's comparison coercions where they differ from Tailor's:
//
//   missing        Empty(@x) guards every test; `!=` is true on missing.
//   text ==        RegExMatch(@x, "^<exact>\z", 0): .NET regular expressions compare
//                  case-sensitively (AMPscript's == ignores case).
//   number         The sign of Subtract(@x, n), read from its text: AMPscript's
//                  operators would first try to read "2.5" as a date (February 5th).
//   boolean        @x == true / false (AMPscript's boolean comparison is exact).
//   date           @x < "yyyy-MM-ddTHH:mm:ss": both sides are zone-less UTC wall-clock
//                  times, so the server's offset cancels out.
import type { Cond } from '../../ir/nodes.js';
import { utcWallClock } from './dates.js';
import { numberLiteral, regexEscape, stringLiteral } from './literals.js';
import type { PartWriter } from './emit.js';

const and = (...xs: string[]) => `(${xs.join(' AND ')})`;
const or = (...xs: string[]) => `(${xs.join(' OR ')})`;
const not = (x: string) => `(NOT ${x})`;
const present = (v: string) => `(NOT Empty(${v}))`;
const missing = (v: string) => `(Empty(${v}))`;
const matches = (subject: string, pattern: string) => `(NOT Empty(RegExMatch(${subject}, ${stringLiteral(pattern)}, 0)))`;
const noMatch = (subject: string, pattern: string) => `(Empty(RegExMatch(${subject}, ${stringLiteral(pattern)}, 0)))`;

// Patterns on the text of a difference (.NET prints "-2.5", "0", "-0", "1E-05", "0.0").
const POSITIVE = '^[0-9.,]*[1-9]';
const NEGATIVE = '^-[0-9.,]*[1-9]';
const ZERO = String.raw`^-?[0.,]+\z`;

export function condition(cond: Cond, w: PartWriter): string {
  switch (cond.kind) {
    case 'const':
      return cond.value ? '(1 == 1)' : '(1 == 0)';
    case 'and':
      return and(...cond.items.map((c) => condition(c, w)));
    case 'or':
      return or(...cond.items.map((c) => condition(c, w)));
    case 'not':
      return not(condition(cond.item, w));
    case 'segment': {
      const field = w.segmentField(cond.name);
      if (!field) return condition(cond.cond, w);
      // A precomputed membership field holds "yes" for members.
      const v = w.segmentVar(cond.name, field);
      return and(present(v), matches(v, String.raw`^yes\z`));
    }
    case 'truthy': {
      if (cond.ref.kind === 'attr' && cond.ref.type === 'list') return `(${w.listCountVar(cond.ref.name)} > 0)`;
      const v = w.valueVar(cond.ref);
      return cond.ref.type === 'boolean' ? and(present(v), `(${v} == true)`) : present(v);
    }
    case 'compare':
      return compare(cond, w);
  }
}

function compare(cond: Cond & { kind: 'compare' }, w: PartWriter): string {
  const v = w.valueVar(cond.ref);
  const { op, value } = cond;
  switch (cond.ref.type) {
    case 'number': {
      const diff = `Subtract(${w.numericVar(cond.ref)}, ${numberLiteral(Number(value))})`;
      switch (op) {
        case '==': return and(present(v), matches(diff, ZERO));
        case '!=': return or(missing(v), noMatch(diff, ZERO));
        case '>': return and(present(v), matches(diff, POSITIVE));
        case '<': return and(present(v), matches(diff, NEGATIVE));
        case '>=': return and(present(v), noMatch(diff, NEGATIVE));
        case '<=': return and(present(v), noMatch(diff, POSITIVE));
      }
    }
    case 'boolean': {
      const test = `(${v} == ${value === true ? 'true' : 'false'})`;
      return op === '!=' ? or(missing(v), not(test)) : and(present(v), test);
    }
    case 'date': {
      const literal = stringLiteral(utcWallClock(String(value)) ?? String(value));
      return op === '!=' ? or(missing(v), not(`(${v} == ${literal})`)) : and(present(v), `(${v} ${op} ${literal})`);
    }
    default: {
      const exact = `^${regexEscape(String(value))}\\z`;
      return op === '!=' ? or(missing(v), noMatch(v, exact)) : and(present(v), matches(v, exact));
    }
  }
}
