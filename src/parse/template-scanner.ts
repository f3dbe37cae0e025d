// Splits template source into pieces: text, `{{ }}`, `{% %}`, `{# #}`, raw blocks and
// component tags (`<x-name ...>`, `</x-name>`). Offsets only; meaning comes later.
//
// `{{`, `{%` and `{#` are found everywhere (also inside HTML attribute values, as in
// nunjucks). A closing `}}` or `%}` inside a string literal does not close the tag.
// A `-` just inside a delimiter (`{%-`, `-%}`) strips the whitespace on that side.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { SpanMapper } from './offsets.js';

interface Delimited {
  start: number;
  end: number;
  /** The text between the delimiters (and trim markers). */
  innerStart: number;
  innerEnd: number;
  trimBefore: boolean;
  trimAfter: boolean;
}

export interface RawAttribute {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Absent for a bare attribute. Offsets of the value without its quotes. */
  valueStart?: number;
  valueEnd?: number;
  start: number;
  end: number;
}

export interface RawComponentTag {
  name: string;
  nameStart: number;
  nameEnd: number;
  attributes: RawAttribute[];
  selfClosing: boolean;
  start: number;
  end: number;
}

export type Piece =
  | { kind: 'text'; start: number; end: number }
  | ({ kind: 'output' } & Delimited)
  | ({ kind: 'statement' } & Delimited)
  | ({ kind: 'comment' } & Delimited)
  /** `{% raw %}...{% endraw %}`: text[textStart, textEnd) is kept verbatim. */
  | ({ kind: 'raw'; textStart: number; textEnd: number } & Delimited)
  | { kind: 'component-open'; tag: RawComponentTag }
  | { kind: 'component-close'; name: string; nameStart: number; nameEnd: number; start: number; end: number };

const CLOSERS: Record<string, string> = { '{': '}}', '%': '%}', '#': '#}' };

/** Index of the closing delimiter of a tag opened at `from`, skipping string literals; -1 if none. */
export function findTagClose(text: string, from: number, end: number, closer: string): number {
  let i = from;
  while (i < end) {
    const c = text[i]!;
    if (closer !== '#}' && (c === '"' || c === "'")) {
      let j = i + 1;
      while (j < end && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= end) {
        // An unterminated string: close at the next delimiter; the expression parser reports it.
        const k = text.indexOf(closer, i);
        return k >= 0 && k < end ? k : -1;
      }
      i = j + 1;
      continue;
    }
    if (text.startsWith(closer, i)) return i;
    i++;
  }
  return -1;
}

