// The integrity check accepts every ESP's protected part and catches broken ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitAmpFor } from '../../../src/targets/amp/index.js';
import { ampIntegrity } from '../../../src/targets/amp/integrity.js';
import { simulateEspMerge } from '../../../src/targets/amp/esp.js';
import { ampContext, templateFrom } from './support/harness.js';

const template = templateFrom(readFileSync(new URL('./samples/inline-logic/input.mjml', import.meta.url), 'utf8'), 'inline-logic');
const ctx = ampContext();

describe('amp integrity', () => {
  it.each(['none', 'sfmc', 'mailchimp', 'braze', 'sendgrid'] as const)('a part protected for %s is sound, and the ESP merge gives back the plain part', (esp) => {
    const html = emitAmpFor(template.ir, ctx, esp);
    expect(ampIntegrity(html)).toEqual([]);
    const plain = simulateEspMerge(emitAmpFor(template.ir, ctx, 'none'), 'none');
    expect(simulateEspMerge(html, esp).replace(/^<!-- \{\{=\{< >\}=\}\} -->\n/, '')).toBe(plain);
  });

  it('reports placeholders, broken templates and broken protection', () => {
    const html = emitAmpFor(template.ir, ctx, 'none');
    expect(ampIntegrity(html.replace('{{/c', '{{/x'))).toEqual([expect.stringContaining('does not parse')]);
    expect(ampIntegrity(html.replace('<body>', '<body>\uE000'))).toEqual(['an internal placeholder is left in the AMP part']);
    expect(ampIntegrity(`{% raw %}${html}`)).toContainEqual(expect.stringContaining('braze protection'));
  });
});
