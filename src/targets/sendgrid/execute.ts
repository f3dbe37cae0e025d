// Runs emitted SendGrid templates with handlebars.js plus the emulation of SendGrid's
// helpers (./helpers.ts), over the dynamic_template_data built from a profile (./data.ts).
import type Handlebars from 'handlebars';
import { PART_NAMES } from '../../ir/nodes.js';
import type { Profile } from '../../source/model.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../target.js';
import { dynamicTemplateData, type TemplateData } from './data.js';
import { createSendgridHandlebars, UNAVAILABLE_BUILTINS } from './helpers.js';

const handlebars = createSendgridHandlebars();
/** Built-ins removed from the environment must not be compiled as direct calls either. */
const knownHelpers = Object.fromEntries(UNAVAILABLE_BUILTINS.map((name) => [name, false]));

/** Compiled templates by source; verification runs one template for many profiles. */
const compiled = new Map<string, Handlebars.TemplateDelegate<TemplateData>>();
const CACHE_LIMIT = 500;

function compile(code: string): Handlebars.TemplateDelegate<TemplateData> {
  let template = compiled.get(code);
  if (!template) {
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    template = handlebars.compile<TemplateData>(code, { strict: false, knownHelpers });
    compiled.set(code, template);
  }
  return template;
}

/** Renders one template source with the given data, as SendGrid would (emulated). */
export function renderSendgrid(code: string, data: TemplateData): string {
  return compile(code)(data);
}

export async function executeSendgrid(emitted: EmittedParts, profile: Profile, ctx: TargetContext, template: RenderedTemplate): Promise<EmittedParts> {
  const data = dynamicTemplateData(profile, ctx, template);
  const received = {} as EmittedParts;
  for (const part of PART_NAMES) received[part] = renderSendgrid(emitted[part], data);
  return received;
}
