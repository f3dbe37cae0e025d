// The documented limit of the sfmc target (docs/targets/sfmc.md, capability notes): AMPscript
// maps case one character at a time, so a few characters print differently from the
// reference. Pinned here so that a change on either side shows up.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/ir/evaluate.js';
import { sfmcTarget } from '../../../src/targets/sfmc/index.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { profile, renderedFromParts } from '../../support/equivalence.js';
import { attr, filter, out } from '../../support/nodes.js';
import { hasCaseMappingDivergence } from './case-divergence.js';

describe('sfmc limits', () => {
  it.each([
    ['upper', 'Straße', 'STRASSE', 'STRAßE'],
    ['lower', 'ΟΔΟΣ', 'οδος', 'οδοσ'],
  ] as const)('%s of %s: reference %s, AMPscript %s', async (name, value, reference, ampscript) => {
    const template = renderedFromParts({ text: [out(attr('first_name'), '', 'text', [filter(name)])] });
    const data = { first_name: value };
    expect(evaluate(template.parts.text, data)).toBe(reference);
    const got = await sfmcTarget.execute(sfmcTarget.emit(template, TEST_CONTEXT), profile(data), TEST_CONTEXT, template);
    expect(got.text).toBe(ampscript);
    expect(hasCaseMappingDivergence(data)).toBe(true);
  });

  it('agrees on ordinary letters, accents and other scripts', async () => {
    const template = renderedFromParts({ text: [out(attr('first_name'), '', 'text', [filter('upper')]), out(attr('location'), '', 'text', [filter('capitalize')])] });
    const data = { first_name: 'zoë élodie 李', location: 'sÃO pAULO' };
    expect(hasCaseMappingDivergence(data)).toBe(false);
    const got = await sfmcTarget.execute(sfmcTarget.emit(template, TEST_CONTEXT), profile(data), TEST_CONTEXT, template);
    expect(got.text).toBe(evaluate(template.parts.text, data));
  });
});
