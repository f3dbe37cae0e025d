// The placeholders dynamic nodes travel as through MJML, juice and the text converter.
//
// A placeholder is `tailorph` + a role letter + a decimal index + `z`, e.g. `tailorpho12z`.
// Only lower-case ASCII letters and digits: nothing on the way rewrites them (no entity
// encoding, no URL encoding, no whitespace to collapse or wrap at, no case folding, since
// the text converter's upper-casing is switched off). The index is unique per template
// and numbers the markers in source order, so a lost, duplicated or reordered marker is
// detectable when the placeholders are parsed back out.

/** What a placeholder stands for. */
export type MarkerRole =
  /** an output */
  | 'o'
  /** `if`: start of the first branch */
  | 'i'
  /** start of a later (`elif`) branch */
  | 'b'
  /** start of the `else` branch */
  | 'l'
  /** end of the `if` */
  | 'c'
  /** `for`: start of the loop body */
  | 'f'
  /** start of the `empty` branch */
  | 'm'
  /** end of the `for` */
  | 'd';

export const PLACEHOLDER_PREFIX = 'tailorph';

export function placeholder(role: MarkerRole, index: number): string {
  return `${PLACEHOLDER_PREFIX}${role}${index}z`;
}

const PATTERN_SOURCE = `${PLACEHOLDER_PREFIX}([oiblcfmd])(\\d+)z`;

/** A fresh global regex matching every placeholder; group 1 = role, group 2 = index. */
export function placeholderRegex(): RegExp {
  return new RegExp(PATTERN_SOURCE, 'g');
}

const TEST_PATTERN = new RegExp(PATTERN_SOURCE);

/**
 * True when `s` still holds a placeholder (used by the integrity check after emission).
 * The regex alone: V8 searches its literal prefix several times faster than includes().
 */
export function containsPlaceholder(s: string): boolean {
  return TEST_PATTERN.test(s);
}

/** One placeholder found in a string. */
export interface FoundPlaceholder {
  role: MarkerRole;
  index: number;
  start: number;
  end: number;
}

export function findPlaceholders(s: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  if (!s.includes(PLACEHOLDER_PREFIX)) return found;
  const re = placeholderRegex();
  for (let m = re.exec(s); m; m = re.exec(s)) {
    found.push({ role: m[1] as MarkerRole, index: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  return found;
}