const RAW_END = /\{%-?\s*end(raw|verbatim)\s*-?%\}/g;
// Sticky patterns, matched at a set lastIndex.
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED_VALUE = /[^\s"'<>`=]+/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9_-]*/y;
const CLOSE_GT = /\s*>/y;

export function scanTemplate(
  text: string,
  start: number,
  end: number,
  mapper: SpanMapper,
  withComponents: boolean,
  diagnostics: Diagnostic[],
): Piece[] {
  const pieces: Piece[] = [];
  const interesting = withComponents ? /\{[{%#]|<\/?x-[A-Za-z]/g : /\{[{%#]/g;
  let textStart = start;
  let i = start;
  const flush = (upTo: number) => {
    if (upTo > textStart) pieces.push({ kind: 'text', start: textStart, end: upTo });
  };
  while (i < end) {
    interesting.lastIndex = i;
    const m = interesting.exec(text);
    if (!m || m.index >= end) break;
    const at = m.index;
    if (text[at] === '{') {
      const closer = CLOSERS[text[at + 1]!]!;
      const trimBefore = text[at + 2] === '-';
      const innerStart = at + (trimBefore ? 3 : 2);
      const close = findTagClose(text, innerStart, end, closer);
      if (close < 0) {
        diagnostics.push(diag('template-tag-unclosed', mapper.span(at, at + 2), { open: text.slice(at, at + 2), close: closer }));
        i = at + 2;
        continue;
      }
      const trimAfter = close > innerStart && text[close - 1] === '-';
      const piece: Delimited = {
        start: at,
        end: close + 2,
        innerStart,
        innerEnd: trimAfter ? close - 1 : close,
        trimBefore,
        trimAfter,
      };
      flush(at);
      const kind = closer === '}}' ? 'output' : closer === '#}' ? 'comment' : 'statement';
      if (kind === 'statement' && /^\s*(raw|verbatim)\s*$/.test(text.slice(piece.innerStart, piece.innerEnd))) {
        RAW_END.lastIndex = piece.end;
        const endTag = RAW_END.exec(text);
        if (!endTag || endTag.index + endTag[0].length > end) {
          diagnostics.push(diag('template-block-unclosed', mapper.span(at, piece.end), { tag: 'raw', end: 'endraw' }));
          pieces.push({ kind: 'raw', ...piece, textStart: piece.end, textEnd: end });
          i = textStart = end;
          continue;
        }
        const rawEnd = endTag.index + endTag[0].length;
        pieces.push({ kind: 'raw', ...piece, end: rawEnd, textStart: piece.end, textEnd: endTag.index });
        i = textStart = rawEnd;
        continue;
      }
      pieces.push({ kind, ...piece });
      i = textStart = piece.end;
      continue;
    }
    // A component tag.
    if (text[at + 1] === '/') {
      TAG_NAME.lastIndex = at + 4;
      const name = TAG_NAME.exec(text)!;
      const nameEnd = at + 4 + name[0].length;
      CLOSE_GT.lastIndex = nameEnd;
      const closeMatch = CLOSE_GT.exec(text);
      if (!closeMatch || CLOSE_GT.lastIndex > end) {
        diagnostics.push(diag('component-tag-unclosed', mapper.span(at, nameEnd), { name: name[0] }));
        i = nameEnd;
        continue;
      }
      flush(at);
      const closeEnd = nameEnd + closeMatch[0].length;
      pieces.push({ kind: 'component-close', name: name[0], nameStart: at + 4, nameEnd, start: at, end: closeEnd });
      i = textStart = closeEnd;
      continue;
    }
    const tag = scanComponentTag(text, at, end, mapper, diagnostics);
    if (!tag) {
      i = at + 2;
      continue;
    }
    flush(at);
    pieces.push({ kind: 'component-open', tag });
    i = textStart = tag.end;
  }
  flush(end);
  return pieces;
}

/** Reads `<x-name attr="value" ...>` or `.../>` starting at `at`; null (reported) if it never ends. */
function scanComponentTag(text: string, at: number, end: number, mapper: SpanMapper, diagnostics: Diagnostic[]): RawComponentTag | null {
  TAG_NAME.lastIndex = at + 3;
  const nameMatch = TAG_NAME.exec(text)!;
  const nameStart = at + 3;
  const nameEnd = nameStart + nameMatch[0].length;
  const attributes: RawAttribute[] = [];
  let i = nameEnd;
  const unclosed = () => {
    diagnostics.push(diag('component-tag-unclosed', mapper.span(at, nameEnd), { name: nameMatch[0] }));
    return null;
  };
  for (;;) {
    while (i < end && /\s/.test(text[i]!)) i++;
    if (i >= end) return unclosed();
    if (text.startsWith('/>', i)) {
      return { name: nameMatch[0], nameStart, nameEnd, attributes, selfClosing: true, start: at, end: i + 2 };
    }
    if (text[i] === '>') return { name: nameMatch[0], nameStart, nameEnd, attributes, selfClosing: false, start: at, end: i + 1 };
    if (text[i] === '<') return unclosed();
    ATTR_NAME.lastIndex = i;
    const attrName = ATTR_NAME.exec(text);
    if (!attrName || ATTR_NAME.lastIndex > end) {
      diagnostics.push(diag('component-attribute-syntax', mapper.span(i, i + 1), { detail: `unexpected \`${text[i]}\`` }));
      i++;
      continue;
    }
    const attr: RawAttribute = { name: attrName[0], nameStart: i, nameEnd: i + attrName[0].length, start: i, end: i + attrName[0].length };
    i = attr.nameEnd;
    let j = i;
    while (j < end && /\s/.test(text[j]!)) j++;
    if (text[j] === '=') {
      j++;
      while (j < end && /\s/.test(text[j]!)) j++;
      const q = text[j];
      if (q === '"' || q === "'") {
        const close = findQuote(text, j + 1, end, q);
        if (close < 0) {
          diagnostics.push(diag('component-attribute-syntax', mapper.span(j, j + 1), { detail: `the value of \`${attr.name}\` is never closed` }));
          return null;
        }
        attr.valueStart = j + 1;
        attr.valueEnd = close;
        attr.end = i = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = j;
        const v = UNQUOTED_VALUE.exec(text);
        if (!v) {
          diagnostics.push(diag('component-attribute-syntax', mapper.span(j, j + 1), { detail: `\`${attr.name}=\` has no value` }));
          i = j;
        } else {
          let valueEnd = j + v[0].length;
          if (text[valueEnd - 1] === '/' && text[valueEnd] === '>') valueEnd--;
          attr.valueStart = j;
          attr.valueEnd = valueEnd;
          attr.end = i = valueEnd;
        }
      }
    }
    attributes.push(attr);
  }
}

/** The closing quote of an attribute value, skipping over template tags inside it. */
function findQuote(text: string, from: number, end: number, quote: string): number {
  let i = from;
  while (i < end) {
    if (text[i] === quote) return i;
    if (text[i] === '{' && (text[i + 1] === '{' || text[i + 1] === '%' || text[i + 1] === '#')) {
      const close = findTagClose(text, i + 2, end, CLOSERS[text[i + 1]!]!);
      if (close >= 0) {
        i = close + 2;
        continue;
      }
    }
    i++;
  }
  return -1;
}
