// An emulation of the Handlebars helpers SendGrid adds to dynamic templates, registered on
// a private handlebars.js instance to execute emitted templates. Each helper follows
// SendGrid's documentation, "Using Handlebars" (SG-HB):
//   https://www.twilio.com/docs/sendgrid/for-developers/sending-email/using-handlebars
// (also in github.com/sendgrid/docs, content/docs/for-developers/sending-email/using-handlebars.md).
// Where the documentation is silent, the choice is marked UNVERIFIED; Tailor's emitter never
// relies on those cases (it guards values before calling the helpers).
import Handlebars from 'handlebars';
import { MONTHS, WEEKDAYS } from '../../ir/filters.js';

type HelperOptions = Handlebars.HelperOptions;
type HandlebarsEnv = typeof Handlebars;

/**
 * SG-HB ("Equals", "And", "Or"): "empty strings, zero integers, and zero floating point
 * numbers evaluate to false. Non-empty strings, non-zero integers, and non-zero floating
 * point numbers, including negative numbers, evaluate to true." With false, null and a
 * missing value, that is JavaScript truthiness. Arrays and objects: UNVERIFIED (truthy).
 */
export function sendgridTruthy(value: unknown): boolean {
  return Boolean(value);
}

function branch(condition: boolean, context: unknown, options: HelperOptions): string {
  return condition ? options.fn(context) : options.inverse(context);
}

/** Splits `(a, b, ..., options)` into the values and Handlebars' options object. */
function valuesAndOptions(args: unknown[]): [unknown[], HelperOptions] {
  return [args.slice(0, -1), args[args.length - 1] as HelperOptions];
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * SG-HB ("formatDate"): "takes a time in either epoch or ISO8601 format". UNVERIFIED: the
 * epoch unit (milliseconds here), and how a date without a time or a time without a zone is
 * read (UTC here). Returns null when the value is not a date.
 */
export function parseSendgridTime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = ISO_8601.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const ms = Number(`0.${frac}`) * 1000;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(ms));
  if (zone && zone !== 'Z') t -= parseOffsetMinutes(zone)! * 60_000;
  return Number.isNaN(t) ? null : t;
}

