// Property tests: over generated condition trees, fallbacks, loops and delimiter-looking
// static text, the emitted merge tags, run by Tailor's interpreter, equal the reference
// render for generated profiles full of awkward values (or check() refuses, for the
// shapes Mailchimp cannot express), and every emitted template passes the integrity check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/ir/evaluate.js';
import { walkCond, type Cond, type Node, type OutputContext } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { mailchimpTarget } from '../../../src/targets/mailchimp/index.js';
import { lowerTemplate } from '../../../src/targets/mailchimp/lower.js';
import type { RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { normalizeForCompare } from '../../../src/verify/normalize.js';
import { condArb, nastyString, profileArb } from '../../support/arbitraries.js';
import { expectEquivalent, renderedFromParts } from '../../support/equivalence.js';
import { and, attr, each, iff, item, not, or, out, text, truthy } from '../../support/nodes.js';
import { SEGMENT_CONTEXT, supportedCondArb } from './arbitraries.js';
import { contextWith, refusedByTable } from './helpers.js';

const RUNS = { numRuns: Number(process.env.MC_RUNS ?? 150) };
const roomy = contextWith({ maxBranches: 256 });
const profilesArb = fc.array(profileArb, { minLength: 1, maxLength: 6 });

/** Why Mailchimp cannot express a condition (null: it can). */
function unsupported(cond: Cond): 'table' | 'check' | null {
  let why: 'table' | 'check' | null = null;
  walkCond(cond, (c) => {
    if (c.kind !== 'compare') return;
    if (c.op !== '==' && c.op !== '!=') why = 'table';
    else if (why === null && (c.ref.type === 'string' || c.ref.type === 'email' || c.ref.type === 'url')) why = 'check';
  });
  return why;
}

async function checkEmitRun(template: RenderedTemplate, profiles: Profile[], ctx: TargetContext): Promise<void> {
  const errors = mailchimpTarget.check(template, ctx).filter((d) => d.severity === 'error');
  // Trees past the branch cap are refused; the cap has its own tests.
  fc.pre(!errors.some((d) => d.code === 'mailchimp-branch-limit'));
  await expectEquivalent(mailchimpTarget, template, profiles, ctx);
  const emitted = mailchimpTarget.emit(template, ctx);
  expect(mailchimpTarget.integrity!(emitted)).toEqual([]);
  // emit() after check() reuses check()'s lowering: it must be what emit mode writes.
  if (errors.length === 0) expect(emitted).toEqual(lowerTemplate(template, ctx, 'emit').parts);
}

const chain = (a: Cond, b: Cond): RenderedTemplate =>
  renderedFromParts({
    html: [text('<p>'), iff([[a, [text('<b>A</b> '), out(attr('first_name'), 'there')]], [b, [text('B')]]], [text('N')]), text('</p>')],
    subject: [iff([[a, [out(attr('lifecycle_stage', 'enum'), 'unknown', 'text')]]], [text('news')])],
  });

describe('mailchimp properties', () => {
  it('supported condition trees mean the same as the reference', async () => {
    const supportedCond = fc.oneof(condArb.filter((c) => unsupported(c) === null), supportedCondArb);
    await fc.assert(
      fc.asyncProperty(supportedCond, supportedCond, profilesArb, async (a, b, profiles) => {
        // `if profile.recommendations` reads the list: profiles keep to the list contract.
        await checkEmitRun(chain(a, b), profiles.map(withinListContract), SEGMENT_CONTEXT);
      }),
      RUNS,
    );
  });

  it('condition trees on list items mean the same as the reference', async () => {
    const recs = attr('recommendations', 'list');
    const price = item('recommendations', 'price');
    const itemCond = fc.oneof(
      supportedCondArb,
      fc.constant(truthy(price)),
      fc.constant(not(truthy(item('recommendations', 'url', 'url')))),
    );
    const treeArb = fc.array(itemCond, { minLength: 1, maxLength: 3 }).chain((atoms) => fc.constantFrom(and(...atoms), or(...atoms), not(or(...atoms))));
    await fc.assert(
      fc.asyncProperty(treeArb, fc.integer({ min: 1, max: 4 }), profilesArb, async (cond, limit, profiles) => {
        const template = renderedFromParts({
          html: [each(recs, [iff([[cond, [out(item('recommendations', 'name'), '?'), text(':'), out(price, 'n/a')]]], [text('-')]), text(';')], [text('none')], limit)],
        });
        await checkEmitRun(template, profiles.map(withinListContract), SEGMENT_CONTEXT);
      }),
      RUNS,
    );
  });

  it('unsupported condition trees are refused (capability table or check())', () => {
    fc.assert(
      fc.property(condArb.filter((c) => unsupported(c) !== null), (cond) => {
        const template = chain(cond, truthy(attr('vip', 'boolean')));
        if (unsupported(cond) === 'table') expect(refusedByTable(template).length).toBeGreaterThan(0);
        else expect(mailchimpTarget.check(template, roomy).map((d) => d.code)).toContain('mailchimp-string-equality');
      }),
      RUNS,
    );
  });

  it('outputs print the value or the fallback, in every context', async () => {
    const contextArb = fc.constantFrom<OutputContext>('html', 'attr');
    await fc.assert(
      fc.asyncProperty(nastyString, nastyString, contextArb, profilesArb, async (fbHtml, fbText, context, profiles) => {
        const template = renderedFromParts({
          html: [text('<p title="x">'), out(attr('first_name'), fbHtml, context), text('</p>'), out(attr('orders_12m', 'number'), fbHtml)],
          subject: [out(attr('first_name'), fbText, 'text'), text(' / '), out(attr('vip', 'boolean'), 'n/a', 'text')],
        });
        const delimiter = /\*\||\|\*/.test(fbText);
        const codes = [...new Set(mailchimpTarget.check(template, roomy).map((d) => d.code))];
        expect(codes).toEqual(delimiter ? ['mailchimp-fallback-delimiter'] : []);
        if (!delimiter) await checkEmitRun(template, profiles, roomy);
      }),
      RUNS,
    );
  });

  it('loops unrolled to numbered fields mean the same for lists within the contract', async () => {
    const recs = attr('recommendations', 'list');
    const name = item('recommendations', 'name');
    const price = item('recommendations', 'price');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), nastyString, profilesArb, async (limit, fallback, profiles) => {
        const template = renderedFromParts({
          html: [
            each(
              recs,
              [text('<li>'), out(name, fallback), iff([[truthy(price), [text(' '), out(price)]]], [text(' -')]), iff([[truthy(attr('vip', 'boolean')), [text('*')]]]), text('</li>')],
              [text('<p>none</p>')],
              limit,
            ),
          ],
          text: [iff([[truthy(recs), [text('You have picks')]]], [text('No picks')])],
        });
        await checkEmitRun(template, profiles.map(withinListContract), roomy);
      }),
      RUNS,
    );
  });

  it('a list item with an empty first field ends the list (the documented limit)', async () => {
    const template = renderedFromParts({
      html: [each(attr('recommendations', 'list'), [out(item('recommendations', 'name'), '?'), text(';')], [text('none')], 3)],
    });
    const outside = { id: 'p', file: 'p.yaml', data: { recommendations: [{ name: 'a' }, { name: '' }, { name: 'c' }] } };
    const emitted = mailchimpTarget.emit(template, roomy);
    const got = await mailchimpTarget.execute(emitted, outside, roomy, template);
    expect(evaluate(template.parts.html, outside.data)).toBe('a;?;c;');
    expect(got.html).toBe('a;');
    const inside = withinListContract(outside);
    expect((await mailchimpTarget.execute(emitted, inside, roomy, template)).html).toBe(evaluate(template.parts.html, inside.data));
  });

  it('static text that looks like merge tags never goes live', async () => {
    const pieces = fc.array(fc.oneof(nastyString, fc.constantFrom('*|', '|*', '*', '|', '*|FNAME|*', '*|END:IF|*', '<style>*|x</style>')), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(pieces, pieces, profilesArb, async (htmlPieces, textPieces, profiles) => {
        const html: Node[] = [];
        for (const p of htmlPieces) html.push(text(p), out(attr('first_name'), '|*'));
        const plain: Node[] = textPieces.map((p) => text(p.replace(/<\/?style>/g, '')));
        const template = renderedFromParts({ html, text: [iff([[truthy(attr('vip', 'boolean')), plain]], [text('x')])] });
        const htmlDelimiterInStyle = htmlPieces.some((p) => /<style>[^<]*(\*\||\|\*)/.test(p));
        // The text pieces are written one after the other: a delimiter may form where they meet.
        const textDelimiter = /\*\||\|\*/.test(plain.map((n) => (n.kind === 'static' ? n.text : '')).join(''));
        const codes = new Set(mailchimpTarget.check(template, roomy).map((d) => d.code));
        expect(codes.size > 0).toBe(htmlDelimiterInStyle || textDelimiter);
        if (codes.size > 0) return;
        await checkEmitRun(template, profiles, roomy);
        // Without a value in FNAME, every `*|` left in the received HTML came from escaped static text.
        const got = await mailchimpTarget.execute(mailchimpTarget.emit(template, roomy), { id: 'e', file: 'e', data: {} }, roomy, template);
        expect(normalizeForCompare(got.html)).toBe(normalizeForCompare(evaluate(template.parts.html, {})));
      }),
      RUNS,
    );
  });
});

/** The list contract: a list ends at the first item whose first field (name) is missing. */
function withinListContract(p: Profile): Profile {
  const list = p.data.recommendations;
  if (!Array.isArray(list)) return p;
  const end = list.findIndex((i) => i.name === undefined || i.name === null || i.name === '');
  return end === -1 ? p : { ...p, data: { ...p.data, recommendations: list.slice(0, end) } };
}
