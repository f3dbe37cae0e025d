// Printing a value: an explicit missing test (not Liquid's `default`, which treats a
// whitespace-only string and `false` differently from the reference), the filters, then
// `escape` in HTML contexts. The fallback is static text, escaped here at build time.
//
//   {% if a_first_name == nil or a_first_name == "" %}there{% else %}{{ a_first_name | escape }}{% endif %}
import { InternalError } from '../../diagnostics/diagnostic.js';
import { escapeFor } from '../../ir/evaluate.js';
import type { FilterCall, OutputNode } from '../../ir/nodes.js';
import { missingTest } from './conditions.js';
import { liquidDateFormat } from './date-format.js';
import { stringOperand } from './literal.js';
import { encodeStaticText } from './static-text.js';
import type { PartWriter } from './writer.js';

/** Longer than any text a profile holds: the length argument of "the rest of the string". */
const REST_OF_TEXT = 1000000;

export function emitOutput(node: OutputNode, w: PartWriter): string {
  const v = w.value(node.ref);
  const printed = printValue(v, node.filters, node.context === 'text' ? [] : ['escape'], w);
  const fallback = encodeStaticText(escapeFor(node.fallback, node.context));
  if (fallback === '') return `{% unless ${missingTest(v)} %}${printed}{% endunless %}`;
  return `{% if ${missingTest(v)} %}${fallback}{% else %}${printed}{% endif %}`;
}

/** Source printing `v` through the reference filters, then `finalFilters`. */
function printValue(v: string, filters: FilterCall[], finalFilters: string[], w: PartWriter): string {
  let setup = '';
  let current = v;
  let pending: string[] = [];
  for (const f of filters) {
    switch (f.name) {
      case 'upper':
        pending.push('upcase');
        break;
      case 'lower':
        pending.push('downcase');
        break;
      case 'trim':
        pending.push('strip');
        break;
      case 'truncate':
        // Liquid's truncate keeps n-3 characters and appends "...", like the reference
        pending.push(`truncate: ${f.length}`);
        break;
      case 'date': {
        const format = liquidDateFormat(f.format);
        if (!format.ok) throw new InternalError(`braze: date format ${f.format} should have been refused by check()`);
        const lit = stringOperand(format.liquid, () => w.fresh('lit'));
        setup += lit.setup;
        pending.push(`date: ${lit.expr}`);
        break;
      }
      case 'capitalize': {
        // Liquid's own capitalize differs from the reference in both engines (Ruby
        // title-cases "ß" as "Ss", liquidjs splits astral characters), so: first
        // character upper-cased, the rest lower-cased, like the reference.
        const text = w.fresh('v');
        const head = w.fresh('h');
        setup +=
          `{% assign ${text} = ${pipe(current, pending)} %}` +
          `{% assign ${head} = ${text} | slice: 0 | upcase %}` +
          `{% assign ${text} = ${text} | slice: 1, ${REST_OF_TEXT} | downcase | prepend: ${head} %}`;
        current = text;
        pending = [];
        break;
      }
    }
  }
  return `${setup}{{ ${pipe(current, [...pending, ...finalFilters])} }}`;
}

function pipe(expr: string, filters: string[]): string {
  return [expr, ...filters].join(' | ');
}
