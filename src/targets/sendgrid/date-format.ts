// The `date` filter's strftime subset mapped onto the tokens SendGrid documents for its
// formatDate helper (SG-HB "formatDate": YYYY YY MMMM MMM MM M DD D dddd ddd hh h HH H
// mm m ss s A ZZ Z). Only exact mappings are accepted:
// - literal text may not contain letters (formatDate has no documented escape, and letters
//   are token characters in the moment-style syntax it follows), brackets or quotes;
// - two tokens of the same letter may not touch ("%d%e" would read as "DDD", which is a
//   different token in moment-style formats).
// Without an offset argument formatDate prints UTC (SG-HB example: 23:00Z prints 11 PM),
// which is what the reference filter does.

const TOKEN_MAP: Record<string, string> = {
  '%Y': 'YYYY',
  '%m': 'MM',
  '%d': 'DD',
  '%e': 'D',
  '%B': 'MMMM',
  '%b': 'MMM',
  '%A': 'dddd',
  '%a': 'ddd',
  '%H': 'HH',
  '%M': 'mm',
};

/** Characters allowed as literal text between tokens. */
const SAFE_LITERAL = /^[0-9 ,.:;/\-_()|+%]*$/;

export type DateFormatResult = { ok: true; format: string } | { ok: false; reason: string };

export function toFormatDate(strftime: string): DateFormatResult {
  let format = '';
  let previousLetter = '';
  const parts = strftime.split(/(%.)/s);
  for (const part of parts) {
    if (part === '') continue;
    if (part.length === 2 && part[0] === '%') {
      if (part === '%%') {
        format += '%';
        previousLetter = '';
        continue;
      }
      const token = TOKEN_MAP[part];
      if (!token) return { ok: false, reason: `"${part}" is not a date filter token` };
      if (token[0] === previousLetter) return { ok: false, reason: `"${part}" right after a token of the same letter would read as a different token` };
      format += token;
      previousLetter = token[0]!;
      continue;
    }
    if (part.includes('%')) return { ok: false, reason: 'a lone "%" at the end' };
    if (!SAFE_LITERAL.test(part)) return { ok: false, reason: `the literal text "${part}" holds characters formatDate may read as tokens` };
    format += part;
    previousLetter = '';
  }
  return { ok: true, format };
}
