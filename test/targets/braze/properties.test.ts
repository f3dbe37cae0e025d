// Property tests: generated templates (outputs with fallbacks and filters, condition
// trees, loops, delimiter-laden static text, in every part) x generated profiles equal
// the reference in every part, on liquidjs and on Ruby Liquid separately; integrity and
// lint hold on all emitted code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PART_NAMES } from '../../../src/ir/nodes.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import { lintLiquid } from '../../../src/targets/braze/lint-liquid.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { brazeProfileArb, templateArb } from './template-arbitraries.js';
import { ENGINES, expectBrazeEquivalent } from './support.js';

describe(`braze properties (${ENGINES})`, () => {
  it('generated templates x profiles render like the reference', async () => {
    await fc.assert(
      fc.asyncProperty(templateArb, fc.array(brazeProfileArb, { minLength: 1, maxLength: 4 }), async (template, profiles) => {
        await expectBrazeEquivalent(template, profiles);
      }),
      { numRuns: 150 },
    );
  });

  it('integrity and lint hold on all emitted code', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const emitted = brazeTarget.emit(template, TEST_CONTEXT);
        expect(brazeTarget.integrity!(emitted)).toEqual([]);
        for (const part of PART_NAMES) expect(lintLiquid(emitted[part])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
