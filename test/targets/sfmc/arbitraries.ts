// Generators for the sfmc property tests: templates mixing delimiter-looking static text,
// outputs (every context, fallbacks, filters), condition chains and loops over the test
// schema of test/support/context.ts.
import fc from 'fast-check';
import type { FilterCall, Node, OutputContext } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { condArb, nastyString } from '../../support/arbitraries.js';
import { attr, cmp, each, iff, item, out, SPAN, text, truthy } from '../../support/nodes.js';

/** Static text that looks like AMPscript, GTL or markup. */
export const staticTextArb = fc.oneof(
  nastyString,
  fc.constantFrom('%', '%%', '%%%', '50%', '%%[', ']%%', '%%=', '=%%', '%%=v(@x)=%%', '%%FirstName%%', '%%First Name%%', '{{', '{{{x}}}', '}}',
    '<script runat="server">SET @x = 1</script>', '<SCRIPT>', "'", '"', '&amp;', '\n'),
);

const f = (name: 'upper' | 'lower' | 'capitalize' | 'trim'): FilterCall => ({ name, span: SPAN });
const filtersArb: fc.Arbitrary<FilterCall[]> = fc.array(
  fc.oneof(
    fc.constantFrom(f('upper'), f('lower'), f('capitalize'), f('trim')),
    fc.integer({ min: 0, max: 8 }).map((length): FilterCall => ({ name: 'truncate', length, span: SPAN })),
  ),
  { maxLength: 3 },
);
const dateFilterArb: fc.Arbitrary<FilterCall> = fc
  .constantFrom('%Y-%m-%d', '%e %B %Y', '%a %d %b', '%A, %H:%M', "it's %% %m/%d", 'd %Y')
  .map((format) => ({ name: 'date', format, span: SPAN }));

const scalarAttrs = ['first_name', 'location', 'email', 'lifecycle_stage', 'orders_12m', 'vip', 'profile_url'] as const;
const TYPES: Record<string, 'string' | 'email' | 'enum' | 'number' | 'boolean' | 'url'> = {
  first_name: 'string', location: 'string', email: 'email', lifecycle_stage: 'enum', orders_12m: 'number', vip: 'boolean', profile_url: 'url',
};

export const outputArb = (context: OutputContext, withFilters: boolean): fc.Arbitrary<Node> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...scalarAttrs), fc.constantFrom('', 'there', 'a & "b"', '%%x%%'), withFilters ? filtersArb : fc.constant<FilterCall[]>([])).map(([name, fallback, filters]) => out(attr(name, TYPES[name]), fallback, context, filters)) },
    { weight: 1, arbitrary: fc.tuple(dateFilterArb, withFilters ? filtersArb : fc.constant<FilterCall[]>([])).map(([d, rest]) => out(attr('last_order_date', 'date'), 'soon', context, [d, ...rest])) },
  );

const itemCondArb = fc.oneof(
  fc.constantFrom('name', 'price').map((field) => truthy(item('recommendations', field))),
  fc.constantFrom('Linen shirt', 'ANA', '$40').map((v) => cmp(item('recommendations', 'name'), '==', v)),
  fc.constantFrom('$40', '').map((v) => cmp(item('recommendations', 'price'), '!=', v)),
);

export const loopArb = (context: OutputContext): fc.Arbitrary<Node> =>
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), itemCondArb, staticTextArb, fc.boolean(), condArb)
    .map(([limit, c, sep, withEmpty, outer]) =>
      each(
        attr('recommendations', 'list'),
        [
          text('<li>'),
          out(item('recommendations', 'name'), 'unnamed', context, []),
          text(sep),
          iff([[c, [out(item('recommendations', 'price'), 'n/a', context, [])]]], [text('-')]),
          iff([[outer, [out(attr('first_name'), 'you', context)]]]),
          text('</li>'),
        ],
        withEmpty ? [text('nothing for you')] : [],
        limit,
      ),
    );

/** A part's nodes: text, outputs, if-chains (with elif/else) and loops. */
export const partArb = (context: OutputContext, withFilters: boolean): fc.Arbitrary<Node[]> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: staticTextArb.map((s) => text(s)) },
      { weight: 3, arbitrary: outputArb(context, withFilters) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.array(fc.tuple(condArb, staticTextArb), { minLength: 1, maxLength: 3 }), fc.option(staticTextArb), outputArb(context, withFilters))
          .map(([branches, otherwise, o]) => iff(branches.map(([c, t], i) => [c, i === 0 ? [text(t), o] : [text(t)]]), otherwise === null ? null : [text(otherwise)])),
      },
      { weight: 1, arbitrary: loopArb(context) },
    ),
    { maxLength: 6 },
  );

/** Profiles whose text differs from the comparison values of condArb only in case. */
export const caseVariantProfileArb: fc.Arbitrary<Profile> = fc
  .record({
    first_name: fc.constantFrom('Ana', 'ANA', 'ana', 'aNa', "O'BRIEN", "O'Brien", 'SAY "HI"'),
    location: fc.constantFrom('California', 'california', 'CALIFORNIA', 'Texas'),
    lifecycle_stage: fc.constantFrom('active', 'Active', 'ACTIVE', 'new', 'NEW', 'lapsed'),
    orders_12m: fc.constantFrom(0, 2.5, 5, 1),
    vip: fc.boolean(),
  })
  .map((data) => ({ id: 'case', file: 'case.yaml', data }));
