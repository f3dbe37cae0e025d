// Plain MJML passes through untouched: a template without dynamic nodes renders to exactly
// what mjml2html gives for the same source and options (navbar and carousel ids, random in
// mjml, are renamed on both sides before comparing).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareWithReference, mjmlReferenceHtml, staticHtml, staticTemplateIR } from '../../src/render/mjml-conformance.js';
import { renderTemplate } from '../../src/render/render.js';
import type { TailorConfig } from '../../src/source/model.js';
import { configWith } from './support/render-source.js';

const DIR = fileURLToPath(new URL('./passthrough', import.meta.url));
const CONFIGS: [string, TailorConfig][] = [
  ['defaults', configWith()],
  ['beautify, no comments, no validation', configWith({ beautify: true, keepComments: false, validationLevel: 'skip' })],
];

describe('plain MJML passes through untouched', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mjml')).sort()) {
    for (const [label, config] of CONFIGS) {
      it(`${file} (${label})`, async () => {
        const source = readFileSync(`${DIR}/${file}`, 'utf8');
        const name = `templates/${file}`;
        const outcome = await renderTemplate(staticTemplateIR(file, name, source), config);
        expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const html = staticHtml(outcome.rendered!.parts.html);
        expect(html).not.toBeNull();
        const comparison = compareWithReference(html!, await mjmlReferenceHtml(source, config, name));
        expect(comparison.detail).toBeUndefined();
        expect(comparison.equal).toBe(true);
      });
    }
  }

  it('the comparison does see a difference', () => {
    expect(compareWithReference('<p>a</p>', '<p>b</p>').equal).toBe(false);
    expect(compareWithReference('<i id="0123456789abcdef"></i>', '<i id="fedcba9876543210"></i>').equal).toBe(true);
  });
});
