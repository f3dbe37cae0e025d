// A lint over emitted Braze Liquid: it fails on everything outside the conservative
// subset that Ruby Liquid (what Braze runs) and liquidjs (the oracle) read the same way.
// It looks only at tag and output markup; static text and raw blocks are content.
import { ACCESSOR_ASSIGN_MARKUP } from './accessor.js';
import { tokenizeLiquid, type LiquidToken } from './liquid-tokens.js';

export interface LiquidLintProblem {
  rule: LiquidLintRule;
  message: string;
  /** Offset of the offending tag in the emitted source. */
  offset: number;
}

export const LIQUID_LINT_RULES = {
  'no-not': '`not` is a syntax error in Ruby Liquid (liquidjs accepts it)',
  'no-parentheses': 'parentheses in a tag: Ruby Liquid ignores the grouping (lax) or rejects it (strict), liquidjs rejects it',
  'no-diamond': '`<>` is Ruby-only',
  'no-backslash': 'backslashes are not escapes in Ruby Liquid literals (liquidjs reads them as escapes)',
  'no-typographic-quotes': 'typographic quotes do not delimit strings and break Braze Liquid',
  'no-blank-empty': '`blank` / `empty` depend on the Liquid version and ActiveSupport',
  'no-mixed-and-or': '`and` and `or` in one tag are read right to left without precedence',
  'filter-allowlist': 'a filter outside the set known to behave alike in Ruby Liquid, liquidjs and Braze',
  'tag-allowlist': 'a tag outside the emitted subset',
  'accessor-placement': 'a Braze accessor (`${...}`) anywhere but alone in a prelude assign',
} as const;

export type LiquidLintRule = keyof typeof LIQUID_LINT_RULES;

/**
 * Filters the emitter may use: in Ruby Liquid 5, in liquidjs, and in Braze's documented
 * filter list, each checked to give the same result in both engines for the values it
 * is applied to.
 */
export const FILTER_ALLOWLIST: Record<string, string> = {
  escape: 'HTML escaping (`&quot;` in Ruby, `&#34;` in liquidjs: the same after entity decoding)',
  upcase: 'upper-case (Unicode case mapping)',
  downcase: 'lower-case (Unicode case mapping)',
  strip: 'trim whitespace at both ends',
  truncate: 'n-3 characters plus "..." (code points)',
  date: 'strftime subset, see date-format.ts',
  plus: '`| plus: 0` turns numbers held as text into numbers',
  size: 'the length of a list',
  slice: 'a substring by code points',
  prepend: 'string concatenation',
};

export const TAG_ALLOWLIST = new Set([
  'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'for', 'endfor',
  'assign', 'capture', 'endcapture', 'raw', 'endraw', 'comment', 'endcomment',
]);

/** The markup with string literals blanked out (Ruby grammar: no escapes). */
function withoutStrings(markup: string): string {
  return markup.replace(/"[^"]*"|'[^']*'/g, (s) => s[0]! + ' '.repeat(s.length - 2) + s[0]!);
}

/** `tokens`: the source's tokens when the caller has them already. */
export function lintLiquid(source: string, tokens: readonly LiquidToken[] = tokenizeLiquid(source).tokens): LiquidLintProblem[] {
  const problems: LiquidLintProblem[] = [];
  const add = (rule: LiquidLintRule, token: LiquidToken, detail: string) =>
    problems.push({ rule, message: `${LIQUID_LINT_RULES[rule]}: ${detail}`, offset: token.start });
  for (const token of tokens) {
    if (token.kind !== 'tag' && token.kind !== 'output') continue;
    const markup = token.markup;
    const bare = withoutStrings(markup);
    if (/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]/.test(markup)) add('no-typographic-quotes', token, token.source);
    if (markup.includes('\\')) add('no-backslash', token, token.source);
    if (token.kind === 'tag' && !TAG_ALLOWLIST.has(token.name)) add('tag-allowlist', token, token.name || token.source);
    if (token.kind === 'tag' && token.name === 'assign' && ACCESSOR_ASSIGN_MARKUP.test(markup)) continue;
    if (bare.includes('${')) add('accessor-placement', token, token.source);
    if (/\bnot\b/.test(bare)) add('no-not', token, token.source);
    if (/[()]/.test(bare)) add('no-parentheses', token, token.source);
    if (bare.includes('<>')) add('no-diamond', token, token.source);
    if (/\b(blank|empty)\b/.test(bare)) add('no-blank-empty', token, token.source);
    if (/\band\b/.test(bare) && /\bor\b/.test(bare)) add('no-mixed-and-or', token, token.source);
    const filtered = token.kind === 'output' || token.name === 'assign';
    const pipes = bare.split('|').slice(1);
    if (pipes.length > 0 && !filtered) add('filter-allowlist', token, `filters in a \`${token.name}\` tag`);
    for (const segment of pipes) {
      const name = /^\s*([A-Za-z_]\w*)/.exec(segment)?.[1] ?? segment.trim();
      if (!Object.hasOwn(FILTER_ALLOWLIST, name)) add('filter-allowlist', token, name);
    }
  }
  return problems;
}
