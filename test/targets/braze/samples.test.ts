// Strategy samples: each folder under samples/ holds input.ts (a rendered template, the
// profiles to run it for, optionally a context) and expected.liquid (what the braze
// target emits for it, part by part). UPDATE_SAMPLES=1 rewrites expected.liquid. Every
// sample must also render like the reference for each profile, on every engine here.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PART_NAMES } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { ENGINES, expectBrazeEquivalent } from './support.js';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), 'samples');

interface SampleInput {
  description: string;
  template: RenderedTemplate;
  profiles: Profile[];
  ctx?: TargetContext;
}

/** Parts in a fixed order; empty parts are left out. */
function formatParts(emitted: EmittedParts): string {
  return PART_NAMES.filter((p) => emitted[p] !== '')
    .map((p) => `==> ${p}\n${emitted[p]}\n`)
    .join('');
}

describe(`braze samples (${ENGINES})`, () => {
  for (const name of readdirSync(SAMPLES).sort()) {
    it(name, async () => {
      const input = (await import(join(SAMPLES, name, 'input.ts'))) as SampleInput;
      const ctx = input.ctx ?? TEST_CONTEXT;
      const emitted = brazeTarget.emit(input.template, ctx);
      const actual = `# ${input.description}\n${formatParts(emitted)}`;
      const file = join(SAMPLES, name, 'expected.liquid');
      if (process.env.UPDATE_SAMPLES === '1' || !existsSync(file)) {
        if (process.env.UPDATE_SAMPLES !== '1') throw new Error(`${file} is missing; run with UPDATE_SAMPLES=1 to create it`);
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
      await expectBrazeEquivalent(input.template, input.profiles, ctx);
    });
  }
});
