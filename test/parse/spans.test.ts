// Spans are exact: every node's span, read back from the source, is the text it came
// from; and the parser never throws on malformed input (it reports diagnostics).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/ir/nodes.js';
import type { ExprNode, TemplateNode } from '../../src/parse/ast.js';
import { parseTemplateFile } from '../../src/parse/parse-file.js';

/** The source text a span covers. */
function slice(text: string, span: Span): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1]! + column - 1;
  return text.slice(offset(span.line, span.column), offset(span.endLine, span.endColumn));
}

function checkExpr(text: string, e: ExprNode): void {
  // A parenthesised expression's span includes its parentheses.
  let src = slice(text, e.span);
  while (src.startsWith('(') && src.endsWith(')')) src = src.slice(1, -1).trim();
  switch (e.kind) {
    case 'name':
      expect(src).toBe(e.parts.map((p) => p.name).join('.'));
      for (const p of e.parts) expect(slice(text, p.span)).toBe(p.name);
      break;
    case 'literal':
      if (typeof e.value === 'string') expect(src[0]).toMatch(/["']/);
      else if (typeof e.value === 'number') expect(Number(src.replace(/\s/g, ''))).toBe(e.value);
      else expect(src.toLowerCase()).toBe(String(e.value));
      break;
    case 'filter':
      expect(slice(text, e.nameSpan)).toBe(e.name);
      checkExpr(text, e.input);
      e.args.forEach((a) => checkExpr(text, a));
      break;
    case 'compare':
      expect(slice(text, e.opSpan)).toBe(e.op);
      checkExpr(text, e.left);
      checkExpr(text, e.right);
      break;
    case 'in':
    case 'and':
    case 'or':
      checkExpr(text, e.left);
      checkExpr(text, e.right);
      break;
    case 'not':
      expect(src.startsWith('not') || src.startsWith('(')).toBe(true);
      checkExpr(text, e.item);
      break;
    case 'list':
      e.items.forEach((i) => checkExpr(text, i));
      break;
  }
}

function checkNodes(text: string, nodes: TemplateNode[]): void {
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        expect(slice(text, n.span)).toBe(n.text);
        break;
      case 'output': {
        const src = slice(text, n.span);
        expect(src.startsWith('{{') && src.endsWith('}}')).toBe(true);
        if (n.expr) checkExpr(text, n.expr);
        break;
      }
      case 'if':
        expect(slice(text, n.span).startsWith('{%')).toBe(true);
        for (const b of n.branches) {
          if (b.cond) checkExpr(text, b.cond);
          checkNodes(text, b.body);
        }
        if (n.else) checkNodes(text, n.else);
        break;
      case 'for':
        if (n.list) {
          expect(slice(text, n.loopVarSpan)).toBe(n.loopVar);
          checkExpr(text, n.list);
        }
        checkNodes(text, n.body);
        if (n.empty) checkNodes(text, n.empty);
        break;
      case 'component':
        expect(slice(text, n.nameSpan)).toBe(n.name);
        expect(slice(text, n.span).startsWith(`<x-${n.name}`)).toBe(true);
        for (const a of n.attributes) {
          expect(slice(text, a.nameSpan)).toBe(a.name);
          if (a.value) checkNodes(text, a.value);
        }
        if (n.children) checkNodes(text, n.children);
        break;
      case 'slot':
        expect(slice(text, n.span).startsWith('<x-slot')).toBe(true);
        break;
    }
  }
}

const exprArb: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('profile.first_name', 'segment.vip', 'x', 'props.a', 'item.name', '"s t"', "'it'", '3', '2.5', 'true', 'False', '-4'),
    fc.tuple(tie('e'), fc.constantFrom('==', '!=', '<', '>=', 'and', 'or', 'in', 'not in'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((e) => `not ${e}`),
    tie('e').map((e) => `( ${e} )`),
    fc.array(tie('e'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc.tuple(tie('e'), fc.constantFrom('upper', 'default("x")', 'truncate(5)', 'date("%Y")', 'bogus')).map(([e, f]) => `${e} | ${f}`),
  ),
})).e;

const pieceArb = fc.oneof(
  fc.constantFrom('text ', '\n', '  ', '<mj-text>', '</mj-text>', '<a href="x">', 'é😀', '{', '}', '%', '"', "'", '<x-', '</x-card>', '{{', '{%', '-}}'),
  exprArb.map((e) => `{{ ${e} }}`),
  fc.tuple(fc.constantFrom('{%', '{%-'), fc.constantFrom('if', 'elif', 'for item in', 'else', 'endif', 'endfor', 'set'), exprArb, fc.constantFrom('%}', '-%}')).map(
    ([o, k, e, c]) => `${o} ${k} ${k.startsWith('end') || k === 'else' ? '' : e} ${c}`,
  ),
  fc.constantFrom('{# c #}', '{% raw %}{{ x }}{% endraw %}', '<x-slot name="hero" />', '<x-slot />', '<x-card title="{{ profile.first_name }}" wide>', '<x-button href=\'{{ a | upper }}\' />'),
);

describe('parser spans', () => {
  it('read back exactly and the parser never throws', () => {
    fc.assert(
      fc.property(fc.array(pieceArb, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        const parsed = parseTemplateFile({ file: 'templates/t.mjml', name: 't', text });
        checkNodes(text, parsed.body);
        const lines = text.split('\n');
        for (const d of parsed.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
          expect(d.message).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a template without tags as one text node equal to the source', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !/[{]|<\/?x-/.test(s) && !s.startsWith('---')), (text) => {
        const parsed = parseTemplateFile({ file: 'templates/t.mjml', name: 't', text });
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.body.map((n) => (n.kind === 'text' ? n.text : '?')).join('')).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
