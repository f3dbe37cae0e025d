// How Tailor reads a date text as the reference does: JavaScript's Date.parse, with a bare
// yyyy-mm-dd taken strictly as UTC midnight (Date.parse alone reads an impossible one,
// such as 2026-01-00, with a lenient legacy rule instead of refusing it).

/** The instant (ms since the epoch) in `text`, or null when it holds none. */
export function referenceInstant(text: string): number | null {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? null : t;
}
