// Dates as the reference evaluator reads them (JavaScript's Date.parse; a bare
// yyyy-mm-dd is UTC midnight), written as zone-less UTC wall-clock text for AMPscript.
import { formatDate } from './interpreter/dates.js';
import { referenceInstant } from '../../ir/dates.js';

/**
 * The UTC wall clock of the date in `text`, in the .NET format `whole` (whole seconds) or
 * `fractional` (when the instant has milliseconds); null when unreadable.
 */
function utcText(text: string, whole: string, fractional: string): string | null {
  const t = referenceInstant(text);
  if (t === null) return null;
  return formatDate({ t: 'date', ms: t, off: 0 }, new Date(t).getUTCMilliseconds() ? fractional : whole);
}

/** "yyyy-MM-ddTHH:mm:ss[.fff]" of the UTC wall clock, or null when unreadable. */
export function utcWallClock(text: string): string | null {
  return utcText(text, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fff");
}

/** How an SFMC Date column holding the UTC wall clock shows it ("1/15/2026 12:00:00 AM"), or null when unreadable. */
export function dateColumnText(text: string): string | null {
  return utcText(text, 'M/d/yyyy h:mm:ss tt', 'M/d/yyyy h:mm:ss.fff tt');
}
