// Generated templates for the braze property tests: outputs with fallbacks and filters,
// condition trees (test/support/arbitraries.ts), loops over the recommendations with item
// outputs and item conditions, and static text full of delimiters, in every part.
import fc from 'fast-check';
import type { AttrRef, Cond, FilterCall, Node, OutputContext } from '../../../src/ir/nodes.js';
import type { Profile as ProfileT, ProfileValue } from '../../../src/source/model.js';
import { hasKnownDivergence } from '../../../src/targets/braze/divergences.js';
import type { RenderedTemplate } from '../../../src/targets/target.js';
import { condArb, nastyString, profileArb } from '../../support/arbitraries.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, each, iff, item, out, SPAN, text, truthy } from '../../support/nodes.js';

const PRINTABLE: AttrRef[] = [
  attr('first_name'), attr('location'), attr('email', 'email'), attr('lifecycle_stage', 'enum'),
  attr('orders_12m', 'number'), attr('vip', 'boolean'), attr('profile_url', 'url'),
];
const ITEM_FIELDS = ['name', 'url', 'image', 'price'];

const staticText = (html: boolean) =>
  fc.oneof(
    fc.constantFrom('', ' ', '<p>', '</p>', 'Hi ', ', ', '{{', '{%', '{% endraw %}', '${', '$', '{', '}}', '%}'),
    nastyString,
  ).filter((s) => !html || !s.includes('<!--'));

const formats = fc.constantFrom('%Y-%m-%d', '%e %B %Y', '%A, %b %e', '%H:%M', '100%% on %d/%m', `it's "%Y"`, '{{%Y}}', '%%{{x}} ${x} {');

const textFilter: fc.Arbitrary<FilterCall> = fc.oneof(
  fc.constantFrom<FilterCall>(
    { name: 'upper', span: SPAN }, { name: 'lower', span: SPAN }, { name: 'capitalize', span: SPAN }, { name: 'trim', span: SPAN },
  ),
  fc.integer({ min: 0, max: 8 }).map((length): FilterCall => ({ name: 'truncate', length, span: SPAN })),
);

function outputArb(context: OutputContext): fc.Arbitrary<Node> {
  const fallback = fc.oneof(fc.constant(''), nastyString);
  const plain = fc
    .tuple(fc.constantFrom(...PRINTABLE), fallback, fc.array(textFilter, { maxLength: 3 }))
    .map(([ref, fb, filters]) => out(ref, fb, context, filters));
  const dated = fc
    .tuple(fallback, formats, fc.array(textFilter, { maxLength: 1 }))
    .map(([fb, format, filters]) => out(attr('last_order_date', 'date'), fb, context, [{ name: 'date', format, span: SPAN }, ...filters]));
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: dated });
}

const dateAtom: fc.Arbitrary<Cond> = fc
  .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>=') as fc.Arbitrary<'==' | '!=' | '<' | '<=' | '>' | '>='>, fc.constantFrom('2026-01-15', '2025-12-31T00:00:00Z', '2026-03-01T10:30:00Z'))
  .map(([op, v]) => cmp(attr('last_order_date', 'date'), op, v));
const anyCond = fc.oneof({ weight: 4, arbitrary: condArb }, { weight: 1, arbitrary: dateAtom });

const itemCond: fc.Arbitrary<Cond> = fc.oneof(
  fc.constantFrom(...ITEM_FIELDS).map((f) => truthy(item('recommendations', f))),
  fc.tuple(fc.constantFrom('name', 'price'), fc.constantFrom('==', '!=') as fc.Arbitrary<'==' | '!='>, fc.constantFrom('Linen shirt', '$40', '', `both ' and "`))
    .map(([f, op, v]) => cmp(item('recommendations', f), op, v)),
);

/** A list of nodes for one part; `inLoop` allows item outputs and item conditions. */
function nodesArb(context: OutputContext, html: boolean, depth: number, inLoop: boolean): fc.Arbitrary<Node[]> {
  const leaf: fc.Arbitrary<Node>[] = [staticText(html).map(text), outputArb(context)];
  if (inLoop) {
    leaf.push(
      fc.tuple(fc.constantFrom(...ITEM_FIELDS), fc.oneof(fc.constant(''), nastyString), fc.array(textFilter, { maxLength: 2 }))
        .map(([f, fb, filters]) => out(item('recommendations', f), fb, context, filters)),
    );
  }
  const options: fc.Arbitrary<Node>[] = [...leaf];
  if (depth > 0) {
    const body = nodesArb(context, html, depth - 1, inLoop);
    const cond = inLoop ? fc.oneof(anyCond, itemCond) : anyCond;
    options.push(
      fc.tuple(fc.array(fc.tuple(cond, body), { minLength: 1, maxLength: 3 }), fc.option(body, { nil: null })).map(([branches, otherwise]) => iff(branches, otherwise)),
    );
    if (!inLoop) {
      options.push(
        fc.tuple(nodesArb(context, html, depth - 1, true), body, fc.integer({ min: 1, max: 4 }))
          .map(([loopBody, empty, limit]) => each(attr('recommendations', 'list'), loopBody, empty, limit)),
      );
    }
  }
  return fc.array(fc.oneof(...options), { maxLength: 5 });
}

export const templateArb: fc.Arbitrary<RenderedTemplate> = fc
  .record({
    html: nodesArb('html', true, 2, false).chain((nodes) => fc.constantFrom('html', 'attr').map((ctx) => setContext(nodes, ctx as OutputContext))),
    text: nodesArb('text', false, 2, false),
    subject: nodesArb('text', false, 1, false),
    preheader: nodesArb('text', false, 1, false),
  })
  .map((parts) => renderedFromParts(parts));

function setContext(nodes: Node[], context: OutputContext): Node[] {
  return nodes.map((n) => {
    if (n.kind === 'output') return { ...n, context };
    if (n.kind === 'if') return { ...n, branches: n.branches.map((b) => ({ ...b, body: setContext(b.body, context) })), else: n.else && setContext(n.else, context) };
    if (n.kind === 'each') return { ...n, body: setContext(n.body, context), empty: setContext(n.empty, context) };
    return n;
  });
}

/**
 * Profiles from the shared generator, with the values the documented divergences are
 * about (src/targets/braze/divergences.ts) kept out of filtered strings: those are pinned
 * by divergences.test.ts instead.
 */
export const brazeProfileArb: fc.Arbitrary<ProfileT> = profileArb.map((p) => ({ ...p, data: withoutDivergentValues(p.data) }));

const ALL_FILTERS: FilterCall[] = [
  { name: 'upper', span: SPAN }, { name: 'lower', span: SPAN }, { name: 'capitalize', span: SPAN }, { name: 'trim', span: SPAN },
];

function withoutDivergentValues(data: ProfileT['data']): ProfileT['data'] {
  const clean = (v: ProfileValue): ProfileValue => {
    if (Array.isArray(v)) return v.map((i) => Object.fromEntries(Object.entries(i).map(([k, x]) => [k, x === null ? null : (clean(x) as string)])));
    if (v === null || typeof v === 'boolean') return v;
    return hasKnownDivergence(v, ALL_FILTERS) ? (typeof v === 'number' ? 0 : 'replaced') : v;
  };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, clean(v)]));
}
