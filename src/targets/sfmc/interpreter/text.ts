// String helpers with .NET's behaviour: case mapping one character at a time (no
// ß -> SS, no final sigma), and Char.IsWhiteSpace for Trim.

// Greek letters with a iota subscript: their simple upper-case mapping is the title-case
// letter (U+1F80 -> U+1F88), unlike the two-letter full mapping JavaScript applies.
const SIMPLE_UPPER: Record<number, number> = { 0x1fb3: 0x1fbc, 0x1fc3: 0x1fcc, 0x1ff3: 0x1ffc };
for (const start of [0x1f80, 0x1f90, 0x1fa0]) for (let i = 0; i < 8; i++) SIMPLE_UPPER[start + i] = start + i + 8;
const SIMPLE_LOWER: Record<number, number> = { 0x130: 0x69 };

function mapEach(s: string, full: (c: string) => string, table: Record<number, number>): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (table[cp] !== undefined) {
      out += String.fromCodePoint(table[cp]!);
      continue;
    }
    const mapped = full(c);
    // Keep the character when the full mapping would change its length (ß, ligatures, ŉ ...).
    out += mapped.length === c.length ? mapped : c;
  }
  return out;
}

/** `String.ToUpper()`: simple (one-to-one) case mapping. */
export function upperSimple(s: string): string {
  return mapEach(s, (c) => c.toUpperCase(), SIMPLE_UPPER);
}

/** `String.ToLower()`: simple (one-to-one) case mapping. */
export function lowerSimple(s: string): string {
  return mapEach(s, (c) => c.toLowerCase(), SIMPLE_LOWER);
}

const DOTNET_WHITESPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${DOTNET_WHITESPACE}]+|[${DOTNET_WHITESPACE}]+$`, 'g');
const WHITESPACE_CHAR = new RegExp(`^[${DOTNET_WHITESPACE}]$`);

/** `String.Trim()`. */
export function trimDotnet(s: string): string {
  return s.replace(TRIM, '');
}

export function isDotnetWhitespace(c: string): boolean {
  return WHITESPACE_CHAR.test(c);
}

/**
 * A .NET regular expression as a JavaScript one. Both match UTF-16 code units (no `u`
 * flag). Differences handled: `\z` / `\Z` / `\A`, and `$`, which in .NET also matches
 * before a final line feed.
 */
export function dotnetRegex(pattern: string, options: string[]): RegExp {
  const flags = new Set<string>();
  for (const o of options.map((x) => x.toLowerCase())) {
    if (o === 'ignorecase') flags.add('i');
    else if (o === 'multiline') flags.add('m');
    else if (o === 'singleline') flags.add('s');
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      i++;
      if (!inClass && n === 'z') out += '$(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?$(?![\\s\\S]))';
      else if (!inClass && n === 'A') out += '^(?<![\\s\\S])';
      else out += `\\${n}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    if (c === '$' && !inClass && !flags.has('m')) {
      out += '(?=\\n?$(?![\\s\\S]))';
      continue;
    }
    out += c;
  }
  return new RegExp(out, [...flags].join(''));
}
