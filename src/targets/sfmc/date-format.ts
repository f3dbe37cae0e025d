// The reference `date` filter's strftime tokens as a .NET custom date format (en-US),
// which AMPscript's Format(value, format, "Date", "en-US") applies. Everything that is
// not a token becomes a quoted literal, so no text can be read as a format letter.
const TOKENS: Record<string, string> = {
  '%Y': 'yyyy',
  '%m': 'MM',
  '%d': 'dd',
  '%e': 'd',
  '%B': 'MMMM',
  '%b': 'MMM',
  '%A': 'dddd',
  '%a': 'ddd',
  '%H': 'HH',
  '%M': 'mm',
};

/** A .NET custom format equal to the strftime format of the reference date filter. */
export function dotnetDateFormat(strftime: string): string {
  const parts: string[] = [];
  let literal = '';
  const flush = () => {
    // One quoted run per literal; a quote inside is written as \' (outside the run).
    if (literal) parts.push(literal.split("'").map((s) => (s ? `'${s}'` : '')).join("\\'"));
    literal = '';
  };
  for (let i = 0; i < strftime.length; i++) {
    const two = strftime.slice(i, i + 2);
    if (TOKENS[two]) {
      flush();
      parts.push(TOKENS[two]!);
      i++;
    } else if (two === '%%') {
      literal += '%';
      i++;
    } else literal += strftime[i];
  }
  flush();
  const format = parts.join('');
  // A one-letter format is a .NET *standard* format ("d" = short date): prefix % to keep it custom.
  return format.length === 1 ? `%${format}` : format;
}
