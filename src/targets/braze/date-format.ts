// The `date(format)` filter in Liquid. Each token of the reference (src/ir/filters.ts)
// was checked in Ruby Liquid and liquidjs: all print the same except `%e`, which both
// engines pad with a space (" 5") where the reference prints "5"; `%-d` prints "5" in
// both. Any other `%` sequence is refused: strftime gives it a meaning (`%s`, `%j`, ...)
// the reference does not, and a lone trailing `%` is an error in Ruby.
import { DATE_TOKENS } from '../../ir/filters.js';

const TO_LIQUID: Record<string, string> = { '%e': '%-d' };

export type DateFormatResult = { ok: true; liquid: string } | { ok: false; token: string };

/** Translates a reference date format to a strftime format with the same output. */
export function liquidDateFormat(format: string): DateFormatResult {
  let liquid = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%') {
      liquid += ch;
      continue;
    }
    const token = format.slice(i, i + 2);
    if (!(DATE_TOKENS as readonly string[]).includes(token)) return { ok: false, token: token.length === 2 ? token : '%' };
    liquid += TO_LIQUID[token] ?? token;
    i++;
  }
  return { ok: true, liquid };
}
