// The core proof shared by every target's tests: emit, execute with the target's engine,
// and compare each part with the reference evaluator after normalisation.
import { expect } from 'vitest';
import { evaluate } from '../../src/ir/evaluate.js';
import type { Node, PartName } from '../../src/ir/nodes.js';
import type { Profile } from '../../src/source/model.js';
import type { RenderedTemplate, Target, TargetContext } from '../../src/targets/target.js';
import { normalizeForCompare } from '../../src/verify/normalize.js';
import { TEST_CONTEXT } from './context.js';

const PARTS: PartName[] = ['html', 'text', 'subject', 'preheader'];

/** A rendered template made of hand-written parts (missing parts are empty). */
export function renderedFromParts(parts: Partial<Record<PartName, Node[]>>, name = 'test'): RenderedTemplate {
  const full = { html: [], text: [], subject: [], preheader: [], ...parts } as Record<PartName, Node[]>;
  return {
    name,
    file: `templates/${name}.mjml`,
    ir: { name, file: `templates/${name}.mjml`, body: full.html, subject: full.subject, preheader: full.preheader, meta: {} },
    parts: full,
  };
}

export function profile(data: Profile['data'], id = 'p'): Profile {
  return { id, file: `fixtures/profiles/${id}.yaml`, data };
}

/** Checks, emits and executes `template` for each profile; every part must equal the reference. */
export async function expectEquivalent(
  target: Target,
  template: RenderedTemplate,
  profiles: Profile[],
  ctx: TargetContext = TEST_CONTEXT,
): Promise<void> {
  const errors = target.check(template, ctx).filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  const emitted = target.emit(template, ctx);
  for (const p of profiles) {
    const got = await target.execute(emitted, p, ctx, template);
    for (const part of PARTS) {
      const want = normalizeForCompare(evaluate(template.parts[part], p.data));
      const have = normalizeForCompare(got[part]);
      if (have !== want) {
        throw new Error(
          `${target.id} ${part} differs for profile ${JSON.stringify(p.data)}\n` +
            `emitted:\n${emitted[part]}\nexpected: ${JSON.stringify(want)}\nactual:   ${JSON.stringify(have)}`,
        );
      }
    }
  }
}
