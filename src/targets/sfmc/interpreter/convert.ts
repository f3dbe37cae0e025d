// Conversions and comparison, following the rules of Salesforce's open-source AMPscript
// engine (ampscript-core, `SageValue`), whose comparison corpus records what the
// production engine answers. Comparison tries, in order: null, boolean, date, number,
// string; the first kind that either side converts to decides.
import { MIN_DATE, dateToString, parseDate } from './dates.js';
import { compareDecimals, decimalToString, doubleToDecimal, doubleToString, parseDecimal, parseDouble, parseLong } from './numbers.js';
import type { AValue, DateValue, DecValue } from './values.js';
import { AmpscriptError } from './errors.js';

/** Settings a conversion depends on. */
export interface ConvertContext {
  /** The engine's local UTC offset in minutes (dates without a zone are read in it; SFMC: -360). */
  localOffset: number;
  now: Date;
}

export function toText(v: AValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  switch (v.t) {
    case 'int': return v.v.toString();
    case 'dec': return decimalToString(v);
    case 'dbl': return doubleToString(v.v);
    case 'date': return dateToString(v);
    case 'row':
    case 'rows': throw new AmpscriptError('a row or rowset cannot be used as text');
  }
}

/** Success kinds, as in SageValue.UnboxResult. */
type Unbox = 'succeed' | 'fromString' | 'fromNumber' | 'fail';

function tryLong(v: AValue): [Unbox, bigint] {
  if (v === null) return ['fail', 0n];
  if (typeof v === 'object') {
    if (v.t === 'int') return ['succeed', v.v];
    if (v.t === 'dbl' && Number.isInteger(v.v) && Math.abs(v.v) < 2 ** 63) return ['succeed', BigInt(v.v)];
    if (v.t === 'dec' && v.u % 10n ** BigInt(v.s) === 0n) return ['succeed', v.u / 10n ** BigInt(v.s)];
    if (v.t === 'row' || v.t === 'rows') return ['fail', 0n];
  }
  const parsed = parseLong(toText(v));
  return parsed === null ? ['fail', 0n] : ['fromString', parsed];
}

export function tryInt(v: AValue): [Unbox, number] {
  const [kind, value] = tryLong(v);
  if (kind === 'fail' || value < -(2n ** 31n) || value >= 2n ** 31n) return ['fail', 0];
  return ['succeed', Number(value)];
}

function tryBoolean(v: AValue): [Unbox, boolean] {
  if (typeof v === 'boolean') return ['succeed', v];
  const [intKind, intValue] = tryInt(v);
  if (intKind !== 'fail') return ['fromNumber', intValue === 1];
  if (v !== null && typeof v === 'object' && (v.t === 'row' || v.t === 'rows')) return ['fail', false];
  const text = toText(v).trim().toLowerCase();
  if (text === 'true' || text === 'false') return ['fromString', text === 'true'];
  return ['fail', false];
}

export function tryDate(v: AValue, cx: ConvertContext): DateValue | null {
  if (v === null) return null;
  if (typeof v === 'object') {
    if (v.t === 'date') return v;
    if (v.t === 'row' || v.t === 'rows') return null;
  }
  return parseDate(toText(v), cx.localOffset, cx.now);
}

export function tryDouble(v: AValue): number | null {
  if (v === null || typeof v === 'boolean') return null;
  if (typeof v === 'object') {
    if (v.t === 'dbl') return v.v;
    if (v.t === 'int') return Number(v.v);
    if (v.t === 'dec') return Number(decimalToString(v));
    if (v.t !== 'date') return null;
  }
  return parseDouble(toText(v));
}

function tryDecimal(v: AValue): DecValue | null {
  if (v === null) return { t: 'dec', u: 0n, s: 0 };
  if (typeof v === 'boolean') return { t: 'dec', u: v ? 1n : 0n, s: 0 };
  if (typeof v === 'object') {
    if (v.t === 'dec') return v;
    if (v.t === 'int') return { t: 'dec', u: v.v, s: 0 };
    if (v.t === 'dbl') return Number.isFinite(v.v) ? doubleToDecimal(v.v) : null;
    return null;
  }
  return parseDecimal(v);
}

function isNumberLike(v: AValue): boolean {
  if (v === null || typeof v === 'boolean') return false;
  if (typeof v === 'string') return parseDecimal(v) !== null;
  return v.t === 'int' || v.t === 'dec' || v.t === 'dbl';
}

/**
 * What a failed date conversion compares as: `default(DateTimeOffset).ToLocalTime()`.
 * West of UTC, .NET clamps that local time to 0001-01-01 00:00, so the instant moves
 * forward by the offset (which is why, on SFMC's UTC-6 servers, '01/01/0001' == 0).
 */
function failedDate(cx: ConvertContext): DateValue {
  return { t: 'date', ms: MIN_DATE.ms + Math.max(0, -cx.localOffset) * 60_000, off: cx.localOffset };
}

export type CompareOp = '<' | '<=' | '==' | '!=' | '>=' | '>';

const isEqualToken = (op: CompareOp) => op === '==' || op === '<=' || op === '>=';

function fromOrder(op: CompareOp, r: number): boolean {
  switch (op) {
    case '<': return r < 0;
    case '<=': return r <= 0;
    case '==': return r === 0;
    case '!=': return r !== 0;
    case '>=': return r >= 0;
    case '>': return r > 0;
  }
}

// Ordering of strings: culture-aware, ignoring case and diacritics (.NET's
// CompareOptions.IgnoreNonSpace on lower-cased text). ß sorts equal to ss.
const collator = new Intl.Collator('en-US', { sensitivity: 'base' });

/** AMPscript's comparison operators. */
export function compare(left: AValue, right: AValue, op: CompareOp, cx: ConvertContext): boolean {
  // A null (unset) value is "less than" and "greater than" anything, equal only to null.
  if (left === null || right === null) {
    const r = left === null && right === null ? 0 : -1;
    return isEqualToken(op) ? r === 0 : r !== 0;
  }
  const lb = tryBoolean(left);
  const rb = tryBoolean(right);
  if (lb[0] === 'succeed' || rb[0] === 'succeed') {
    // Booleans only know "equal" and "different": true < false is true.
    return lb[1] === rb[1] ? isEqualToken(op) : !isEqualToken(op);
  }
  const ld = tryDate(left, cx);
  const rd = tryDate(right, cx);
  if (ld || rd) {
    const a = (ld ?? failedDate(cx)).ms;
    const b = (rd ?? failedDate(cx)).ms;
    return fromOrder(op, a < b ? -1 : a > b ? 1 : 0);
  }
  if (isNumberLike(left) || isNumberLike(right)) {
    const a = tryDecimal(left);
    const b = tryDecimal(right);
    if (a || b) return fromOrder(op, compareDecimals(a ?? { t: 'dec', u: 0n, s: 0 }, b ?? { t: 'dec', u: 0n, s: 0 }));
  }
  const a = toText(left).toLowerCase();
  const b = toText(right).toLowerCase();
  if (op === '==' || op === '!=') return fromOrder(op, a === b ? 0 : -1);
  return fromOrder(op, collator.compare(a, b));
}

/** How IF, NOT, AND, OR and Iif read a value as a condition. */
export function truth(v: AValue): boolean {
  if (v === null) return false;
  const [kind, value] = tryBoolean(v);
  return kind === 'fail' ? false : value;
}
