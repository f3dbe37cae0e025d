// Dates the way AMPscript's .NET runtime reads and prints them (en-US culture).
//
// Reading follows `DateTimeOffset.TryParse(text, AssumeLocal)` for the shapes that
// occur in practice: ISO-8601, US `M/d/yyyy`, RFC-1123-like `Mon, 2 Oct 2023 12:01:02`,
// month names, a time alone, and .NET's lenient two-number form (`2.5` is February 5th
// of the current year, `1.2000` is January 2000), which is why numbers with a fraction
// must never meet an AMPscript comparison operator. A text without a zone is read in the
// engine's local offset.
import type { DateValue } from './values.js';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `default(DateTimeOffset)`: 0001-01-01T00:00:00Z, what a failed conversion yields. */
export const MIN_DATE: DateValue = { t: 'date', ms: utcMs(1, 1, 1, 0, 0, 0, 0), off: 0 };

function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

function daysInMonth(y: number, mo: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
}

function monthFromName(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w || (w === 'sept' && m === 'September'));
  return i < 0 ? null : i + 1;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  /** Offset in minutes; null when the text has none. */
  off: number | null;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*([AaPp][Mm])?`;
const ZONE = String.raw`(Z|[+-]\d{1,2}(?::?\d{2})?)`;

function readTime(m: RegExpExecArray, at: number): Pick<Parts, 'h' | 'mi' | 's' | 'ms'> | null {
  if (m[at] === undefined) return { h: 0, mi: 0, s: 0, ms: 0 };
  let h = Number(m[at]);
  const mi = Number(m[at + 1]);
  const s = Number(m[at + 2] ?? 0);
  const ms = Math.floor(Number(`0.${m[at + 3] ?? '0'}`) * 1000);
  const ampm = m[at + 4]?.toUpperCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'PM' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return { h, mi, s, ms };
}

function readZone(z: string | undefined): number | null {
  if (!z) return null;
  if (z.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function parts(text: string, now: Date): Parts | null {
  const t = text.trim();
  const thisYear = now.getUTCFullYear();
  let m: RegExpExecArray | null;
  // ISO-8601 and "yyyy-MM-dd h:mm[AM]" forms.
  if ((m = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\s*${TIME})?\s*${ZONE}?$`).exec(t))) {
    const time = readTime(m, 4);
    return time && { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), ...time, off: readZone(m[9]) };
  }
  // US "M/d/yyyy [time]".
  if ((m = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+${TIME})?\s*${ZONE}?$`).exec(t))) {
    const time = readTime(m, 4);
    return time && { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), ...time, off: readZone(m[9]) };
  }
  // "[Mon,] 2 Oct 2023 [time]" and "October 2, 2023 [time]".
  const named = t.replace(/^[A-Za-z]+,\s*/, (w) => (DAY_NAMES.some((d) => d.toLowerCase().startsWith(w.replace(/,\s*$/, '').toLowerCase())) ? '' : w));
  if ((m = new RegExp(String.raw`^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:\s+${TIME})?\s*${ZONE}?$`).exec(named))) {
    const mo = monthFromName(m[2]!);
    const time = readTime(m, 4);
    return mo && time ? { y: Number(m[3]), mo, d: Number(m[1]), ...time, off: readZone(m[9]) } : null;
  }
  if ((m = new RegExp(String.raw`^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+${TIME})?\s*${ZONE}?$`).exec(named))) {
    const mo = monthFromName(m[1]!);
    const time = readTime(m, 4);
    return mo && time ? { y: Number(m[3]), mo, d: Number(m[2]), ...time, off: readZone(m[9]) } : null;
  }
  // .NET's lenient two-number date: month then day (current year) or month then year.
  if ((m = /^(\d{1,2})[./, -](\d{1,4})$/.exec(t))) {
    const mo = Number(m[1]);
    if (m[2]!.length === 4) return { y: Number(m[2]), mo, d: 1, h: 0, mi: 0, s: 0, ms: 0, off: null };
    if (m[2]!.length > 2) return null;
    return { y: thisYear, mo, d: Number(m[2]), h: 0, mi: 0, s: 0, ms: 0, off: null };
  }
  // A time alone: today.
  if ((m = new RegExp(String.raw`^${TIME}$`).exec(t))) {
    const time = readTime(m, 1);
    return time && { y: thisYear, mo: now.getUTCMonth() + 1, d: now.getUTCDate(), ...time, off: null };
  }
  return null;
}

/** `DateTimeOffset.TryParse(text, AssumeLocal)`; null when .NET would fail. */
export function parseDate(text: string, localOffset: number, now: Date = new Date()): DateValue | null {
  const p = parts(text, now);
  if (!p) return null;
  if (p.y < 1 || p.y > 9999 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysInMonth(p.y, p.mo)) return null;
  const off = p.off ?? localOffset;
  const ms = utcMs(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ms) - off * 60_000;
  if (ms < MIN_DATE.ms || ms > utcMs(9999, 12, 31, 23, 59, 59, 999)) return null;
  return { t: 'date', ms, off };
}

/** The wall-clock fields of a date in its own offset. */
function wallClock(d: DateValue): Date {
  return new Date(d.ms + d.off * 60_000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** .NET custom date format (en-US): y M d H h m s f t tokens, '...' and "..." literals, \x, %x. */
export function formatDate(d: DateValue, format: string): string {
  const fmt = STANDARD_FORMATS[format] ?? format;
  const w = wallClock(d);
  const y = w.getUTCFullYear();
  const mo = w.getUTCMonth() + 1;
  const day = w.getUTCDate();
  const h = w.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  let out = '';
  for (let i = 0; i < fmt.length; ) {
    const c = fmt[i]!;
    if (c === "'" || c === '"') {
      const end = fmt.indexOf(c, i + 1);
      out += fmt.slice(i + 1, end < 0 ? fmt.length : end);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (c === '\\') {
      out += fmt[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === '%') {
      i++;
      continue;
    }
    let n = 1;
    while (fmt[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'y': out += n <= 2 ? pad(y % 100, n) : pad(y, n); break;
      case 'M': out += n === 1 ? String(mo) : n === 2 ? pad(mo) : n === 3 ? MONTH_NAMES[mo - 1]!.slice(0, 3) : MONTH_NAMES[mo - 1]!; break;
      case 'd': out += n === 1 ? String(day) : n === 2 ? pad(day) : n === 3 ? DAY_NAMES[w.getUTCDay()]!.slice(0, 3) : DAY_NAMES[w.getUTCDay()]!; break;
      case 'H': out += n === 1 ? String(h) : pad(h); break;
      case 'h': out += n === 1 ? String(h12) : pad(h12); break;
      case 'm': out += n === 1 ? String(w.getUTCMinutes()) : pad(w.getUTCMinutes()); break;
      case 's': out += n === 1 ? String(w.getUTCSeconds()) : pad(w.getUTCSeconds()); break;
      case 'f': out += pad(w.getUTCMilliseconds(), 3).slice(0, n).padEnd(n, '0'); break;
      case 't': out += (h < 12 ? 'AM' : 'PM').slice(0, n === 1 ? 1 : 2); break;
      default: out += c.repeat(n);
    }
  }
  return out;
}

/** The en-US standard formats AMPscript content uses most. */
const STANDARD_FORMATS: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
};

/** How a date prints by default (`DateTime.ToString()` in en-US). */
export function dateToString(d: DateValue): string {
  return formatDate(d, 'G');
}