/** "+0800", "-08:00" -> minutes east of UTC; null when malformed. */
function parseOffsetMinutes(offset: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The tokens of SG-HB's formatDate table, longest first so "MMMM" wins over "MM". */
const FORMAT_TOKENS = /YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|hh|h|HH|H|mm|m|ss|s|A|ZZ|Z/g;

/**
 * Formats an instant with SG-HB's token table. Without an offset the time is shown in UTC
 * (SG-HB example: 2020-01-01T23:00:00.000Z prints "11:00:00 PM" without an offset and
 * "3:00:00 PM" with "-0800"). Characters that are not tokens are copied; SG-HB documents no
 * escape for literal letters.
 */
export function formatSendgridDate(time: number, format: string, offsetMinutes = 0): string {
  const d = new Date(time + offsetMinutes * 60_000);
  const hours = d.getUTCHours();
  const hours12 = hours % 12 === 0 ? 12 : hours % 12;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = [pad(Math.floor(abs / 60)), pad(abs % 60)];
  return format.replace(FORMAT_TOKENS, (token) => {
    switch (token) {
      case 'YYYY': return pad(d.getUTCFullYear(), 4);
      case 'YY': return pad(d.getUTCFullYear() % 100);
      case 'MMMM': return MONTHS[d.getUTCMonth()]!;
      case 'MMM': return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case 'MM': return pad(d.getUTCMonth() + 1);
      case 'M': return String(d.getUTCMonth() + 1);
      case 'DD': return pad(d.getUTCDate());
      case 'D': return String(d.getUTCDate());
      case 'dddd': return WEEKDAYS[d.getUTCDay()]!;
      case 'ddd': return WEEKDAYS[d.getUTCDay()]!.slice(0, 3);
      case 'hh': return pad(hours12);
      case 'h': return String(hours12);
      case 'HH': return pad(hours);
      case 'H': return String(hours);
      case 'mm': return pad(d.getUTCMinutes());
      case 'm': return String(d.getUTCMinutes());
      case 'ss': return pad(d.getUTCSeconds());
      case 's': return String(d.getUTCSeconds());
      case 'A': return hours < 12 ? 'AM' : 'PM';
      case 'ZZ': return `${sign}${zone[0]}${zone[1]}`;
      default: return `${sign}${zone[0]}:${zone[1]}`;
    }
  });
}

/** The helpers SendGrid documents, as handlebars.js helpers. */
export const SENDGRID_HELPERS = {
  /**
   * SG-HB ("Equals"): compares two values; "will also attempt to coerce data types ...
   * {{#equals 3 "3"}} will evaluate to true" -> JavaScript's loose ==. (A report says mixed
   * types fail in some sends, reference §4.2 gotcha 5: Tailor never compares mixed types.)
   */
  equals(this: unknown, a: unknown, b: unknown, options: HelperOptions): string {
    // eslint-disable-next-line eqeqeq
    return branch(a == b, this, options);
  },
  /** SG-HB ("notEquals"): the negation of equals, with the same coercion. */
  notEquals(this: unknown, a: unknown, b: unknown, options: HelperOptions): string {
    // eslint-disable-next-line eqeqeq
    return branch(a != b, this, options);
  },
  /** SG-HB ("greaterThan"): documented on numbers; JavaScript's > (UNVERIFIED for other types). */
  greaterThan(this: unknown, a: unknown, b: unknown, options: HelperOptions): string {
    return branch((a as number) > (b as number), this, options);
  },
  /** SG-HB ("lessThan"): documented on numbers; JavaScript's < (UNVERIFIED for other types). */
  lessThan(this: unknown, a: unknown, b: unknown, options: HelperOptions): string {
    return branch((a as number) < (b as number), this, options);
  },
  /** SG-HB ("And"): true when every value is truthy (documented with two values). */
  and(this: unknown, ...args: unknown[]): string {
    const [values, options] = valuesAndOptions(args);
    return branch(values.every(sendgridTruthy), this, options);
  },
  /** SG-HB ("Or"): true when any value is truthy (documented with two values). */
  or(this: unknown, ...args: unknown[]): string {
    const [values, options] = valuesAndOptions(args);
    return branch(values.some(sendgridTruthy), this, options);
  },
  /**
   * SG-HB ("Insert"): `{{insert name "default=Customer"}}` prints the value, or the default
   * when the value is missing; the example `{{insert businessName "your business"}}` gives the
   * default without the "default=" prefix. Missing = absent, null or "" (UNVERIFIED for "";
   * 0 and false are printed). The result is escaped by {{ }} like any value.
   */
  insert(value: unknown, fallback: unknown, _options?: HelperOptions): unknown {
    if (value !== undefined && value !== null && value !== '') return value;
    const spec = typeof fallback === 'string' ? fallback : '';
    return spec.startsWith('default=') ? spec.slice('default='.length) : spec;
  },
  /**
   * SG-HB ("formatDate"): `{{formatDate timeStamp dateFormat}}` or with a timezone offset
   * such as "-0800" as a third argument. UNVERIFIED: the output for a value that is not a
   * date (empty here) and without a format (ISO 8601 here).
   */
  formatDate(value: unknown, ...rest: unknown[]): string {
    const [args] = valuesAndOptions(rest);
    const time = parseSendgridTime(value);
    if (time === null) return '';
    const format = typeof args[0] === 'string' ? args[0] : undefined;
    const offset = typeof args[1] === 'string' ? parseOffsetMinutes(args[1]) ?? 0 : 0;
    if (format === undefined) return new Date(time).toISOString();
    return formatSendgridDate(time, format, offset);
  },
  /**
   * SG-HB ("Length"): "the number of characters in a given string or array. For non-string
   * and non-array values, length will return 0." Characters = code points (UNVERIFIED).
   */
  length(value: unknown): number {
    if (typeof value === 'string') return Array.from(value).length;
    if (Array.isArray(value)) return value.length;
    return 0;
  },
};

/** Handlebars built-ins SendGrid does not document (treated as unavailable, reference §4.2 gotcha 6). */
export const UNAVAILABLE_BUILTINS = ['with', 'lookup', 'log'];

/** A handlebars.js environment behaving like SendGrid's: its helpers added, undocumented built-ins removed. */
export function createSendgridHandlebars(): HandlebarsEnv {
  const hb = Handlebars.create();
  for (const name of UNAVAILABLE_BUILTINS) hb.unregisterHelper(name);
  hb.registerHelper(SENDGRID_HELPERS as unknown as Record<string, Handlebars.HelperDelegate>);
  return hb;
}
