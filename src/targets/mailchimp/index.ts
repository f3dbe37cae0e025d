// The `mailchimp` target: Mailchimp merge tags (`*|FNAME|*`, `*|IF:STAGE=new|*` ...).
//
// check() and emit() share one lowering (./lower.ts); execute() fills the merge fields
// from the profile as the audience sync must (./fields.ts) and runs the code with Tailor's
// merge-tag interpreter (./interpreter). Beside the parts, each template gets
// `<name>.merge-fields.json`: the merge fields its code reads and where each comes from.
import { PART_NAMES } from '../../ir/nodes.js';
import type { EmittedParts, ExtraFile, RenderedTemplate, Target, TargetContext } from '../target.js';
import { profileFields } from './fields.js';
import { checkIntegrity } from './integrity.js';
import { runMergeTags } from './interpreter/index.js';
import { lowerTemplate } from './lower.js';
import { compareCodeUnits } from '../../order.js';

/**
 * check(), emit() and extraFiles() need the same lowering: done once per template and
 * context. emit() takes the code of check()'s lowering when that lowering refused and left
 * out nothing (the modes differ only there), and otherwise lowers again in emit mode,
 * which throws at the first construct check() should have refused.
 */
const checked = new WeakMap<RenderedTemplate, WeakMap<TargetContext, ReturnType<typeof lowerTemplate>>>();
function checkLowering(template: RenderedTemplate, ctx: TargetContext): ReturnType<typeof lowerTemplate> {
  let byContext = checked.get(template);
  if (!byContext) checked.set(template, (byContext = new WeakMap()));
  let lowered = byContext.get(ctx);
  if (!lowered) byContext.set(ctx, (lowered = lowerTemplate(template, ctx, 'check')));
  return lowered;
}

export const mailchimpTarget: Target = {
  id: 'mailchimp',
  title: 'Mailchimp (merge tags)',
  htmlExtension: '.html',

  check(template, ctx) {
    return checkLowering(template, ctx).context.diagnostics;
  },

  emit(template, ctx) {
    const checkedLowering = checked.get(template)?.get(ctx);
    if (checkedLowering?.context.clean) return { ...checkedLowering.parts };
    return lowerTemplate(template, ctx, 'emit').parts;
  },

  integrity: checkIntegrity,

  extraFiles(template, _emitted, ctx): ExtraFile[] {
    const { context } = checkLowering(template, ctx);
    const mergeFields = [...context.usedTags]
      .map(([tag, use]) => ({ tag, source: use.owner }))
      .sort((a, b) => compareCodeUnits(a.tag, b.tag));
    return [{ path: `${template.name}.merge-fields.json`, content: `${JSON.stringify({ template: template.name, mergeFields }, null, 2)}\n`, part: 'merge-fields' }];
  },

  async execute(emitted, profile, ctx, template) {
    const fields = profileFields(profile.data, ctx, template);
    const received = {} as EmittedParts;
    for (const part of PART_NAMES) received[part] = runMergeTags(emitted[part], fields, { encodeValues: part === 'html' });
    return received;
  },
};
