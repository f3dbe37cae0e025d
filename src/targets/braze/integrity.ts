// The integrity check of emitted Braze Liquid: every block closes in order, no render
// placeholder is left, and no live delimiter hides in text (an unterminated `{{` / `{%`,
// or Braze's `${` anywhere but in a prelude assign).
import { containsPlaceholder } from '../../render/placeholder.js';
import { tokenizeLiquid, type TokenizedLiquid } from './liquid-tokens.js';

/** Block tag -> the tags allowed directly inside it before its end tag. */
const BLOCKS: Record<string, { end: string; middle: string[] }> = {
  if: { end: 'endif', middle: ['elsif', 'else'] },
  unless: { end: 'endunless', middle: ['else'] },
  for: { end: 'endfor', middle: ['else'] },
  capture: { end: 'endcapture', middle: [] },
  raw: { end: 'endraw', middle: [] },
  comment: { end: 'endcomment', middle: [] },
};
const END_TAGS = new Map(Object.entries(BLOCKS).map(([open, b]) => [b.end, open]));

/** Problems in one emitted part (empty = sound). `tokenized`: the source's tokens when the caller has them already. */
export function liquidIntegrity(source: string, tokenized: TokenizedLiquid = tokenizeLiquid(source)): string[] {
  const { tokens } = tokenized;
  const problems = [...tokenized.problems];
  const stack: { name: string; seenElse: boolean; start: number }[] = [];
  for (const token of tokens) {
    if (token.kind === 'text' || token.kind === 'raw') {
      if (token.text.includes('${')) problems.push(`Braze accessor syntax \`\${\` left in text at offset ${token.start}`);
      if (token.kind === 'text' && /\{\{|\{%/.test(token.text)) problems.push(`unterminated Liquid delimiter in text at offset ${token.start}`);
      continue;
    }
    if (token.kind === 'output') continue;
    const top = stack[stack.length - 1];
    if (top?.name === 'comment' && token.name !== 'endcomment') continue;
    if (BLOCKS[token.name]) {
      stack.push({ name: token.name, seenElse: false, start: token.start });
    } else if (END_TAGS.has(token.name)) {
      const open = END_TAGS.get(token.name)!;
      if (top?.name !== open) problems.push(`\`${token.source}\` at offset ${token.start} closes ${top ? `\`${top.name}\`` : 'nothing'}`);
      else stack.pop();
    } else if (token.name === 'elsif' || token.name === 'else') {
      if (!top || !BLOCKS[top.name]!.middle.includes(token.name)) problems.push(`\`${token.source}\` at offset ${token.start} outside a block that allows it`);
      else if (top.seenElse) problems.push(`\`${token.source}\` at offset ${token.start} after \`else\``);
      else if (token.name === 'else') top.seenElse = true;
    }
  }
  for (const open of stack) problems.push(`\`${open.name}\` opened at offset ${open.start} is never closed`);
  if (containsPlaceholder(source)) problems.push('a render placeholder is left in the output');
  return problems;
}
