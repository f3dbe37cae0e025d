// The merge-tag grammar Tailor emits, parsed strictly:
//
//   *|TAG|*                          a field's value
//   *|IF:TAG|*  *|IF:TAG=v|*  *|IF:TAG!=v|*   open a block (ELSEIF: takes the same tests)
//   *|IFNOT:TAG|*                    open a block shown when TAG is empty (ELSE: only)
//   *|ELSE:|*   *|END:IF|*
//
// Anything else, an unbalanced block, or an empty branch (reported to make Mailchimp
// refuse the content) is a MergeTagSyntaxError with its position.
import { comparisonValueProblem, tagProblem } from '../tags.js';
import { syntaxError } from './errors.js';
import { tokenize, type Token } from './tokenize.js';

export type MergeTest =
  | { kind: 'present' | 'absent'; tag: string }
  | { kind: 'equals' | 'notEquals'; tag: string; value: string };

export type MergeNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; tag: string }
  | { kind: 'if'; clauses: { test: MergeTest; body: MergeNode[] }[]; otherwise: MergeNode[] | null };

interface Frame {
  node: MergeNode & { kind: 'if' };
  negated: boolean;
  /** Where the block's current branch started, for the empty-branch check. */
  branchStart: number;
  inElse: boolean;
  start: number;
}

export function parseMergeTags(source: string): MergeNode[] {
  const root: MergeNode[] = [];
  const stack: Frame[] = [];
  const current = (): MergeNode[] => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    return top.inElse ? top.node.otherwise! : top.node.clauses[top.node.clauses.length - 1]!.body;
  };
  const closeBranch = (top: Frame, at: Token) => {
    if (current().length === 0) throw syntaxError(source, at.start, 'empty branch (Mailchimp is reported to refuse it)');
  };
  for (const token of tokenize(source)) {
    if (token.kind === 'text') {
      current().push({ kind: 'text', text: token.text });
      continue;
    }
    const c = token.content;
    if (c.startsWith('IF:') || c.startsWith('IFNOT:')) {
      const negated = c.startsWith('IFNOT:');
      const test = negated ? absentTest(source, token, c.slice(6)) : parseTest(source, token, c.slice(3));
      const node: MergeNode & { kind: 'if' } = { kind: 'if', clauses: [{ test, body: [] }], otherwise: null };
      current().push(node);
      stack.push({ node, negated, branchStart: token.end, inElse: false, start: token.start });
    } else if (c.startsWith('ELSEIF:')) {
      const top = stack[stack.length - 1];
      if (!top) throw syntaxError(source, token.start, 'ELSEIF outside an IF block');
      if (top.inElse) throw syntaxError(source, token.start, 'ELSEIF after ELSE');
      if (top.negated) throw syntaxError(source, token.start, 'ELSEIF in an IFNOT block (unverified in Mailchimp)');
      closeBranch(top, token);
      top.node.clauses.push({ test: parseTest(source, token, c.slice(7)), body: [] });
    } else if (c === 'ELSE:') {
      const top = stack[stack.length - 1];
      if (!top) throw syntaxError(source, token.start, 'ELSE outside an IF block');
      if (top.inElse) throw syntaxError(source, token.start, 'second ELSE in one block');
      closeBranch(top, token);
      top.node.otherwise = [];
      top.inElse = true;
    } else if (c === 'END:IF') {
      const top = stack[stack.length - 1];
      if (!top) throw syntaxError(source, token.start, 'END:IF without an IF');
      closeBranch(top, token);
      stack.pop();
    } else {
      const problem = tagProblem(c);
      if (problem) throw syntaxError(source, token.start, `"*|${c}|*" is not a merge tag Tailor emits: ${problem}`);
      current().push({ kind: 'field', tag: c });
    }
  }
  const open = stack[stack.length - 1];
  if (open) throw syntaxError(source, open.start, 'IF block never closed with *|END:IF|*');
  return root;
}

function parseTest(source: string, token: Token, text: string): MergeTest {
  const m = /^([^=!]*)(?:(!=|=)([^]*))?$/.exec(text);
  if (!m) throw syntaxError(source, token.start, `cannot read the condition "${text}"`);
  const tag = m[1]!;
  const problem = tagProblem(tag);
  if (problem) throw syntaxError(source, token.start, `"${tag}" is not a valid merge tag: ${problem}`);
  if (m[2] === undefined) return { kind: 'present', tag };
  const value = m[3]!;
  const valueProblem = comparisonValueProblem(value);
  if (valueProblem) throw syntaxError(source, token.start, `comparison value "${value}" cannot be used: ${valueProblem}`);
  return { kind: m[2] === '=' ? 'equals' : 'notEquals', tag, value };
}

function absentTest(source: string, token: Token, tag: string): MergeTest {
  const problem = tagProblem(tag);
  if (problem) throw syntaxError(source, token.start, `IFNOT takes a bare merge tag ("${tag}": ${problem})`);
  return { kind: 'absent', tag };
}
