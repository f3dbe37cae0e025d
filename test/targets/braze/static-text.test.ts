// Static text and literals full of delimiter-looking pieces never become live: the
// emitted Liquid renders them back exactly, on every engine here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWithEngines } from '../../../src/targets/braze/execute.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { profile, renderedFromParts } from '../../support/equivalence.js';
import { NASTY_STRINGS } from '../../support/arbitraries.js';
import { attr, cmp, iff, out, text } from '../../support/nodes.js';
import { ENGINES, expectBrazeEquivalent, RUBY, RUBY_MISSING, RUBY_REQUIRED } from './support.js';

const PIECES = ['{', '}', '{{', '}}', '{%', '%}', '%', '$', '${', '{% raw %}', '{% endraw %}', '{%endraw%}', '{%- endraw -%}', '{{-', 'endraw', ' ', '-', 'a', '"', "'", '\\', '\n', '<', '>'];
const delimiterText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 10 }),
);

describe(`static text never becomes live (${ENGINES})`, () => {
  it('renders back exactly, alone and around dynamic values', async () => {
    await fc.assert(
      fc.asyncProperty(delimiterText, delimiterText, async (a, b) => {
        const template = renderedFromParts({
          html: [text(a), out(attr('first_name'), b), text(b)],
          text: [text(a)],
          subject: [text(b), iff([[cmp(attr('location'), '==', 'x'), [text(a)]]], [text(b)])],
          preheader: [out(attr('location'), a, 'text'), text(a)],
        });
        const emitted = brazeTarget.emit(template, TEST_CONTEXT);
        expect(brazeTarget.integrity!(emitted)).toEqual([]);
        const renders = await renderWithEngines(emitted, profile({ first_name: 'Ana' }), TEST_CONTEXT, template);
        if (RUBY_REQUIRED && !RUBY) throw new Error(RUBY_MISSING);
        for (const parts of Object.values(renders)) {
          expect(parts.html).toBe(`${a}Ana${b}`);
          expect(parts.text).toBe(a);
          expect(parts.subject).toBe(`${b}${b}`);
          expect(parts.preheader).toBe(`${a}${a}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('compares against literals of any content', async () => {
    await fc.assert(
      fc.asyncProperty(delimiterText, delimiterText, async (literal, value) => {
        const template = renderedFromParts({
          html: [iff([[cmp(attr('first_name'), '==', literal), [text('eq')]], [cmp(attr('location'), '!=', literal), [text('ne')]]], [text('else')])],
        });
        await expectBrazeEquivalent(template, [profile({ first_name: value, location: literal }), profile({ first_name: literal }), profile({})]);
      }),
      { numRuns: 150 },
    );
  });
});
