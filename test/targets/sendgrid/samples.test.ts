// Strategy samples: each folder under samples/ holds an input (IR in the small JSON language
// of ./sample-input.ts, plus profiles) and the Handlebars Tailor must emit for it
// (expected.hbs). UPDATE_SAMPLES=1 rewrites expected.hbs. Every sample is also executed
// for its profiles and compared with the reference evaluator.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_NAMES, type Node, type PartName } from '../../../src/ir/nodes.js';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import { lintHandlebars } from '../../../src/targets/sendgrid/lint-handlebars.js';
import type { EmittedParts } from '../../../src/targets/target.js';
import { expectEquivalent, profile, renderedFromParts } from '../../support/equivalence.js';
import { sendgridContext } from './context.js';
import { toNodes, type SampleInput } from './sample-input.js';

const SAMPLES = join(import.meta.dirname, 'samples');
const UPDATE = process.env.UPDATE_SAMPLES === '1';

/** Profiles every sample also runs for: nothing known, and everything known. */
const COMMON_PROFILES: SampleInput['profiles'] = [
  {},
  {
    first_name: 'Ana',
    location: 'California',
    email: 'ana@example.com',
    lifecycle_stage: 'active',
    orders_12m: 7,
    vip: true,
    last_order_date: '2026-01-15',
    profile_url: 'https://shop.example.com/me?id=1&x=2',
    recommendations: [{ name: 'Linen shirt', url: 'https://shop.example.com/p/1', image: 'https://shop.example.com/i/1.jpg', price: '$40' }],
  },
];

/** expected.hbs: each non-empty part after a `{{!-- <part> --}}` line. */
function formatExpected(emitted: EmittedParts): string {
  return PART_NAMES.filter((p) => emitted[p] !== '')
    .map((p) => `{{!-- ${p} --}}\n${emitted[p]}\n`)
    .join('');
}

describe('sendgrid strategy samples', () => {
  const cases = readdirSync(SAMPLES).filter((name) => existsSync(join(SAMPLES, name, 'input.json')));
  it('has samples', () => expect(cases.length).toBeGreaterThan(10));

  for (const name of cases) {
    it(name, async () => {
      const input = JSON.parse(readFileSync(join(SAMPLES, name, 'input.json'), 'utf8')) as SampleInput;
      const parts: Partial<Record<PartName, Node[]>> = {};
      for (const [part, nodes] of Object.entries(input.parts)) parts[part as PartName] = toNodes(nodes);
      const template = renderedFromParts(parts, name);
      const ctx = sendgridContext(input.segmentFields ? { segmentFields: input.segmentFields } : {});

      const emitted = sendgridTarget.emit(template, ctx);
      const file = join(SAMPLES, name, 'expected.hbs');
      if (UPDATE) writeFileSync(file, formatExpected(emitted));
      expect(formatExpected(emitted)).toBe(readFileSync(file, 'utf8'));
      expect(sendgridTarget.integrity!(emitted)).toEqual([]);
      for (const part of PART_NAMES) expect(lintHandlebars(emitted[part])).toEqual([]);

      const profiles = [...input.profiles, ...COMMON_PROFILES].map((data, i) => profile(data, `p${i}`));
      await expectEquivalent(sendgridTarget, template, profiles, ctx);
    });
  }
});
