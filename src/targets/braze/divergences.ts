// Where Braze (Ruby Liquid) prints something other than the preview for some VALUES,
// which no build-time check can see. Each entry is pinned by a test that runs both
// engines (test/targets/braze/divergences.test.ts) and listed in docs/targets/braze.md.
import type { FilterCall } from '../../ir/nodes.js';

/** Characters `trim` removes in the preview (JavaScript) but `strip` keeps in Ruby, or the reverse (NUL). */
export const TRIM_DIVERGENT = [
  0x0000, 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Greek capital sigma: JavaScript lower-cases it to ς at the end of a word, Ruby always to σ. */
export const FINAL_SIGMA = 0x03a3;

/**
 * Letters whose case mapping arrived in Unicode 14 to 16: Node knows them, Ruby 3.1
 * (Unicode 13) leaves them unchanged. [first, last] code point ranges.
 */
export const RECENT_CASE_MAPPINGS: [number, number][] = [
  [0x19b, 0x19b], [0x264, 0x264], [0x1c89, 0x1c8a], [0x2c2f, 0x2c2f], [0x2c5f, 0x2c5f], [0xa7c0, 0xa7c1],
  [0xa7cb, 0xa7dc], [0x10570, 0x105bc], [0x10d50, 0x10d85], [0x16ea0, 0x16ed3],
];

/**
 * Numbers Ruby prints in exponent form where JavaScript does not (or the reverse):
 * 0.00001 is "1.0e-05" in Ruby, 1e21 is "1.0e+21".
 */
export function numberPrintsDifferently(n: number): boolean {
  return (n !== 0 && Math.abs(n) < 1e-4) || Math.abs(n) >= 1e21;
}

/** True when printing `value` through `filters` may differ between Braze and the preview. */
export function hasKnownDivergence(value: string | number | boolean, filters: readonly FilterCall[]): boolean {
  if (typeof value === 'number') return numberPrintsDifferently(value);
  if (typeof value !== 'string') return false;
  const names = new Set(filters.map((f) => f.name));
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (names.has('trim') && TRIM_DIVERGENT.includes(cp)) return true;
    if ((names.has('lower') || names.has('capitalize')) && cp === FINAL_SIGMA) return true;
    const cased = names.has('upper') || names.has('lower') || names.has('capitalize');
    if (cased && RECENT_CASE_MAPPINGS.some(([a, b]) => cp >= a && cp <= b)) return true;
  }
  return false;
}
