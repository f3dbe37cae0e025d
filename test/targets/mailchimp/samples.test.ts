// Strategy samples: each folder under samples/ holds an input.ts (a rendered template) and
// expected.txt (the emitted code per part). The emitted code must match expected.txt
// (UPDATE_SAMPLES=1 rewrites it), pass the integrity check, and, executed for every
// sample profile, equal the reference render.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PART_NAMES } from '../../../src/ir/nodes.js';
import { mailchimpTarget } from '../../../src/targets/mailchimp/index.js';
import type { EmittedParts } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { expectEquivalent } from '../../support/equivalence.js';
import { SAMPLE_PROFILES, type Sample } from './helpers.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'samples');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function formatParts(parts: EmittedParts): string {
  return PART_NAMES.filter((p) => parts[p] !== '').map((p) => `--- ${p}\n${parts[p]}\n`).join('');
}

describe('mailchimp strategy samples', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, async () => {
      const { sample } = (await import(path.join(root, name, 'input.ts'))) as { sample: Sample };
      const ctx = sample.ctx ?? TEST_CONTEXT;
      expect(mailchimpTarget.check(sample.template, ctx)).toEqual([]);
      const emitted = mailchimpTarget.emit(sample.template, ctx);
      const actual = formatParts(emitted);
      const file = path.join(root, name, 'expected.txt');
      if (process.env.UPDATE_SAMPLES === '1') writeFileSync(file, actual);
      // A missing expected file fails (it is not written quietly, which would make the sample pass untested).
      expect(existsSync(file), `${file} is missing: run with UPDATE_SAMPLES=1`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
      expect(mailchimpTarget.integrity!(emitted)).toEqual([]);
      await expectEquivalent(mailchimpTarget, sample.template, sample.profiles ?? SAMPLE_PROFILES, ctx);
    });
  }
});
