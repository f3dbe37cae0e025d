// Literal values inside Liquid tags. Liquid string literals have no escapes (Ruby Liquid
// cuts `"a\"b"` at the backslash; liquidjs honours it), so a string is written inline only
// when one quote kind is absent and it holds no brace (so it can neither end a tag nor
// form Braze's `${`), backslash or typographic quote; otherwise it is captured from raw text first and compared as a variable:
//   {% capture lit_1 %}{% raw %}He said "it's"{% endraw %}{% endcapture %}
import { encodeStaticText } from './static-text.js';

/** Characters that never go inside an inline string literal. */
const UNSAFE_INLINE = /[\\{}\u0000-\u001f\u007f\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033]/;

/** The inline form of `value` (`"..."` or `'...'`), or null when it must be captured. */
export function inlineString(value: string): string | null {
  if (UNSAFE_INLINE.test(value)) return null;
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return null;
}

/** A number as Liquid writes it (`5`, `-3`, `2.5`); null for exponents, NaN and infinities. */
export function numberLiteral(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? text : null;
}

/** Source that sets `variable` to exactly `value`, for a literal that cannot be inline. */
export function captureString(variable: string, value: string): string {
  return `{% capture ${variable} %}${encodeStaticText(value)}{% endcapture %}`;
}

export type StringOperand = { expr: string; setup: string };

/** A string operand: inline when possible, else a captured variable named by `fresh()`. */
export function stringOperand(value: string, fresh: () => string): StringOperand {
  const inline = inlineString(value);
  if (inline !== null) return { expr: inline, setup: '' };
  const name = fresh();
  return { expr: name, setup: captureString(name, value) };
}
