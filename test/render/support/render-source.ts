// Renders a template written in the sample syntax (support/mini-template.ts).
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { renderTemplate, type RenderOutcome } from '../../../src/render/render.js';
import type { TailorConfig } from '../../../src/source/model.js';
import type { TemplateIR } from '../../../src/targets/target.js';
import { parseMiniTemplate } from './mini-template.js';

export const FILE = 'templates/test.mjml';

export function irFrom(source: string, front: { subject?: string; preheader?: string; name?: string } = {}): TemplateIR {
  return {
    name: front.name ?? 'test',
    file: FILE,
    body: parseMiniTemplate(source, FILE),
    subject: front.subject === undefined ? [] : parseMiniTemplate(front.subject, FILE),
    preheader: front.preheader === undefined ? [] : parseMiniTemplate(front.preheader, FILE),
    meta: {},
  };
}

export function configWith(mjml: Partial<TailorConfig['mjml']> = {}): TailorConfig {
  return { ...DEFAULT_CONFIG, mjml: { ...DEFAULT_CONFIG.mjml, ...mjml } };
}

export function renderSource(
  source: string,
  options: { mjml?: Partial<TailorConfig['mjml']>; root?: string; preheader?: string; name?: string } = {},
): Promise<RenderOutcome> {
  const front: { preheader?: string; name?: string } = {};
  if (options.preheader !== undefined) front.preheader = options.preheader;
  if (options.name !== undefined) front.name = options.name;
  const opts: { root?: string } = {};
  if (options.root !== undefined) opts.root = options.root;
  return renderTemplate(irFrom(source, front), configWith(options.mjml), opts);
}

/** `<mjml><mj-body><mj-section><mj-column>` + inner + closing tags, on one line each. */
export function inColumn(inner: string): string {
  return `<mjml>\n<mj-body>\n<mj-section>\n<mj-column>\n${inner}\n</mj-column>\n</mj-section>\n</mj-body>\n</mjml>\n`;
}
