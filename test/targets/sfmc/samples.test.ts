// Strategy samples: for each folder under samples/, input.json describes a template (see
// sample-input.ts) and expected.ampscript holds the AMPscript Tailor must emit for it.
// Each sample is also executed for its profiles and compared with the reference.
// UPDATE_SAMPLES=1 rewrites expected.ampscript from the current emitter.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_NAMES } from '../../../src/ir/nodes.js';
import { sfmcTarget } from '../../../src/targets/sfmc/index.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { expectEquivalent, profile, renderedFromParts } from '../../support/equivalence.js';
import { nodes, type SampleInput } from './sample-input.js';

const DIR = join(import.meta.dirname, 'samples');

describe('sfmc strategy samples', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, async () => {
      const input = JSON.parse(readFileSync(join(DIR, name, 'input.json'), 'utf8')) as SampleInput;
      const template = renderedFromParts(Object.fromEntries(Object.entries(input.parts).map(([part, list]) => [part, nodes(list!)])));
      expect(sfmcTarget.check(template, TEST_CONTEXT)).toEqual([]);
      const emitted = sfmcTarget.emit(template, TEST_CONTEXT);
      expect(sfmcTarget.integrity!(emitted)).toEqual([]);
      const text = PART_NAMES.filter((p) => input.parts[p]).map((p) => `=== ${p}\n${emitted[p]}\n`).join('\n');
      const file = join(DIR, name, 'expected.ampscript');
      if (process.env.UPDATE_SAMPLES) writeFileSync(file, text);
      expect(existsSync(file), `${file} is missing: run with UPDATE_SAMPLES=1`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
      await expectEquivalent(sfmcTarget, template, (input.profiles ?? [{}]).map((data, i) => profile(data, `p${i}`)));
    });
  }
});
