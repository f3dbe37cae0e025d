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

// Sticky patterns, matched in place (no slicing per token). A token never reaches more
// than WINDOW characters past its start: a longer match is cut to what the window holds.
const WINDOW = 200;
const ATTR_AT_SEA = /%%([a-z_][a-z_0-9 ]*)%%/iy;
const NUMBER = /-?(\d+\.\d*|\.\d+|\d+)/y;
const VARIABLE = /@([a-z_][a-z_0-9]*)/iy;
const WORD = /[a-z_][a-z_0-9]*/iy;
const SCRIPT_END = /<\/script>/iy;
/** In content, only these can start something: everything before the next one is text. */
const CONTENT_SPECIAL = /%%|\{\{|<script/gi;

function matchAt(pattern: RegExp, source: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  const m = pattern.exec(source);
  if (!m || m[0].length <= WINDOW) return m;
  const unsticky = new RegExp(`^(?:${pattern.source})`, pattern.flags.replace('y', ''));
  return unsticky.exec(source.slice(pos, pos + WINDOW));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isWordStart = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isWordPart = (code: number): boolean => isWordStart(code) || isDigit(code);

/** End of the name starting at `pos` (`[a-z_][a-z_0-9]*`, case-insensitive), or -1. */
function wordEnd(source: string, pos: number): number {
  if (!isWordStart(source.charCodeAt(pos))) return -1;
  let end = pos + 1;
  while (isWordPart(source.charCodeAt(end))) end++;
  return end;
}

/** End of the number starting at `pos` (`-?(\d+\.\d*|\.\d+|\d+)`), or -1. */
function numberEnd(source: string, pos: number): number {
  let i = source.charCodeAt(pos) === 45 ? pos + 1 : pos;
  if (isDigit(source.charCodeAt(i))) {
    while (isDigit(source.charCodeAt(i))) i++;
    if (source.charCodeAt(i) === 46) {
      i++;
      while (isDigit(source.charCodeAt(i))) i++;
    }
    return i;
  }
  if (source.charCodeAt(i) === 46 && isDigit(source.charCodeAt(i + 1))) {
    i++;
    while (isDigit(source.charCodeAt(i))) i++;
    return i;
  }
  return -1;
}

/** Length of the operator at `pos` (== != >= <= > < = , ( )), or 0. */
function operatorLength(source: string, pos: number): number {
  const code = source.charCodeAt(pos);
  const next = source.charCodeAt(pos + 1);
  // == != >= <=
  if ((code === 61 || code === 33 || code === 62 || code === 60) && next === 61) return 2;
  // > < = , ( )
  return code === 62 || code === 60 || code === 61 || code === 44 || code === 40 || code === 41 ? 1 : 0;
}

/** JavaScript's `\s`, with the ASCII cases decided without a regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let mode: Mode = 'content';
  // The text being read is source[textStart, pos): one slice when it ends, not a
  // concatenation of the pieces it was read in.
  let textStart = -1;
  let textLine = 1;
  let textCol = 1;

  // Line and column of `pos`, from the offsets where lines start (found once). Positions
  // asked for only grow, so the current line only moves forward.
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let lineIndex = 0;
  const line = (): number => {
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= pos) lineIndex++;
    return lineIndex + 1;
  };
  const col = (): number => pos - lineStarts[line() - 1]! + 1;
  const advance = (n: number) => {
    pos += n;
  };
  const push = (kind: TokenKind, value: string, raw: string, l = line(), c = col()) => tokens.push({ kind, value, raw, line: l, column: c });
  const flushText = () => {
    if (textStart >= 0 && textStart < pos) {
      const text = source.slice(textStart, pos);
      push('text', text, text, textLine, textCol);
    }
    textStart = -1;
  };
  const fail = (message: string): never => {
    throw new AmpscriptError(message, line(), col());
  };

  while (pos < source.length) {
    if (mode === 'content') {
      if (textStart < 0) {
        textStart = pos;
        textLine = line();
        textCol = col();
      }
      // Most content is plain HTML: jump to the next place that may start something.
      CONTENT_SPECIAL.lastIndex = pos;
      const special = CONTENT_SPECIAL.exec(source);
      const end = special ? special.index : source.length;
      if (end > pos) {
        advance(end - pos);
        continue;
      }
      if (source.startsWith('%%[', pos)) {
        flushText();
        advance(3);
        mode = 'block';
        continue;
      }
      if (source.startsWith('%%=', pos)) {
        flushText();
        push('inlineStart', '%%=', '%%=');
        advance(3);
        mode = 'inline';
        continue;
      }
      const attr = matchAt(ATTR_AT_SEA, source, pos);
      if (attr) {
        flushText();
        push('attrAtSea', attr[1]!, attr[0]);
        advance(attr[0].length);
        continue;
      }
      if (source.startsWith('{{', pos)) {
        throw new UnsupportedConstruct('Guide Template Language ({{ ... }}) is not supported', line(), col());
      }
      const script = /^<script\b[^>]*>/i.exec(source.slice(pos, pos + 500));
      if (script && /runat\s*=\s*["']?server/i.test(script[0])) {
        const language = /language\s*=\s*["']?(\w+)/i.exec(script[0])?.[1]?.toLowerCase() ?? 'javascript';
        if (language !== 'ampscript') throw new UnsupportedConstruct('server-side JavaScript is not supported', line(), col());
        flushText();
        advance(script[0].length);
        mode = 'script';
        continue;
      }
      // Not a construct after all: its first character is text.
      advance(1);
      continue;
    }

    // Code: a block, an inline expression or an AMPscript script tag.
    const code = source.charCodeAt(pos);
    if (isSpace(code)) {
      let end = pos + 1;
      while (end < source.length && isSpace(source.charCodeAt(end))) end++;
      advance(end - pos);
      continue;
    }
    const c = source[pos]!;
    if (source.startsWith('/*', pos)) {
      const end = source.indexOf('*/', pos + 2);
      if (end < 0) fail('unclosed comment');
      advance(end + 2 - pos);
      continue;
    }
    if (mode === 'block' && source.startsWith(']%%', pos)) {
      advance(3);
      mode = 'content';
      continue;
    }
    if (mode === 'inline' && source.startsWith('=%%', pos)) {
      push('inlineEnd', '=%%', '=%%');
      advance(3);
      mode = 'content';
      continue;
    }
    if (mode === 'script' && matchAt(SCRIPT_END, source, pos)) {
      advance(9);
      mode = 'content';
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line();
      const startCol = col();
      let value = '';
      advance(1);
      for (;;) {
        const close = source.indexOf(c, pos);
        if (close < 0) throw new AmpscriptError('unclosed string literal', startLine, startCol);
        value += source.slice(pos, close);
        advance(close - pos);
        if (source[pos + 1] === c) {
          // A doubled quote is one quote character.
          value += c;
          advance(2);
          continue;
        }
        advance(1);
        break;
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
    // Names, numbers and operators are scanned by hand; the patterns decide the rare
    // token longer than the window.
    const numEnd = numberEnd(source, pos);
    if (numEnd >= 0) {
      const raw = numEnd - pos <= WINDOW ? source.slice(pos, numEnd) : matchAt(NUMBER, source, pos)![0];
      push(raw.includes('.') ? 'real' : 'int', raw, raw);
      advance(raw.length);
      continue;
    }
    if (c === '@') {
      const end = wordEnd(source, pos + 1);
      if (end < 0) fail('bad variable name');
      const raw = end - pos <= WINDOW ? source.slice(pos, end) : matchAt(VARIABLE, source, pos)![0];
      push('var', raw.slice(1), raw);
      advance(raw.length);
      continue;
    }
    const end = wordEnd(source, pos);
    if (end >= 0) {
      const raw = end - pos <= WINDOW ? source.slice(pos, end) : matchAt(WORD, source, pos)![0];
      const lower = raw.toLowerCase();
      push(KEYWORDS.has(lower) ? 'keyword' : 'name', KEYWORDS.has(lower) ? lower : raw, raw);
      advance(raw.length);
      continue;
    }
    const opLength = operatorLength(source, pos);
    if (opLength > 0) {
      const raw = source.slice(pos, pos + opLength);
      push('op', raw, raw);
      advance(opLength);
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
