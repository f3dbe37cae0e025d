// Shared helpers of the braze tests: whether Ruby Liquid is here (and whether it must
// be), and the equivalence check on both engines separately.
import { describe, expect } from 'vitest';
import { evaluate } from '../../../src/ir/evaluate.js';
import { PART_NAMES } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { renderWithEngines } from '../../../src/targets/braze/execute.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import { isRubyLiquidAvailable } from '../../../src/targets/braze/ruby-liquid.js';
import type { RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { normalizeForCompare } from '../../../src/verify/normalize.js';
import { TEST_CONTEXT } from '../../support/context.js';

export const RUBY = isRubyLiquidAvailable();
/** In CI (or with TAILOR_REQUIRE_RUBY=1) a missing Ruby Liquid is a failure, not a skip. */
export const RUBY_REQUIRED = Boolean(process.env.CI) || process.env.TAILOR_REQUIRE_RUBY === '1';
export const RUBY_MISSING = 'Ruby Liquid is not installed (apt-get install ruby ruby-liquid)';

/**
 * describe() for tests that need Ruby Liquid. Without it they are skipped with the
 * reason in their name, unless Ruby is required: then they run, and fail.
 */
export function describeWithRuby(name: string, body: () => void): void {
  if (RUBY || RUBY_REQUIRED) describe(name, body);
  else describe.skip(`${name} [skipped: ${RUBY_MISSING}]`, body);
}

/** The engines a suite runs on, for its title. */
export const ENGINES = RUBY ? 'liquidjs and Ruby Liquid' : `liquidjs only: ${RUBY_MISSING}`;

/**
 * check -> emit -> integrity and lint -> render with every engine; each engine's output
 * of every part must equal the reference. Ruby Liquid must have run when it is required.
 */
export async function expectBrazeEquivalent(template: RenderedTemplate, profiles: Profile[], ctx: TargetContext = TEST_CONTEXT): Promise<void> {
  const errors = brazeTarget.check(template, ctx).filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  const emitted = brazeTarget.emit(template, ctx);
  expect(brazeTarget.integrity!(emitted)).toEqual([]);
  for (const p of profiles) {
    const renders = await renderWithEngines(emitted, p, ctx, template);
    if (RUBY_REQUIRED && !renders.ruby) throw new Error(RUBY_MISSING);
    for (const [engine, parts] of Object.entries(renders)) {
      for (const part of PART_NAMES) {
        const want = normalizeForCompare(evaluate(template.parts[part], p.data));
        const have = normalizeForCompare(parts[part]);
        if (have !== want) {
          throw new Error(
            `${engine}: ${part} differs for ${JSON.stringify(p.data)}\nemitted:\n${emitted[part]}\n` +
              `expected: ${JSON.stringify(want)}\nactual:   ${JSON.stringify(have)}`,
          );
        }
      }
    }
  }
}
