// Sample folders: test/render/samples/<case>/
//   input.mjml     the template, in the small syntax of support/mini-template.ts
//   sample.json    { subject?, preheader?, profiles: [...], config?: {beautify, keepComments, validationLevel}, diagnostics?: [codes] }
//   expected.html  the html part, printed with support/print-tree.ts
//   expected.txt   the text part (and the subject and preheader parts when set)
// UPDATE_SAMPLES=1 rewrites the expected files. Every sample is also checked against the
// oracle (support/commute.ts) for each of its profiles: render-then-evaluate must equal
// evaluate-then-mjml, for the html and the text part, so every branch taken or not
// leaves the markup MJML itself would produce.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { evaluate } from '../../src/ir/evaluate.js';
import { renderTemplate } from '../../src/render/render.js';
import type { Profile, TailorConfig } from '../../src/source/model.js';
import type { TemplateIR } from '../../src/targets/target.js';
import { normalizeHtml, normalizeText, referenceParts, responsiveRules } from './support/commute.js';
import { parseMiniTemplate } from './support/mini-template.js';
import { printTree } from './support/print-tree.js';

interface SampleSpec {
  subject?: string;
  preheader?: string;
  profiles: Profile['data'][];
  config?: Partial<TailorConfig['mjml']>;
  diagnostics?: string[];
}

const SAMPLES = fileURLToPath(new URL('./samples', import.meta.url));
const UPDATE = process.env.UPDATE_SAMPLES === '1';

function checkFile(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export function loadSample(name: string): { ir: TemplateIR; spec: SampleSpec; config: TailorConfig } {
  const dir = path.join(SAMPLES, name);
  const spec = JSON.parse(readFileSync(path.join(dir, 'sample.json'), 'utf8')) as SampleSpec;
  const file = `templates/${name}.mjml`;
  const front = (text: string | undefined): TemplateIR['subject'] => (text === undefined ? [] : parseMiniTemplate(text, file));
  const ir: TemplateIR = {
    name,
    file,
    body: parseMiniTemplate(readFileSync(path.join(dir, 'input.mjml'), 'utf8'), file),
    subject: front(spec.subject),
    preheader: front(spec.preheader),
    meta: {},
  };
  const config: TailorConfig = { ...DEFAULT_CONFIG, mjml: { ...DEFAULT_CONFIG.mjml, ...spec.config } };
  return { ir, spec, config };
}

describe('render samples', () => {
  for (const name of readdirSync(SAMPLES).sort()) {
    it(name, async () => {
      const { ir, spec, config } = loadSample(name);
      const outcome = await renderTemplate(ir, config);
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(spec.diagnostics ?? []);
      const rendered = outcome.rendered!;
      expect(rendered).not.toBeNull();

      const dir = path.join(SAMPLES, name);
      checkFile(path.join(dir, 'expected.html'), printTree(rendered.parts.html));
      let text = printTree(rendered.parts.text);
      if (spec.subject !== undefined) text += `\n\n--- subject ---\n${printTree(rendered.parts.subject)}`;
      if (spec.preheader !== undefined) text += `\n\n--- preheader ---\n${printTree(rendered.parts.preheader)}`;
      checkFile(path.join(dir, 'expected.txt'), text + '\n');

      for (const profile of spec.profiles) {
        const reference = await referenceParts(ir, config, profile);
        const html = evaluate(rendered.parts.html, profile);
        expect(normalizeHtml(html), JSON.stringify(profile)).toBe(normalizeHtml(reference.html));
        const rules = responsiveRules(html);
        for (const rule of responsiveRules(reference.html)) expect(rules, rule).toContain(rule);
        expect(normalizeText(evaluate(rendered.parts.text, profile)), JSON.stringify(profile)).toBe(normalizeText(reference.text));
      }
    });
  }
});
