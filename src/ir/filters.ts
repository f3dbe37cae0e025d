// The output filters, defined once. Targets reproduce exactly these or refuse.
//
// upper/lower: Unicode case mapping. capitalize: first character upper case, the rest
// lower case. trim: strips leading and trailing whitespace. truncate(n): a value longer
// than n characters (code points) becomes its first n-3 characters followed by "...".
// date(format): the value is an ISO-8601 date or date-time read as UTC.
import type { FilterCall } from './nodes.js';
import { referenceInstant } from './dates.js';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The strftime tokens the date filter accepts. */
export const DATE_TOKENS = ['%Y', '%m', '%d', '%e', '%B', '%b', '%A', '%a', '%H', '%M', '%%'] as const;

export function applyFilter(s: string, f: FilterCall): string {
  switch (f.name) {
    case 'upper':
      return s.toUpperCase();
    case 'lower':
      return s.toLowerCase();
    case 'capitalize': {
      const chars = Array.from(s);
      if (chars.length === 0) return s;
      return chars[0]!.toUpperCase() + chars.slice(1).join('').toLowerCase();
    }
    case 'trim':
      return s.trim();
    case 'truncate': {
      const chars = Array.from(s);
      if (chars.length <= f.length) return s;
      return chars.slice(0, Math.max(0, f.length - 3)).join('') + '...';
    }
    case 'date':
      return formatDate(s, f.format);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats an ISO-8601 date; an unparsable input is returned unchanged. */
export function formatDate(input: string, format: string): string {
  const t = referenceInstant(input);
  if (t === null) return input;
  const d = new Date(t);
  return format.replace(/%[YmdeBbAaHM%]/g, (tok) => {
    switch (tok) {
      case '%Y': return String(d.getUTCFullYear());
      case '%m': return pad(d.getUTCMonth() + 1);
      case '%d': return pad(d.getUTCDate());
      case '%e': return String(d.getUTCDate());
      case '%B': return MONTHS[d.getUTCMonth()]!;
      case '%b': return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case '%A': return WEEKDAYS[d.getUTCDay()]!;
      case '%a': return WEEKDAYS[d.getUTCDay()]!.slice(0, 3);
      case '%H': return pad(d.getUTCHours());
      case '%M': return pad(d.getUTCMinutes());
      default: return '%';
    }
  });
}
