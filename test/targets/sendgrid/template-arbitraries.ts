// fast-check generators of whole rendered templates over the test schema: static text full
// of delimiter-looking characters, outputs with fallbacks in every context, if / elif / else
// chains over the shared condition trees, loops with limits, item fields and empty branches.
import fc from 'fast-check';
import type { Cond, Node, OutputContext, PartName } from '../../../src/ir/nodes.js';
import type { RenderedTemplate } from '../../../src/targets/target.js';
import { atomArb, nastyString } from '../../support/arbitraries.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { and, attr, cmp, item, not, or, SPAN, truthy } from '../../support/nodes.js';

/** Static text that looks like Handlebars (and other ESP languages). */
export const staticText = fc.oneof(
  nastyString,
  fc.string({ unit: fc.constantFrom('{', '}', '\\', '!', '#', '/', '&', 'a', ' ', '<', '>', '"', "'"), maxLength: 8 }),
  fc.constantFrom('{{ first_name }}', '{{{raw}}}', '\\{{x}}', '{{#if x}}', '{{/if}}', '{{> partial}}', '{{!-- c --}}', '}}', '<b>', '&amp;'),
);

/**
 * Plain-text copy must not end with "{" (that cannot touch a tag in plain text and is
 * refused, see refusals.test.ts); keeping it rare keeps most generated templates accepted.
 */
const plainStaticText = staticText.filter((t) => !t.endsWith('{'));

/**
 * Conditions for nested ifs: small trees, since the copies a decision tree makes multiply
 * through nesting (property.test.ts runs the shared deep trees on their own).
 */
const smallCond: fc.Arbitrary<Cond> = fc.oneof(
  atomArb,
  fc.tuple(atomArb, atomArb).map(([a, b]) => and(a, b)),
  fc.tuple(atomArb, atomArb).map(([a, b]) => or(a, b)),
  atomArb.map((a) => not(a)),
);

const SCALARS = [
  ['first_name', 'string'],
  ['location', 'string'],
  ['email', 'email'],
  ['lifecycle_stage', 'enum'],
  ['orders_12m', 'number'],
  ['vip', 'boolean'],
  ['last_order_date', 'date'],
  ['profile_url', 'url'],
] as const;

const ITEM_FIELDS = ['name', 'url', 'image', 'price'] as const;

/** An output of a profile attribute (sometimes through the date filter) in the part's context. */
function outputArb(contexts: OutputContext[]): fc.Arbitrary<Node> {
  return fc
    .record({
      attribute: fc.constantFrom(...SCALARS),
      fallback: fc.oneof(fc.constant(''), nastyString),
      context: fc.constantFrom(...contexts),
      date: fc.option(fc.constantFrom('%Y-%m-%d', '%B %e, %Y', '%a %d %b %H:%M', '%d/%m/%Y (%A)'), { nil: undefined }),
    })
    .map(({ attribute: [name, type], fallback, context, date }): Node => ({
      kind: 'output',
      ref: attr(name, type),
      filters: date && type === 'date' ? [{ name: 'date', format: date, span: SPAN }] : [],
      fallback,
      context,
      span: SPAN,
    }));
}

/** Conditions on the loop item's fields (and on profile attributes). */
const itemCond: fc.Arbitrary<Cond> = fc.oneof(
  fc.constantFrom(...ITEM_FIELDS).map((f) => truthy(item('recommendations', f, f === 'url' || f === 'image' ? 'url' : 'string'))),
  fc.constantFrom('Linen shirt', '$40', '').map((v) => cmp(item('recommendations', 'name'), '==', v)),
  fc.constantFrom('$40', '€12,50').map((v) => cmp(item('recommendations', 'price'), '!=', v)),
  atomArb,
);

function itemOutput(contexts: OutputContext[]): fc.Arbitrary<Node> {
  return fc.record({ field: fc.constantFrom(...ITEM_FIELDS), fallback: fc.oneof(fc.constant(''), nastyString), context: fc.constantFrom(...contexts) }).map(
    ({ field, fallback, context }): Node => ({ kind: 'output', ref: item('recommendations', field, field === 'url' || field === 'image' ? 'url' : 'string'), filters: [], fallback, context, span: SPAN }),
  );
}

const staticNodeOf = (texts: fc.Arbitrary<string>) => texts.map((t): Node => ({ kind: 'static', text: t }));

function ifNode(cond: fc.Arbitrary<Cond>, body: fc.Arbitrary<Node[]>): fc.Arbitrary<Node> {
  return fc
    .record({ branches: fc.array(fc.tuple(cond, body), { minLength: 1, maxLength: 2 }), otherwise: fc.option(body, { nil: null }) })
    .map(({ branches, otherwise }): Node => ({ kind: 'if', branches: branches.map(([c, b]) => ({ cond: c, body: b })), else: otherwise, span: SPAN }));
}

function loopNode(contexts: OutputContext[], staticNode: fc.Arbitrary<Node>): fc.Arbitrary<Node> {
  const flat = fc.array(fc.oneof(staticNode, itemOutput(contexts), outputArb(contexts)), { maxLength: 4 });
  const body = fc.array(fc.oneof(staticNode, itemOutput(contexts), ifNode(itemCond, flat)), { maxLength: 4 });
  return fc
    .record({ limit: fc.integer({ min: 0, max: 5 }), body, empty: fc.array(fc.oneof(staticNode, outputArb(contexts)), { maxLength: 2 }) })
    .map(({ limit, body: b, empty }): Node => ({ kind: 'each', loopVar: 'item', list: attr('recommendations', 'list'), limit, body: b, empty, span: SPAN }));
}

/** The nodes of one part: static text, outputs, conditions (nested once) and loops. */
export function partNodes(contexts: OutputContext[], texts: fc.Arbitrary<string>): fc.Arbitrary<Node[]> {
  const staticNode = staticNodeOf(texts);
  const leaf = fc.oneof(staticNode, outputArb(contexts));
  const flat = fc.array(leaf, { maxLength: 3 });
  const nested = fc.array(fc.oneof(leaf, ifNode(smallCond, flat)), { maxLength: 3 });
  return fc.array(
    fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 3, arbitrary: ifNode(smallCond, nested) }, { weight: 1, arbitrary: loopNode(contexts, staticNode) }),
    { maxLength: 5 },
  );
}

const PLAIN: OutputContext[] = ['text'];

export const templateArb: fc.Arbitrary<RenderedTemplate> = fc
  .record({
    html: partNodes(['html', 'attr'], staticText),
    text: partNodes(PLAIN, plainStaticText),
    subject: partNodes(PLAIN, plainStaticText),
    preheader: partNodes(PLAIN, plainStaticText),
  })
  .map((parts: Record<PartName, Node[]>) => renderedFromParts(parts, 'generated'));
