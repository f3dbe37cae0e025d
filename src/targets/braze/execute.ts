// Running the emitted Liquid for one recipient: liquidjs always, Ruby Liquid as well when
// it is installed. Both see the same plain Liquid and the same data; they must agree
// (after the entity/whitespace normalisation every comparison uses), else it is a bug.
import { Liquid, type Template } from 'liquidjs';
import { InternalError } from '../../diagnostics/diagnostic.js';
import { PART_NAMES, type PartName } from '../../ir/nodes.js';
import type { Profile } from '../../source/model.js';
import { normalizeForCompare } from '../../verify/normalize.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../target.js';
import { brazeData, hideComments, restoreComments, segmentConditions, toPlainLiquid, type LiquidData } from './plain-liquid.js';
import { isRubyLiquidAvailable, renderRubyLiquid } from './ruby-liquid.js';

// Lax defaults, like the ESP; dates in UTC, like Braze.
const engine = new Liquid({ timezoneOffset: 0 });
const parsed = new Map<string, Template[]>();

function renderLiquidjs(source: string, data: LiquidData): string {
  let templates = parsed.get(source);
  if (!templates) {
    templates = engine.parse(source);
    if (parsed.size > 2000) parsed.clear();
    parsed.set(source, templates);
  }
  return engine.renderSync(templates, data) as string;
}

export interface EngineRenders {
  liquidjs: EmittedParts;
  /** Absent when Ruby Liquid is not installed. */
  ruby?: EmittedParts;
}

/** Renders every part with each available engine. Throws when the engines disagree. */
export async function renderWithEngines(
  emitted: EmittedParts,
  profile: Profile,
  ctx: TargetContext,
  template: RenderedTemplate,
): Promise<EngineRenders> {
  const data = brazeData(profile, ctx, segmentConditions(template));
  const useRuby = isRubyLiquidAvailable();
  const liquidjs = {} as EmittedParts;
  const ruby = {} as EmittedParts;
  await Promise.all(
    PART_NAMES.map(async (part) => {
      const { source, comments } = part === 'html' ? hideComments(emitted[part]) : { source: emitted[part], comments: [] };
      const plain = toPlainLiquid(source);
      liquidjs[part] = restoreComments(renderLiquidjs(plain, data), comments);
      if (useRuby) ruby[part] = restoreComments(await renderRubyLiquid(plain, data), comments);
    }),
  );
  if (useRuby) assertAgree(liquidjs, ruby, emitted, profile);
  return useRuby ? { liquidjs, ruby } : { liquidjs };
}

function assertAgree(a: EmittedParts, b: EmittedParts, emitted: EmittedParts, profile: Profile): void {
  for (const part of PART_NAMES as PartName[]) {
    if (normalizeForCompare(a[part]) !== normalizeForCompare(b[part])) {
      throw new InternalError(
        `braze: liquidjs and Ruby Liquid disagree on the ${part} part for profile ${profile.id} ${JSON.stringify(profile.data)}\n` +
          `liquidjs: ${JSON.stringify(a[part])}\nruby:     ${JSON.stringify(b[part])}\nemitted:\n${emitted[part]}`,
      );
    }
  }
}

export async function executeBraze(emitted: EmittedParts, profile: Profile, ctx: TargetContext, template: RenderedTemplate): Promise<EmittedParts> {
  return (await renderWithEngines(emitted, profile, ctx, template)).liquidjs;
}
