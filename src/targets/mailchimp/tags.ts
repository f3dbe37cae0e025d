// Mailchimp merge-tag syntax rules: what a valid tag and a writable comparison value are,
// and how list items become numbered tags.
//
// Tags are upper-case ASCII letters, digits and `_`. Tailor also requires a leading letter
// and at most 10 characters (the commonly quoted Mailchimp limit, unverified) and refuses
// the words of the conditional grammar, so a field tag can never be read as a keyword.

export const MAX_TAG_LENGTH = 10;

/** Words of the merge-tag grammar that a field must not be called. */
const RESERVED = new Set(['IF', 'IFNOT', 'ELSE', 'ELSEIF', 'END', 'HTML', 'DATE', 'MC']);

/** Why `tag` is not a valid merge tag, or null when it is. */
export function tagProblem(tag: string): string | null {
  if (tag.length === 0) return 'it is empty';
  if (tag.length > MAX_TAG_LENGTH) return `it has ${tag.length} characters (at most ${MAX_TAG_LENGTH})`;
  if (/[a-z]/.test(tag) && tag.toUpperCase() !== tag) return 'it contains lower-case letters (upper case only)';
  if (!/^[A-Z0-9_]+$/.test(tag)) return 'only A-Z, 0-9 and _ are allowed';
  if (!/^[A-Z]/.test(tag)) return 'it must start with a letter';
  if (RESERVED.has(tag)) return `"${tag}" is a word of the merge-tag language`;
  return null;
}

/** The tag part of an item field name: upper case, only A-Z 0-9 _. */
export function fieldTagPart(field: string): string {
  return field.toUpperCase().replace(/[^A-Z0-9_]/g, '');
}

/**
 * The merge tag holding field `field` of item `index` (1-based) of a list whose
 * Mailchimp prefix is `prefix`: `REC` + 2 + `name` -> `REC2NAME`.
 */
export function itemTag(prefix: string, index: number, field: string): string {
  return `${prefix}${index}${fieldTagPart(field)}`;
}

/** Why `value` cannot follow `=` in a merge tag (raw text up to `|*`, no escapes), or null. */
export function comparisonValueProblem(value: string): string | null {
  if (value === '') return 'it is empty';
  const bad = /[|*=!]/.exec(value);
  if (bad) return `it contains "${bad[0]}"`;
  if (/[\r\n]/.test(value)) return 'it contains a line break';
  if (/^\s|\s$/.test(value)) return 'it starts or ends with whitespace';
  return null;
}

/**
 * Spellings Mailchimp might treat as equal if its `=` ignores letter case and surrounding
 * spaces (undocumented either way).
 */
export function looseKey(s: string): string {
  return s.trim().toUpperCase().toLowerCase();
}
