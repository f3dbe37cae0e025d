// fast-check generators shared by the property tests of every target: profiles full of
// awkward values, and condition trees over the test attribute schema.
import fc from 'fast-check';
import type { Cond, Literal } from '../../src/ir/nodes.js';
import type { Profile, ProfileItem } from '../../src/source/model.js';
import { and, attr, cmp, not, or, truthy } from './nodes.js';

/** Strings that look like every target's delimiters, markup, quotes and unicode. */
export const NASTY_STRINGS = [
  '', ' ', '  \t', 'Ana', 'ANA', 'ana', 'Zoë', '李小龙', '😀 emoji', "O'Brien", 'say "hi"', `both ' and "`,
  '<script>alert(1)</script>', '&amp; &lt;', 'a & b', '%%FirstName%%', '%%[ SET @x = 1 ]%%', '%%=v(@x)=%%',
  '*|FNAME|*', '*|IF:X|*', '{{ first_name }}', '{{{raw}}}', '{% if x %}', '{% raw %}', '{% endraw %}', '\\{{x}}',
  '${first_name}', 'California', 'california', 'new', 'active', 'lapsed', 'x|y*z=!', '100%', 'line\nbreak',
];

export const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(undefined), fc.constant(null));

const recItem: fc.Arbitrary<ProfileItem> = fc.record({
  name: fc.oneof(nastyString, fc.constant('Linen shirt')),
  url: fc.constantFrom('https://shop.example.com/p/1', 'https://shop.example.com/p/2?a=1&b=2'),
  image: fc.constantFrom('https://shop.example.com/i/1.jpg'),
  price: fc.constantFrom('$40', '€12,50', ''),
});

/** A profile over the test schema (test/support/context.ts); keys may be absent, null or empty. */
export const profileArb: fc.Arbitrary<Profile> = fc
  .record(
    {
      first_name: maybe(nastyString),
      location: maybe(fc.oneof(nastyString, fc.constantFrom('California', 'Texas'))),
      email: maybe(fc.constantFrom('ana@example.com', "o'brien@example.com")),
      lifecycle_stage: maybe(fc.constantFrom('new', 'active', 'lapsed', '')),
      orders_12m: maybe(fc.oneof(fc.integer({ min: -3, max: 20 }), fc.constantFrom(0, 5, 2.5))),
      vip: maybe(fc.boolean()),
      last_order_date: maybe(fc.constantFrom('2026-01-15', '2025-12-31', '2026-06-01T10:30:00Z')),
      profile_url: maybe(fc.constantFrom('https://shop.example.com/me?id=1&x=2')),
      recommendations: maybe(fc.array(recItem, { maxLength: 5 })),
    },
    { requiredKeys: [] },
  )
  .map((data) => {
    const clean: Profile['data'] = {};
    for (const [k, v] of Object.entries(data)) if (v !== undefined) clean[k] = v as Profile['data'][string];
    return { id: 'generated', file: 'generated.yaml', data: clean };
  });

const stringAtom: fc.Arbitrary<Cond> = fc.oneof(
  fc.constantFrom('first_name', 'location').chain((n) =>
    fc.tuple(fc.constantFrom('==', '!=') as fc.Arbitrary<'==' | '!='>, fc.constantFrom('Ana', 'California', "O'Brien", 'say "hi"')).map(([op, v]) => cmp(attr(n), op, v)),
  ),
  fc.tuple(fc.constantFrom('==', '!=') as fc.Arbitrary<'==' | '!='>, fc.constantFrom('new', 'active', 'lapsed')).map(([op, v]) => cmp(attr('lifecycle_stage', 'enum'), op, v)),
);
const numberAtom: fc.Arbitrary<Cond> = fc
  .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>=') as fc.Arbitrary<'==' | '!=' | '<' | '<=' | '>' | '>='>, fc.constantFrom<Literal>(0, 1, 5, 2.5))
  .map(([op, v]) => cmp(attr('orders_12m', 'number'), op, v));
const truthyAtom: fc.Arbitrary<Cond> = fc.constantFrom('first_name', 'location', 'vip', 'orders_12m').map((n) =>
  truthy(attr(n, n === 'vip' ? 'boolean' : n === 'orders_12m' ? 'number' : 'string')),
);
const boolAtom: fc.Arbitrary<Cond> = fc.tuple(fc.constantFrom('==', '!=') as fc.Arbitrary<'==' | '!='>, fc.boolean()).map(([op, v]) => cmp(attr('vip', 'boolean'), op, v));

export const atomArb: fc.Arbitrary<Cond> = fc.oneof(stringAtom, numberAtom, truthyAtom, boolAtom);

/** Condition trees of and/or/not over the atoms, depth <= 3. */
export const condArb: fc.Arbitrary<Cond> = fc.letrec<{ cond: Cond }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atomArb,
    fc.array(tie('cond'), { minLength: 2, maxLength: 3 }).map((items) => and(...items)),
    fc.array(tie('cond'), { minLength: 2, maxLength: 3 }).map((items) => or(...items)),
    tie('cond').map((c) => not(c)),
  ),
})).cond;
