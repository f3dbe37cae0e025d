// Splits AMPscript content into tokens. Outside code ("content"), text runs until
// `%%[` (block), `%%=` (inline expression), `%%Name%%` (personalization string) or an
// AMPscript `<script runat="server">` tag. Inside code: keywords, @variables, literals,
// operators, names and `[bracketed names]`, all case-insensitive.
//
// Constructs Tailor's interpreter does not run (Guide Template Language `{{ }}`,
// server-side JavaScript) raise UnsupportedConstruct so that callers can tell "out of
// scope" apart from "broken".
import { AmpscriptError } from './errors.js';

export type TokenKind =
  | 'text'
  | 'inlineStart'
  | 'inlineEnd'
  | 'attrAtSea'
  | 'string'
  | 'int'
  | 'real'
  | 'var'
  | 'name'
  | 'bracketName'
  | 'keyword'
  | 'op'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Text, string value, name (without @ or brackets), keyword (lower case) or operator. */
  value: string;
  /** The source text (for personalization strings printed as is). */
  raw: string;
  line: number;
  column: number;
}

export class UnsupportedConstruct extends AmpscriptError {
  override name = 'UnsupportedConstruct';
}

const KEYWORDS = new Set([
  'set', 'var', 'for', 'if', 'then', 'elseif', 'else', 'endif', 'to', 'downto', 'do', 'next', 'true', 'false', 'not', 'and', 'or',
]);

type Mode = 'content' | 'block' | 'inline' | 'script';

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  let col = 1;
  let mode: Mode = 'content';
  let text = '';
  let textLine = 1;
  let textCol = 1;

  const advance = (n: number) => {
    const stop = pos + n;
    const lastNewline = source.lastIndexOf('\n', stop - 1);
    if (lastNewline >= pos) {
      for (let i = pos; i <= lastNewline; i++) if (source.charCodeAt(i) === 10) line++;
      col = stop - lastNewline;
    } else col += n;
    pos = stop;
  };
  const push = (kind: TokenKind, value: string, raw: string, l = line, c = col) => tokens.push({ kind, value, raw, line: l, column: c });
  const flushText = () => {
    if (text) push('text', text, text, textLine, textCol);
    text = '';
  };
  const fail = (message: string): never => {
    throw new AmpscriptError(message, line, col);
  };

  while (pos < source.length) {
    if (mode === 'content') {
      if (!text) {
        textLine = line;
        textCol = col;
      }
      // Most content is plain HTML: only `%%`, `{{` and `<script` can start something.
      const ch = source.charCodeAt(pos);
      const special =
        (ch === 37 && source.charCodeAt(pos + 1) === 37) ||
        (ch === 123 && source.charCodeAt(pos + 1) === 123) ||
        (ch === 60 && source.slice(pos, pos + 7).toLowerCase() === '<script');
      if (!special) {
        let end = pos + 1;
        while (end < source.length) {
          const e = source.charCodeAt(end);
          if (e === 37 || e === 123 || e === 60) break;
          end++;
        }
        text += source.slice(pos, end);
        advance(end - pos);
        continue;
      }
    }
    const rest = source.slice(pos, pos + 200);
    if (mode === 'content') {
      if (rest.startsWith('%%[')) {
        flushText();
        advance(3);
        mode = 'block';
        continue;
      }
      if (rest.startsWith('%%=')) {
        flushText();
        push('inlineStart', '%%=', '%%=');
        advance(3);
        mode = 'inline';
        continue;
      }
      const attr = /^%%([a-z_][a-z_0-9 ]*)%%/i.exec(rest);
      if (attr) {
        flushText();
        push('attrAtSea', attr[1]!, attr[0]);
        advance(attr[0].length);
        continue;
      }
      if (rest.startsWith('{{')) {
        throw new UnsupportedConstruct('Guide Template Language ({{ ... }}) is not supported', line, col);
      }
      const script = /^<script\b[^>]*>/i.exec(source.slice(pos, pos + 500));
      if (script && /runat\s*=\s*["']?server/i.test(script[0])) {
        const language = /language\s*=\s*["']?(\w+)/i.exec(script[0])?.[1]?.toLowerCase() ?? 'javascript';
        if (language !== 'ampscript') throw new UnsupportedConstruct('server-side JavaScript is not supported', line, col);
        flushText();
        advance(script[0].length);
        mode = 'script';
        continue;
      }
      // Plain text: take everything up to the next character that may start something.
      let end = pos + 1;
      while (end < source.length && !'%{<'.includes(source[end]!)) end++;
      text += source.slice(pos, end);
      advance(end - pos);
      continue;
    }

    // Code: a block, an inline expression or an AMPscript script tag.
    const c = source[pos]!;
    if (/\s/.test(c)) {
      advance(1);
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = source.indexOf('*/', pos + 2);
      if (end < 0) fail('unclosed comment');
      advance(end + 2 - pos);
      continue;
    }
    if (mode === 'block' && rest.startsWith(']%%')) {
      advance(3);
      mode = 'content';
      continue;
    }
    if (mode === 'inline' && rest.startsWith('=%%')) {
      push('inlineEnd', '=%%', '=%%');
      advance(3);
      mode = 'content';
      continue;
    }
    if (mode === 'script' && /^<\/script>/i.test(rest)) {
      advance(9);
      mode = 'content';
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line;
      const startCol = col;
      let value = '';
      advance(1);
      for (;;) {
        if (pos >= source.length) throw new AmpscriptError('unclosed string literal', startLine, startCol);
        if (source[pos] === c) {
          if (source[pos + 1] === c) {
            value += c;
            advance(2);
            continue;
          }
          advance(1);
          break;
        }
        value += source[pos];
        advance(1);
      }
      push('string', value, value, startLine, startCol);
      continue;
    }
    if (c === '[') {
      const end = source.indexOf(']', pos + 1);
      if (end <= pos + 1) fail('bad [attribute name]');
      push('bracketName', source.slice(pos + 1, end), source.slice(pos, end + 1));
      advance(end + 1 - pos);
      continue;
    }
    const num = /^-?(\d+\.\d*|\.\d+|\d+)/.exec(rest);
    if (num) {
      push(num[1]!.includes('.') ? 'real' : 'int', num[0], num[0]);
      advance(num[0].length);
      continue;
    }
    if (c === '@') {
      const name = /^@([a-z_][a-z_0-9]*)/i.exec(rest);
      if (!name) fail('bad variable name');
      push('var', name![1]!, name![0]);
      advance(name![0].length);
      continue;
    }
    const word = /^[a-z_][a-z_0-9]*/i.exec(rest);
    if (word) {
      const lower = word[0].toLowerCase();
      push(KEYWORDS.has(lower) ? 'keyword' : 'name', KEYWORDS.has(lower) ? lower : word[0], word[0]);
      advance(word[0].length);
      continue;
    }
    const op = /^(==|!=|>=|<=|>|<|=|,|\(|\))/.exec(rest);
    if (op) {
      push('op', op[0], op[0]);
      advance(op[0].length);
      continue;
    }
    fail(`unexpected character ${JSON.stringify(c)}`);
  }
  if (mode === 'block') fail('%%[ block is not closed with ]%%');
  if (mode === 'inline') fail('%%= expression is not closed with =%%');
  if (mode === 'script') fail('<script> block is not closed');
  flushText();
  push('eof', '', '');
  return tokens;
}
