// Helper arguments written as Handlebars literals. Handlebars strings take either quote
// kind; a backslash escape exists in handlebars.js but SendGrid's handling of it is not
// verified, so a value is written only with the quote kind it does not contain
// (reference esp-languages.md §9.3), and values with both kinds or a backslash are refused.
import type { Literal } from '../../ir/nodes.js';

export type LiteralResult = { ok: true; code: string } | { ok: false; code: 'sendgrid-literal-quotes' | 'sendgrid-literal-backslash' | 'sendgrid-number-literal' };

/** The Handlebars NUMBER token: an optional minus, digits, an optional fraction. */
const HANDLEBARS_NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;

export function handlebarsLiteral(value: Literal): LiteralResult {
  if (typeof value === 'boolean') return { ok: true, code: String(value) };
  if (typeof value === 'number') {
    const written = String(value);
    return HANDLEBARS_NUMBER.test(written) ? { ok: true, code: written } : { ok: false, code: 'sendgrid-number-literal' };
  }
  if (value.includes('\\')) return { ok: false, code: 'sendgrid-literal-backslash' };
  if (!value.includes('"')) return { ok: true, code: `"${value}"` };
  if (!value.includes("'")) return { ok: true, code: `'${value}'` };
  return { ok: false, code: 'sendgrid-literal-quotes' };
}
