// Every failure of an AMPscript program: a syntax error, an unknown function, a bad
// argument. SFMC refuses to send such an email, so the interpreter fails loudly too.

export class AmpscriptError extends Error {
  override name = 'AmpscriptError';
  line?: number;
  column?: number;
  constructor(message: string, line?: number, column?: number) {
    super(line === undefined ? message : `${message} (line ${line}, column ${column})`);
    if (line !== undefined) this.line = line;
    if (column !== undefined) this.column = column;
  }
}
