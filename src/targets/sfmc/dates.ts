// Dates as the reference evaluator reads them (JavaScript's Date.parse; a bare
// yyyy-mm-dd is UTC midnight), written as zone-less UTC wall-clock text for AMPscript.
import { formatDate } from './interpreter/dates.js';

/** The instant the reference evaluator compares, or null when it cannot read the text. */
export function referenceInstant(text: string): number | null {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? null : t;
}

/** "yyyy-MM-ddTHH:mm:ss[.fff]" of the UTC wall clock, or null when unreadable. */
export function utcWallClock(text: string): string | null {
  const t = referenceInstant(text);
  if (t === null) return null;
  const date = { t: 'date' as const, ms: t, off: 0 };
  return formatDate(date, new Date(t).getUTCMilliseconds() ? "yyyy-MM-dd'T'HH:mm:ss.fff" : "yyyy-MM-dd'T'HH:mm:ss");
}
