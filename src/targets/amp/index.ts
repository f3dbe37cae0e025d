// The amp target: an AMP for Email part (text/x-amp-html) per template, personalised at
// open time by amp-list + amp-mustache over one JSON endpoint, plus that endpoint's
// contract (JSON Schema and resolver plan). See docs/targets/amp.md.
//
// AMP has no subject, preheader or text part of its own: the message's other parts carry
// them. emit() and execute() fill only `html`; the other parts are empty strings, and
// the verify step compares the AMP part on visible text and links (reference.ts).
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Profile } from '../../source/model.js';
import type { EmittedParts, ExtraFile, RenderedTemplate, Target, TargetContext, TemplateIR } from '../target.js';
import { buildAmp, endpointBase, espDelimiterProblems, type AmpBuild, type AmpContext } from './build.js';
import { protectForEsp, simulateEspMerge, type SendVia } from './esp.js';
import { renderAmpLists } from './execute.js';
import { ampIntegrity } from './integrity.js';
import type { AmpDataPlan } from './plan.js';
import { resolveAmpData } from './resolve.js';
import { responseSchema } from './schema.js';

const builds = new WeakMap<TemplateIR, { ctx: TargetContext; build: AmpBuild }>();

/** The template's AMP build, computed once per template and context. */
export function ampBuild(template: TemplateIR, ctx: AmpContext): AmpBuild {
  const cached = builds.get(template);
  if (cached && cached.ctx === ctx) return cached.build;
  const build = buildAmp(template, ctx);
  builds.set(template, { ctx, build });
  return build;
}

/** The AMP part as sent through `esp` (its token merge tag, amp-mustache protected from its engine). */
export function emitAmpFor(template: TemplateIR, ctx: AmpContext, esp: SendVia): string {
  return protectForEsp(ampBuild(template, ctx).document, esp);
}

/** The endpoint's response plan for a template, as written to dist/amp/<template>.resolver.json. */
export function ampDataPlan(template: TemplateIR, ctx: AmpContext): AmpDataPlan {
  return ampBuild(template, ctx).plan;
}

function sendVia(ctx: TargetContext): SendVia {
  return ctx.config.target.amp.sendVia;
}

const parts = (html: string): EmittedParts => ({ html, text: '', subject: '', preheader: '' });

/** What a recipient sees when the endpoint fails: every amp-list shows its fallback. */
export function executeAmpWithoutEndpoint(emitted: EmittedParts, ctx: TargetContext): EmittedParts {
  return parts(renderAmpLists(simulateEspMerge(emitted.html, sendVia(ctx)), null));
}

export const ampTarget: Target = {
  id: 'amp',
  title: 'AMP for Email (amp-list + amp-mustache)',
  htmlExtension: '.amp.html',

  check(template: RenderedTemplate, ctx: TargetContext): Diagnostic[] {
    const build = ampBuild(template.ir, ctx);
    return [...build.diagnostics, ...espDelimiterProblems(build, template.ir, sendVia(ctx))];
  },

  emit(template: RenderedTemplate, ctx: TargetContext): EmittedParts {
    return parts(emitAmpFor(template.ir, ctx, sendVia(ctx)));
  },

  extraFiles(template: RenderedTemplate, _emitted: EmittedParts, ctx: TargetContext): ExtraFile[] {
    const plan = ampBuild(template.ir, ctx).plan;
    const schema = responseSchema(plan, endpointBase(ctx, template.name));
    return [
      { path: `${template.name}.schema.json`, content: `${JSON.stringify(schema, null, 2)}\n`, part: 'html' },
      { path: `${template.name}.resolver.json`, content: `${JSON.stringify(plan)}\n`, part: 'html' },
    ];
  },

  async execute(emitted: EmittedParts, profile: Profile, ctx: TargetContext, template: RenderedTemplate): Promise<EmittedParts> {
    // The data comes the way the endpoint computes it: from the written plan, through JSON.
    const plan = JSON.parse(JSON.stringify(ampBuild(template.ir, ctx).plan)) as AmpDataPlan;
    const data = JSON.parse(JSON.stringify(resolveAmpData(plan, profile.data)));
    return parts(renderAmpLists(simulateEspMerge(emitted.html, sendVia(ctx)), data));
  },

  integrity(emitted: EmittedParts): string[] {
    return ampIntegrity(emitted.html);
  },
};
