// The statements that compute what an output prints, hoisted into the part's top block
// (or the loop's per-row block for item fields):
//
//   SET @o = "<fallback, escaped for the context>"
//   IF NOT Empty(@value) THEN
//     SET @o = @value                      (booleans: "true" / "false", as Tailor prints them)
//     SET @o = Uppercase(@o)  ...          (each filter in order)
//     SET @o = Replace(... "&" ... "'")    (html and attr contexts)
//   ENDIF
//
// Filters are written so that AMPscript gives exactly the reference result: code points
// are counted with a regular expression (Length and Substring count UTF-16 units), trim
// removes JavaScript's white-space set, capitalize is "first code point upper, rest lower"
// (ProperCase capitalizes every word), dates use .NET format letters.
import { escapeFor } from '../../ir/evaluate.js';
import type { FilterCall, OutputNode } from '../../ir/nodes.js';
import { dotnetDateFormat } from './date-format.js';
import { CODE_POINT, JS_WHITESPACE, stringLiteral } from './literals.js';

/** Nested Replace, ampersand first: & < > " ' become entities. */
export function htmlEscape(v: string): string {
  return `Replace(Replace(Replace(Replace(Replace(${v}, "&", "&amp;"), "<", "&lt;"), ">", "&gt;"), """", "&quot;"), "'", "&#39;")`;
}

function filterStatements(o: string, f: FilterCall): string[] {
  const regex = (pattern: string, group: number) => `RegExMatch(${o}, ${stringLiteral(pattern)}, ${group})`;
  switch (f.name) {
    case 'upper':
      return [`SET ${o} = Uppercase(${o})`];
    case 'lower':
      return [`SET ${o} = Lowercase(${o})`];
    case 'capitalize':
      return [`SET ${o} = Concat(Uppercase(${regex(`^(${CODE_POINT})`, 1)}), Lowercase(${regex(`^(?:${CODE_POINT})([\\s\\S]*)`, 1)}))`];
    case 'trim':
      return [`SET ${o} = ${regex(`^${JS_WHITESPACE}*([\\s\\S]*?)${JS_WHITESPACE}*\\z`, 1)}`];
    case 'truncate': {
      const keep = Math.max(0, f.length - 3);
      return [
        `IF (NOT Empty(${regex(`^(?:${CODE_POINT}){${f.length + 1}}`, 0)})) THEN`,
        `  SET ${o} = Concat(${regex(`^(?:${CODE_POINT}){${keep}}`, 0)}, "...")`,
        'ENDIF',
      ];
    }
    case 'date':
      return [`SET ${o} = Format(${o}, ${stringLiteral(dotnetDateFormat(f.format))}, "Date", "en-US")`];
  }
}

/** The statements that set `o` to what `node` prints, given the value's variable. */
export function outputStatements(node: OutputNode, value: string, o: string): string[] {
  const lines = [`SET ${o} = ${stringLiteral(escapeFor(node.fallback, node.context))}`, `IF (NOT Empty(${value})) THEN`];
  lines.push(`  SET ${o} = ${node.ref.type === 'boolean' ? `Iif((${value} == true), "true", "false")` : value}`);
  for (const f of node.filters) lines.push(...filterStatements(o, f).map((l) => `  ${l}`));
  if (node.context !== 'text') lines.push(`  SET ${o} = ${htmlEscape(o)}`);
  lines.push('ENDIF');
  return lines;
}

/** True when the value can be printed with v() as it is (nothing to filter, escape or replace). */
export function printsAsIs(node: OutputNode): boolean {
  return node.filters.length === 0 && node.context === 'text' && node.fallback === '' && node.ref.type !== 'boolean';
}
