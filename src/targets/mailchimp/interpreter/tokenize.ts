// Splitting merge-tag code into text and tags, left to right: a tag opens at the first
// `*|` and closes at the next `|*`. Text may not contain `|*` (a stray closer): Tailor
// never emits one, and how Mailchimp would pair it is unknown.
import { syntaxError } from './errors.js';

export type Token =
  | { kind: 'text'; text: string; start: number }
  /** `content` is what lies between `*|` and `|*`. */
  | { kind: 'tag'; content: string; start: number; end: number };

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('*|', pos);
    const textEnd = open === -1 ? source.length : open;
    if (textEnd > pos) {
      const text = source.slice(pos, textEnd);
      const stray = text.indexOf('|*');
      if (stray !== -1) throw syntaxError(source, pos + stray, 'stray "|*" outside a merge tag');
      tokens.push({ kind: 'text', text, start: pos });
    }
    if (open === -1) break;
    const close = source.indexOf('|*', open + 2);
    if (close === -1) throw syntaxError(source, open, 'merge tag "*|" is never closed with "|*"');
    tokens.push({ kind: 'tag', content: source.slice(open + 2, close), start: open, end: close + 2 });
    pos = close + 2;
  }
  return tokens;
}
