// Property tests: for generated profiles (missing, empty, unicode, quotes, markup and
// delimiter-looking values) and generated condition trees, the executed AMP part shows
// what MJML's reference render shows, and the resolver's JSON fits the published schema.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cond, Node } from '../../../src/ir/nodes.js';
import { ampBuild } from '../../../src/targets/amp/index.js';
import { ampEquivalence } from '../../../src/targets/amp/equivalence.js';
import { resolveAmpData } from '../../../src/targets/amp/resolve.js';
import { responseSchema } from '../../../src/targets/amp/schema.js';
import { condArb, profileArb } from '../../support/arbitraries.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, each, iff, item, out, text } from '../../support/nodes.js';
import { ampContext, templateFrom } from './support/harness.js';

const sample = (name: string) => templateFrom(readFileSync(new URL(`./samples/${name}/input.mjml`, import.meta.url), 'utf8'), name);
const ctx = ampContext();
const RUNS = { numRuns: 60 };

describe('amp target properties', () => {
  it.each(['greeting', 'segments-chain', 'recommendations', 'inline-logic', 'components'])(
    'sample %s: generated profiles see what the reference shows',
    async (name) => {
      const template = sample(name);
      await fc.assert(
        fc.asyncProperty(profileArb, async (p) => {
          const c = await ampEquivalence(template, p, ctx);
          expect(c.amp).toEqual(c.reference);
        }),
        RUNS,
      );
    },
  );

  /** A condition wrapping sections, one inline in text, and one in a loop over items. */
  function conditionTemplate(cond: Cond): Node[] {
    return [
      text('<mjml><mj-body>'),
      iff([[cond, [text('<mj-section><mj-column><mj-text>Branch A</mj-text></mj-column></mj-section>')]]], [
        text('<mj-section><mj-column><mj-text>Branch B</mj-text></mj-column></mj-section>'),
      ]),
      text('<mj-section><mj-column><mj-text>Start '),
      iff([[cond, [text('<b>yes</b> '), out(attr('first_name'), 'friend')]]], [text('no')]),
      text(' end</mj-text><mj-text>'),
      each(attr('recommendations', 'list'), [iff([[cond, [out(item('recommendations', 'name'), 'item')]]], [text('-')]), text(';')], [text('none')], 2),
      text('</mj-text></mj-column></mj-section></mj-body></mjml>'),
    ];
  }

  it('generated conditions and profiles: the AMP part follows the evaluator', async () => {
    await fc.assert(
      fc.asyncProperty(condArb, profileArb, async (cond, p) => {
        const template = renderedFromParts({ html: conditionTemplate(cond) });
        const c = await ampEquivalence(template, p, ctx);
        expect(c.amp).toEqual(c.reference);
      }),
      RUNS,
    );
  });

  it("the resolver's response always fits the template's JSON Schema", () => {
    const ajv = new Ajv.default({ strict: true });
    for (const name of ['greeting', 'segments-chain', 'recommendations', 'inline-logic', 'components']) {
      const plan = ampBuild(sample(name).ir, ctx).plan;
      const validate = ajv.compile(responseSchema(plan, 'https://amp.example.com/tailor/x'));
      fc.assert(
        fc.property(profileArb, (p) => {
          const data = resolveAmpData(plan, p.data);
          expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
        }),
        RUNS,
      );
    }
  });
});
