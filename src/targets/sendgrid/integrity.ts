// The integrity check run on every emitted template: each part, read the way the
// handlebars.js lexer reads it (content, `\{{` escapes, comments, tags), holds only the tags
// Tailor emits, every block is closed in order with at most one `{{else}}`, no tag is
// followed by a "}" (which the lexer would join to its close), and no render placeholder is
// left. A static "{{" that was not protected shows up as an unknown tag.
//
// It is a linear scan rather than a handlebars.js parse (which takes milliseconds on large
// templates); the tests hold it to the AST-based lint (./lint-handlebars.ts).
import { PART_NAMES } from '../../ir/nodes.js';
import { containsPlaceholder } from '../../render/placeholder.js';
import type { EmittedParts } from '../target.js';

const KEY = '[A-Za-z_][A-Za-z0-9_-]*';
const ROOT = `@root\\.${KEY}(?:\\.${KEY})*`;
const PATH = `(?:${ROOT}|this\\.${KEY})`;
const NUMBER = '-?[0-9]+(?:\\.[0-9]+)?';
const LITERAL = `(?:"[^"\\\\]*"|'[^'\\\\]*'|${NUMBER}|true|false)`;
const FORMAT = `formatDate ${PATH} "[^"\\\\]*"`;

/** Block openings Tailor emits, by helper. */
const OPENINGS: [string, RegExp][] = [
  ['if', new RegExp(`^#if ${PATH}$`)],
  ['unless', new RegExp(`^#unless ${PATH}$`)],
  ['each', new RegExp(`^#each ${ROOT}$`)],
  ['equals', new RegExp(`^#equals ${PATH} ${LITERAL}$`)],
  ['notEquals', new RegExp(`^#notEquals ${PATH} ${LITERAL}$`)],
  ['greaterThan', new RegExp(`^#greaterThan ${PATH} ${NUMBER}$`)],
  ['lessThan', new RegExp(`^#lessThan (?:${PATH}|@index) ${NUMBER}$`)],
  ['and', new RegExp(`^#and ${PATH} ${PATH}$`)],
  ['or', new RegExp(`^#or ${PATH} ${PATH}$`)],
];
const VALUE = new RegExp(`^(?:${PATH}|${FORMAT})$`);

interface Frame {
  helper: string;
  seenElse: boolean;
}

/** Problems of one part's code (empty = sound). */
export function scanHandlebars(code: string): string[] {
  const problems: string[] = [];
  const stack: Frame[] = [];
  let i = 0;
  const backslashAt = (at: number): boolean => at >= i && code.charCodeAt(at) === 92;
  while (i < code.length) {
    const open = code.indexOf('{{', i);
    if (open < 0) break;
    // The text before the tag (from i) ends in one backslash, not two.
    if (backslashAt(open - 1) && !backslashAt(open - 2)) {
      // `\{{`: literal text up to the next "{{", "\{{" or "\\{{" (the lexer's "emu" state).
      i = nextTagOrEscape(code, open + 2);
      continue;
    }
    const tag = readTag(code, open);
    if ('problem' in tag) {
      problems.push(`${tag.problem} at offset ${open}`);
      return problems;
    }
    if (code[tag.end] === '}' && !tag.body.startsWith('!')) problems.push(`a "}" right after the tag ${code.slice(open, tag.end)} at offset ${open}`);
    const problem = checkTag(tag.body, tag.triple, stack);
    if (problem) problems.push(`${problem}: ${code.slice(open, tag.end)} at offset ${open}`);
    i = tag.end;
  }
  for (const frame of stack.reverse()) problems.push(`{{#${frame.helper}}} is never closed`);
  return problems;
}

function nextTagOrEscape(code: string, from: number): number {
  const found = ['{{', '\\{{', '\\\\{{'].map((s) => code.indexOf(s, from)).filter((n) => n >= 0);
  return found.length ? Math.min(...found) : code.length;
}

type Tag = { body: string; triple: boolean; end: number } | { problem: string };

/** The tag opening at `open`, read like the handlebars.js lexer (strings may hold "}}"). */
function readTag(code: string, open: number): Tag {
  if (code.startsWith('{{!--', open)) {
    const close = code.indexOf('--}}', open + 5);
    return close < 0 ? { problem: 'an unclosed comment' } : { body: '!', triple: false, end: close + 4 };
  }
  if (code.startsWith('{{!', open)) {
    const close = code.indexOf('}}', open + 3);
    return close < 0 ? { problem: 'an unclosed comment' } : { body: code.slice(open + 2, close), triple: false, end: close + 2 };
  }
  if (code.startsWith('{{{{', open)) return { problem: 'a raw block' };
  const triple = code.startsWith('{{{', open);
  let j = open + (triple ? 3 : 2);
  while (j < code.length) {
    const c = code[j]!;
    if (c === '"' || c === "'") {
      j++;
      while (j < code.length && !(code[j] === c && code[j - 1] !== '\\')) j++;
      j++;
      continue;
    }
    if (code.startsWith(triple ? '}}}' : '}}', j)) return { body: code.slice(open + (triple ? 3 : 2), j), triple, end: j + (triple ? 3 : 2) };
    j++;
  }
  return { problem: 'an unclosed tag' };
}

function checkTag(body: string, triple: boolean, stack: Frame[]): string | null {
  if (triple) return VALUE.test(body) ? null : 'a tag Tailor does not emit';
  if (body === '!') return null;
  if (body.startsWith('!')) return 'a comment with text';
  if (body === 'else') {
    const top = stack[stack.length - 1];
    if (!top) return '{{else}} outside a block';
    if (top.seenElse) return 'a second {{else}} in one block';
    top.seenElse = true;
    return null;
  }
  if (body.startsWith('/')) {
    const top = stack.pop();
    if (!top) return 'a block closed that was never opened';
    return top.helper === body.slice(1) ? null : `{{#${top.helper}}} closed by {{${body}}}`;
  }
  if (body.startsWith('#')) {
    const helper = OPENINGS.find(([, pattern]) => pattern.test(body))?.[0];
    if (!helper) return 'a block Tailor does not emit';
    stack.push({ helper, seenElse: false });
    return null;
  }
  return VALUE.test(body) ? null : 'a tag Tailor does not emit';
}

export function checkIntegrity(emitted: EmittedParts): string[] {
  const problems: string[] = [];
  for (const part of PART_NAMES) {
    const code = emitted[part];
    if (containsPlaceholder(code)) problems.push(`${part}: a render placeholder was not replaced`);
    for (const p of scanHandlebars(code)) problems.push(`${part}: ${p}`);
  }
  return problems;
}
