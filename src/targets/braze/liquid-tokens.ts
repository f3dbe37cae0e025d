// A tokenizer for emitted Liquid, shaped like Ruby Liquid's: a tag runs from `{%` to the
// first `%}`, an output from `{{` to the first `}}` (or `}`), and everything between a
// `raw` tag and its `endraw` is text. Used by the lint and the integrity check.

export type LiquidToken =
  | { kind: 'text'; text: string; start: number }
  /** `{% name markup %}` */
  | { kind: 'tag'; name: string; markup: string; source: string; start: number }
  /** `{{ markup }}` */
  | { kind: 'output'; markup: string; source: string; start: number }
  /** The body of a raw block (without its tags). */
  | { kind: 'raw'; text: string; start: number };

const NEXT = /\{%([\s\S]*?)%\}|\{\{([\s\S]*?)\}\}?/g;
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/g;

export interface TokenizedLiquid {
  tokens: LiquidToken[];
  problems: string[];
}

export function tokenizeLiquid(source: string): TokenizedLiquid {
  const tokens: LiquidToken[] = [];
  const problems: string[] = [];
  let pos = 0;
  while (pos < source.length) {
    NEXT.lastIndex = pos;
    const m = NEXT.exec(source);
    if (!m) {
      tokens.push({ kind: 'text', text: source.slice(pos), start: pos });
      break;
    }
    if (m.index > pos) tokens.push({ kind: 'text', text: source.slice(pos, m.index), start: pos });
    pos = m.index + m[0].length;
    if (m[1] !== undefined) {
      const inner = m[1].replace(/^-/, '').replace(/-$/, '').trim();
      const name = /^[A-Za-z_#]\w*/.exec(inner)?.[0] ?? '';
      tokens.push({ kind: 'tag', name, markup: inner.slice(name.length).trim(), source: m[0], start: m.index });
      if (name === 'raw') {
        ENDRAW.lastIndex = pos;
        const end = ENDRAW.exec(source);
        if (!end) {
          problems.push(`raw block opened at offset ${m.index} is never closed`);
          tokens.push({ kind: 'raw', text: source.slice(pos), start: pos });
          break;
        }
        tokens.push({ kind: 'raw', text: source.slice(pos, end.index), start: pos });
        tokens.push({ kind: 'tag', name: 'endraw', markup: '', source: end[0], start: end.index });
        pos = end.index + end[0].length;
      }
    } else {
      if (!m[0].endsWith('}}')) problems.push(`output at offset ${m.index} is not closed with }}`);
      tokens.push({ kind: 'output', markup: (m[2] ?? '').trim(), source: m[0], start: m.index });
    }
  }
  return { tokens, problems };
}
