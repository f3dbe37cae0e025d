// Braze removes HTML comments before Liquid runs. The oracle run simulates that, so Liquid
// that check() would let through inside a comment could never pass the equivalence test.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/ir/evaluate.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import { hideComments, restoreComments } from '../../../src/targets/braze/plain-liquid.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { profile, renderedFromParts } from '../../support/equivalence.js';
import { attr, iff, out, text, truthy } from '../../support/nodes.js';
import { ENGINES } from './support.js';

describe(`HTML comments in the braze oracle run (${ENGINES})`, () => {
  it('hides comments and puts them back verbatim', () => {
    const html = 'a<!--[if mso]>{{ x }}<![endif]-->b<!-- c -->d<!-- open';
    const hidden = hideComments(html);
    expect(hidden.source).not.toContain('<!--');
    expect(restoreComments(hidden.source, hidden.comments)).toBe(html);
  });

  it('keeps static comments equal to the reference', async () => {
    const template = renderedFromParts({ html: [text('<!--[if mso]><table><![endif]-->'), out(attr('first_name'), 'there'), text('<!-- {x} -->')] });
    const p = profile({ first_name: 'Ana' });
    const got = await brazeTarget.execute(brazeTarget.emit(template, TEST_CONTEXT), p, TEST_CONTEXT, template);
    expect(got.html).toBe(evaluate(template.parts.html, p.data));
  });

  it('shows Liquid inside a comment unrendered, unlike the reference', async () => {
    const template = renderedFromParts({ html: [text('<!--[if mso]>Hi '), out(attr('first_name'), 'there'), text('<![endif]-->')] });
    expect(brazeTarget.check(template, TEST_CONTEXT).map((d) => d.code)).toContain('braze-liquid-in-comment');
    const p = profile({ first_name: 'Ana' });
    const got = await brazeTarget.execute(brazeTarget.emit(template, TEST_CONTEXT), p, TEST_CONTEXT, template);
    expect(evaluate(template.parts.html, p.data)).toContain('Hi Ana');
    expect(got.html).not.toContain('Hi Ana');
  });

  it('breaks a condition cut by a comment', async () => {
    const template = renderedFromParts({ html: [iff([[truthy(attr('vip', 'boolean')), [text('<!--[if mso]>VIP')]]]), text('<![endif]-->')] });
    expect(brazeTarget.check(template, TEST_CONTEXT).map((d) => d.code)).toContain('braze-comment-across-logic');
    const emitted = brazeTarget.emit(template, TEST_CONTEXT);
    await expect(brazeTarget.execute(emitted, profile({ vip: true }), TEST_CONTEXT, template)).rejects.toThrow(/endif|not closed|closed/i);
  });
});
