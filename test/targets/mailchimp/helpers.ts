// Shared by the mailchimp tests: spans on chosen lines, contexts with other settings,
// hand-written profiles, and the analyzer's view (features refused by the capability row).
import { featuresUsed } from '../../../src/analyze/features.js';
import type { Cond, Node, Span } from '../../../src/ir/nodes.js';
import type { Profile, SegmentDef } from '../../../src/source/model.js';
import { CAPABILITIES, type Feature } from '../../../src/targets/capabilities.js';
import type { RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { profile } from '../../support/equivalence.js';
import { SPAN } from '../../support/nodes.js';

/** What a sample folder's input.ts exports. */
export interface Sample {
  template: RenderedTemplate;
  /** Profiles the emitted code is executed for (default: SAMPLE_PROFILES). */
  profiles?: Profile[];
  ctx?: TargetContext;
}

export const spanAt = (line: number, column = 1): Span => ({ ...SPAN, line, column, endLine: line, endColumn: column + 1 });

/** A copy of a node or condition placed on `line`. */
export function onLine<T extends Node | Cond>(line: number, x: T): T {
  return { ...x, span: spanAt(line) };
}

export function contextWith(options: { maxBranches?: number; segments?: Record<string, string> }): TargetContext {
  const ctx: TargetContext = {
    attributes: TEST_CONTEXT.attributes,
    config: {
      ...TEST_CONTEXT.config,
      target: { ...TEST_CONTEXT.config.target, mailchimp: { maxBranches: options.maxBranches ?? TEST_CONTEXT.config.target.mailchimp.maxBranches } },
    },
  };
  if (options.segments) {
    const segments = new Map<string, SegmentDef>();
    for (const [name, field] of Object.entries(options.segments)) {
      segments.set(name, { name, expression: { value: name, span: SPAN }, fields: { mailchimp: field }, span: spanAt(40) });
    }
    ctx.segments = segments;
  }
  return ctx;
}

const recs = (...names: string[]) =>
  names.map((name, i) => ({ name, url: `https://shop.example.com/p/${i}?a=1&b=2`, image: `https://shop.example.com/i/${i}.jpg`, price: `$${10 * (i + 1)}` }));

/** Recipients covering missing, empty, present and hostile values of the test schema. */
export const SAMPLE_PROFILES: Profile[] = [
  profile({}, 'no-data'),
  profile({ first_name: '', location: null, lifecycle_stage: '', recommendations: [] }, 'empty-values'),
  profile({ first_name: 'Ana', location: 'California', lifecycle_stage: 'active', orders_12m: 6, vip: true, recommendations: recs('Linen shirt', 'Chino', 'Tote', 'Cap') }, 'active-vip'),
  profile({ first_name: 'Zoë', lifecycle_stage: 'new', orders_12m: 0, vip: false, recommendations: recs('Scarf') }, 'new'),
  profile({ first_name: 'O\'Brien "<b>" & *|FNAME|*', lifecycle_stage: 'lapsed', orders_12m: 2.5, email: 'o@example.com', recommendations: recs('*|END:IF|* <i>', 'x') }, 'hostile'),
  profile({ first_name: ' ', lifecycle_stage: 'lapsed', orders_12m: 5, vip: false }, 'blank-name'),
];

/** The features of `template` that the mailchimp capability row refuses (the analyzer's job). */
export function refusedByTable(template: RenderedTemplate): Feature[] {
  const row = CAPABILITIES.mailchimp;
  return featuresUsed(template.ir)
    .map((u) => u.feature)
    .filter((f) => row[f].level === 'refused');
}
