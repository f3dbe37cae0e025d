// Number parsing and printing the way .NET does it in the en-US culture, which is
// what AMPscript inherits: `long.TryParse`, `decimal.TryParse`, `double.TryParse` and
// the default `ToString()` of each type.
import type { DecValue } from './values.js';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
/** .NET's NumberStyles "white": tab, LF, VT, FF, CR and space. */
const WS = '[\\t\\n\\v\\f\\r ]*';

/** `long.TryParse` (NumberStyles.Integer): optional white space and sign, digits. */
export function parseLong(text: string): bigint | null {
  const m = new RegExp(`^${WS}([+-]?)(\\d+)${WS}$`).exec(text);
  if (!m) return null;
  const v = BigInt(m[1] === '-' ? `-${m[2]}` : m[2]!);
  return v < LONG_MIN || v > LONG_MAX ? null : v;
}

/**
 * `decimal.TryParse` (NumberStyles.Number): white space, a leading or trailing sign,
 * thousands separators in the integer part, a decimal point. No exponent.
 */
export function parseDecimal(text: string): DecValue | null {
  const m = new RegExp(`^${WS}([+-]?)(\\d[\\d,]*|)(?:\\.(\\d*))?([+-]?)${WS}$`).exec(text);
  if (!m) return null;
  const [, lead, intPart, frac = '', trail] = m;
  if (lead && trail) return null;
  if (!intPart && !frac) return null;
  const digits = intPart!.replace(/,/g, '') + frac;
  if (digits.replace(/^0+/, '').length > 29) return null;
  const negative = (lead || trail) === '-';
  const u = BigInt(digits || '0');
  return { t: 'dec', u: negative ? -u : u, s: frac.length };
}

/** `double.TryParse` (Float | AllowThousands): like decimal, plus an exponent. */
export function parseDouble(text: string): number | null {
  const m = new RegExp(`^${WS}([+-]?)(\\d[\\d,]*|)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?${WS}$`).exec(text);
  if (!m) return null;
  const [, sign, intPart, frac = '', exp] = m;
  if (!intPart && !frac) return null;
  return Number(`${sign}${intPart!.replace(/,/g, '') || '0'}.${frac || '0'}e${exp ?? '0'}`);
}

/** The decimal's text with its scale kept: 1.50 -> "1.50". */
export function decimalToString(d: DecValue): string {
  const negative = d.u < 0n;
  const digits = (negative ? -d.u : d.u).toString().padStart(d.s + 1, '0');
  const text = d.s === 0 ? digits : `${digits.slice(0, digits.length - d.s)}.${digits.slice(digits.length - d.s)}`;
  return negative && d.u !== 0n ? `-${text}` : text;
}

/**
 * A double the way .NET Core prints it: the shortest round-trip digits, in
 * scientific notation when the exponent is >= 15 or <= -5 ("1E+15", "1E-05").
 */
export function doubleToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp >= 15 || exp <= -5) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa.toUpperCase()}E${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return plainDecimal(n);
}

/** Any finite JS number written without an exponent ("1e21" -> "1000000000000000000000"). */
export function plainDecimal(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const point = 1 + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/** A decimal from a finite double, through its shortest text. */
export function doubleToDecimal(n: number): DecValue {
  return parseDecimal(plainDecimal(n)) ?? { t: 'dec', u: 0n, s: 0 };
}

/** -1, 0 or 1. */
export function compareDecimals(a: DecValue, b: DecValue): number {
  const s = Math.max(a.s, b.s);
  const x = a.u * 10n ** BigInt(s - a.s);
  const y = b.u * 10n ** BigInt(s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
}
