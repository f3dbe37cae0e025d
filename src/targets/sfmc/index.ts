// The `sfmc` target: Salesforce Marketing Cloud, AMPscript.
//
// check() reports what AMPscript cannot say exactly (./check.ts); emit() writes each part
// as a self-contained AMPscript document (./emit.ts); execute() loads the profile into
// subscriber attributes and data extensions the way an import must (./data-contract.ts)
// and runs each part with Tailor's AMPscript interpreter (./interpreter), at SFMC's
// server offset (UTC-6).
import { evalCond } from '../../ir/evaluate.js';
import { PART_NAMES, walkCond, walkNodes } from '../../ir/nodes.js';
import type { EmittedParts, RenderedTemplate, Target, TargetContext } from '../target.js';
import { checkTemplate } from './check.js';
import { segmentField, sfmcData } from './data-contract.js';
import { PartWriter } from './emit.js';
import { checkIntegrity } from './integrity.js';
import { runAmpscript } from './interpreter/index.js';

/** Membership of each segment the template reads from a precomputed sfmc field. */
function segmentFields(template: RenderedTemplate, ctx: TargetContext, data: Parameters<typeof evalCond>[1]): Map<string, boolean> {
  const members = new Map<string, boolean>();
  for (const part of PART_NAMES) {
    walkNodes(template.parts[part], (node) => {
      if (node.kind !== 'if') return;
      for (const b of node.branches) {
        walkCond(b.cond, (c) => {
          if (c.kind !== 'segment') return;
          const field = segmentField(c.name, ctx);
          if (field) members.set(field, evalCond(c.cond, data));
        });
      }
    });
  }
  return members;
}

export function emitTemplate(template: RenderedTemplate, ctx: TargetContext): EmittedParts {
  const parts = {} as EmittedParts;
  for (const part of PART_NAMES) parts[part] = new PartWriter(ctx).part(template.parts[part]);
  return parts;
}

export const sfmcTarget: Target = {
  id: 'sfmc',
  title: 'Salesforce Marketing Cloud (AMPscript)',
  htmlExtension: '.html',

  check: checkTemplate,

  emit: emitTemplate,

  integrity: checkIntegrity,

  async execute(emitted, profile, ctx, template) {
    const data = sfmcData(profile, ctx, segmentFields(template, ctx, profile.data));
    const received = {} as EmittedParts;
    for (const part of PART_NAMES) received[part] = runAmpscript(emitted[part], data);
    return received;
  },
};
