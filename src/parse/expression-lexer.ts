// Tokens of the expression language (the inside of `{{ }}` and `{% %}`), with offsets.
// String escapes follow nunjucks: \n \t \r, and a backslash before any other
// character stands for that character.

export type TokenKind = 'string' | 'number' | 'name' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token's value: string contents, number text, name, operator or punctuation. */
  text: string;
  start: number;
  end: number;
}

export class LexError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

const PUNCT = new Set(['(', ')', '[', ']', ',', '.', '|']);
const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=']);
const ONE_CHAR_OPS = new Set(['<', '>']);

/** Tokenizes text[start, end). Throws LexError for an unexpected character or unterminated string. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      while (j < end && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < end) {
          j++;
          const e = text[j]!;
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
        } else value += text[j];
        j++;
      }
      if (j >= end) throw new LexError('unterminated string', i, end);
      tokens.push({ kind: 'string', text: value, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(text.slice(i, end))!;
      tokens.push({ kind: 'number', text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, end))!;
      tokens.push({ kind: 'name', text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    const two = text.slice(i, Math.min(i + 2, end));
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', text: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ kind: 'op', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (PUNCT.has(c) || c === '-') {
      tokens.push({ kind: 'punct', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    throw new LexError(`unexpected character \`${c}\``, i, i + 1);
  }
  tokens.push({ kind: 'eof', text: '', start: end, end });
  return tokens;
}
