// Literal text next to Handlebars tags stays literal: generated text full of braces and
// backslashes, between live tags, rendered by handlebars.js, reads back exactly.
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/targets/sendgrid/assemble.js';
import { renderSendgrid } from '../../../src/targets/sendgrid/execute.js';
import { lintHandlebars } from '../../../src/targets/sendgrid/lint-handlebars.js';
import { tag, text, type Piece } from '../../../src/targets/sendgrid/pieces.js';
import { protectText } from '../../../src/targets/sendgrid/static-text.js';

/**
 * Text made of the characters that matter to the Handlebars lexer. No line breaks: a block
 * tag alone on its line loses that line ("standalone" rule, tested below), which changes
 * whitespace only.
 */
const delimiterText = fc.oneof(
  fc.string({ unit: fc.constantFrom('{', '}', '\\', '!', '-', '~', '>', '#', '/', '&', 'a', ' ', '\t'), maxLength: 10 }),
  fc.constantFrom('{{x}}', '{{{x}}}', '{{{{raw}}}}', '\\{{x}}', '\\\\{{x}}', '{{!-- c --}}', '{{> p}}', '}}', '{', '}', '\\', 'a{{b\\{{c', '&#123;'),
);

/** Tags placed between the texts: the output is t0 V t1 t2 V t3 t4 for x = "V". */
const TAGS = ['{{@root.x}}', '{{#if @root.x}}', '{{{@root.x}}}', '{{/if}}'];

function interleave(texts: string[]): Piece[] {
  const pieces: Piece[] = [];
  texts.forEach((t, i) => {
    pieces.push(text(t));
    if (i < TAGS.length) pieces.push(tag(TAGS[i]!));
  });
  return pieces;
}

const expected = (t: string[]) => `${t[0]}V${t[1]}${t[2]}V${t[3]}${t[4]}`;

describe('static text protection', () => {
  it('plain text: reads back exactly, or is refused for a "{" touching a tag', () => {
    fc.assert(
      fc.property(fc.array(delimiterText, { minLength: 5, maxLength: 5 }), (texts) => {
        const { code, issues } = assemble(interleave(texts), 'plain');
        if (issues.some((i) => i.kind === 'brace-before-tag')) {
          expect(texts.slice(0, 4).some((t) => t.endsWith('{'))).toBe(true);
          return;
        }
        expect(renderSendgrid(code, { x: 'V' })).toBe(expected(texts));
        expect(lintHandlebars(code)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('HTML: reads back as the same HTML, with no Handlebars escape at all', () => {
    fc.assert(
      fc.property(fc.array(delimiterText, { minLength: 5, maxLength: 5 }), (texts) => {
        const { code, issues } = assemble(interleave(texts), 'html');
        expect(issues).toEqual([]);
        expect(decodeHTML(renderSendgrid(code, { x: 'V' }))).toBe(decodeHTML(expected(texts)));
        expect(lintHandlebars(code)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('differs only in whitespace where Handlebars drops a line holding only a block tag', () => {
    const { code } = assemble(interleave(['a\n', 'x\n', '\n', '\n', '']), 'plain');
    const out = renderSendgrid(code, { x: 'V' });
    expect(out).not.toBe(expected(['a\n', 'x\n', '\n', '\n', '']));
    expect(out.replace(/\s+/g, ' ')).toBe(expected(['a\n', 'x\n', '\n', '\n', '']).replace(/\s+/g, ' '));
  });

  it('writes the documented escapes', () => {
    expect(protectText('{{x}}', 'plain', false, false).code).toBe('\\{{x}}');
    expect(protectText('\\{{x}}', 'plain', false, false).code).toBe('\\\\{{!}}\\{{x}}');
    expect(protectText('a\\', 'plain', false, true).code).toBe('a\\\\');
    expect(protectText('a\\', 'plain', false, false).code).toBe('a\\');
    expect(protectText('} b', 'plain', true, false).code).toBe('{{!}}} b');
    expect(protectText('{', 'plain', false, true).braceBeforeTag).toBe(true);
    expect(protectText('{{x}} {', 'html', true, true).code).toBe('&#123;{x}} &#123;');
    expect(protectText('} a\\', 'html', true, true).code).toBe('&#125; a&#92;');
    expect(protectText('plain <b>text</b>', 'html', true, true).code).toBe('plain <b>text</b>');
  });
});
