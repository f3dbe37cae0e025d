// A readable difference between two normalised strings: where they part, with context.
export interface TextDiff {
  /** Index of the first differing character. */
  at: number;
  expected: string;
  actual: string;
}

export function firstDifference(expected: string, actual: string, context = 60): TextDiff | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - context);
  const clip = (s: string) => (from > 0 ? '…' : '') + s.slice(from, i + context) + (s.length > i + context ? '…' : '');
  return { at: i, expected: clip(expected), actual: clip(actual) };
}
