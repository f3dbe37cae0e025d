// The two ways Tailor's merge-tag interpreter stops.

/** The code is not valid in the merge-tag grammar Tailor emits. */
export class MergeTagSyntaxError extends Error {
  override name = 'MergeTagSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

/**
 * The result would depend on Mailchimp behaviour nobody has documented (letter case or
 * spaces in `=`, `!=` on an empty field). Tailor's emitter promises never to rely on it, so
 * meeting this while running emitted code is a bug in the emitter.
 */
export class UnverifiedBehaviourError extends Error {
  override name = 'UnverifiedBehaviourError';
}

/** 1-based line and column of `offset` in `source`. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function syntaxError(source: string, offset: number, message: string): MergeTagSyntaxError {
  const { line, column } = positionOf(source, offset);
  return new MergeTagSyntaxError(message, offset, line, column);
}
