// Property tests: for generated templates and profiles, the AMPscript Tailor emits, run by
// Tailor's interpreter, prints what the reference evaluator prints, in every part; the
// integrity check holds; static text that looks like code never runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sfmcTarget } from '../../../src/targets/sfmc/index.js';
import { profileArb } from '../../support/arbitraries.js';
import { expectEquivalent, renderedFromParts } from '../../support/equivalence.js';
import { text } from '../../support/nodes.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { caseVariantProfileArb, partArb, staticTextArb } from './arbitraries.js';
import { hasCaseMappingDivergence } from './case-divergence.js';

const RUNS = Number(process.env.SFMC_RUNS ?? 150);

describe('sfmc: emitted AMPscript equals the reference', () => {
  it('for generated templates x profiles, in every part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ html: partArb('html', true), text: partArb('text', true), subject: partArb('text', false), preheader: partArb('text', false) }),
        fc.array(profileArb, { minLength: 1, maxLength: 3 }),
        async (parts, profiles) => {
          // Documented limit: AMPscript's per-character case mapping (see case-divergence.ts).
          fc.pre(!profiles.some((p) => hasCaseMappingDivergence(p.data)));
          const template = renderedFromParts(parts);
          expect(sfmcTarget.integrity!(sfmcTarget.emit(template, TEST_CONTEXT))).toEqual([]);
          await expectEquivalent(sfmcTarget, template, profiles);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('compares text case-sensitively (AMPscript == ignores case)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ html: partArb('html', false) }), fc.array(caseVariantProfileArb, { minLength: 1, maxLength: 4 }), async (parts, profiles) => {
        await expectEquivalent(sfmcTarget, renderedFromParts(parts), profiles);
      }),
      { numRuns: RUNS },
    );
  });

  it('prints static text that looks like code as text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(staticTextArb, { minLength: 1, maxLength: 5 }), async (pieces) => {
        const template = renderedFromParts({ html: pieces.map(text), subject: [text(pieces.join(''))] });
        const emitted = sfmcTarget.emit(template, TEST_CONTEXT);
        expect(sfmcTarget.integrity!(emitted)).toEqual([]);
        const got = await sfmcTarget.execute(emitted, { id: 'p', file: 'p.yaml', data: {} }, TEST_CONTEXT, template);
        expect(got.html).toBe(pieces.join(''));
        expect(got.subject).toBe(pieces.join(''));
      }),
      { numRuns: RUNS },
    );
  });
});
