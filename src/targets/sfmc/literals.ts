// AMPscript literals Tailor writes. Strings are double-quoted with `""` for a quote, and
// never contain `%%` (an engine scanning for `]%%` or `=%%` must not stop inside one): a
// run of percent signs is written as Char(37, n) joined with Concat.
import { plainDecimal } from './interpreter/numbers.js';

function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A string literal, or a Concat(...) of pieces when the text holds `%%`. */
export function stringLiteral(s: string): string {
  if (!s.includes('%%')) return quoted(s);
  const pieces: string[] = [];
  for (const part of s.split(/(%{2,})/)) {
    if (!part) continue;
    pieces.push(/^%{2,}$/.test(part) ? `Char(37, ${part.length})` : quoted(part));
  }
  return pieces.length === 1 ? pieces[0]! : `Concat(${pieces.join(', ')})`;
}

/** A number literal in plain decimal notation (AMPscript has no exponent syntax). */
export function numberLiteral(n: number): string {
  return plainDecimal(Object.is(n, -0) ? 0 : n);
}

/**
 * A .NET regular expression that matches `s` exactly: letters and digits as they are,
 * every other UTF-16 unit as `\uXXXX`, so the pattern has no quote, no `%` and no
 * metacharacter to escape.
 */
export function regexEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    out += /[A-Za-z0-9]/.test(c) ? c : `\\u${s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/**
 * One code point, counted like JavaScript does: a surrogate pair, a lone high surrogate,
 * or any other unit. A high surrogate can match alone only when no low one follows, so
 * backtracking can never split a pair.
 */
export const CODE_POINT = String.raw`[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|[^\uD800-\uDBFF]`;

/** The characters JavaScript's String.prototype.trim removes (the reference `trim`). */
export const JS_WHITESPACE = String.raw`[\u0009-\u000D\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]`;
