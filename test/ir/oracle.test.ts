// nunjucks as an oracle: for templates in the part of the language where Tailor and
// nunjucks agree, nunjucks rendering the SAME source must give exactly the text the
// reference evaluator gives for the built IR.
//
// Why the cases are restricted (where the semantics differ on purpose):
// - Only string attributes. nunjucks treats 0 as false and compares "5" == 5 loosely;
//   Tailor's truthiness is "present and not false" and types are checked at build time.
// - Outputs always carry `default(text, true)`: nunjucks prints "" for a missing value,
//   Tailor prints the attribute's fallback (or refuses an output without one). With
//   `true`, nunjucks' default replaces any falsy value, which for strings is exactly
//   Tailor's "missing" (absent, null, "").
// - Before `default`, only filters that keep a non-empty string non-empty (upper, lower,
//   capitalize): Tailor's default tests the raw value, nunjucks' the filtered one, so
//   `" " | trim | default("x")` differs. `trim` is generated after `default` only.
// - No truncate (nunjucks cuts at a word boundary, Tailor at a character count) and no
//   date (nunjucks has none).
// - Values are from a fixed set without astral-plane letters (capitalize works on
//   UTF-16 units in nunjucks, on code points in Tailor).
// - `limit` is not a nunjucks built-in; it is registered as a slice. Its argument stays
//   within the list's `max`, since Tailor bounds a loop by both.
import fc from 'fast-check';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { buildTemplateIR } from '../../src/ir/build.js';
import { evaluate } from '../../src/ir/evaluate.js';
import type { Profile } from '../../src/source/model.js';
import { projectFromFiles } from './support/project.js';

const ATTRIBUTES = `
first_name: { type: string }
location: { type: string }
recommendations: { type: list, max: 4, items: { name: string, price: string } }
`;

const env = new nunjucks.Environment(null, { autoescape: true });
env.addFilter('limit', (list: unknown, n: number) => (Array.isArray(list) ? list.slice(0, n) : list));

function check(body: string, profiles: Profile['data'][]): void {
  const project = projectFromFiles({ 'rules/attributes.yaml': ATTRIBUTES, 'templates/t.mjml': body });
  const { ir, diagnostics } = buildTemplateIR(project.templates[0]!, project);
  expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
  for (const data of profiles) {
    const expected = env.renderString(body, { profile: data });
    expect(evaluate(ir!.body, data), `${body}\nprofile: ${JSON.stringify(data)}`).toBe(expected);
  }
}

const VALUES = ['', ' ', 'Ana', 'ANA', 'ana', 'Zoë', '李小龙', "O'Brien", 'say "hi"', '<script>x</script>', 'a & b', 'California', '{{ x }}', '%%x%%', 'line\nbreak'];
const LITERALS = ['Ana', 'California', "O'Brien", 'say "hi"', 'a & b'];

const valueArb = fc.oneof(fc.constantFrom(...VALUES), fc.constant(null), fc.constant(undefined));
const itemArb = fc.record({ name: valueArb, price: valueArb }, { requiredKeys: [] });
const profileArb: fc.Arbitrary<Profile['data']> = fc
  .record(
    {
      first_name: valueArb,
      location: valueArb,
      recommendations: fc.oneof(fc.constant(null), fc.array(itemArb, { maxLength: 5 })),
    },
    { requiredKeys: [] },
  )
  .map((data) => JSON.parse(JSON.stringify(data)) as Profile['data']);

// --- template source generators -------------------------------------------------
const attrName = fc.constantFrom('first_name', 'location');
const quote = (s: string) => JSON.stringify(s);
const textArb = fc.constantFrom('', ' ', 'Hi ', '<p>', '</p>', '\n', ' & ', '&amp;', '<b class="x">', "it's", '%', '*|X|*');
const preFilter = fc.constantFrom('upper', 'lower', 'capitalize');
const postFilter = fc.constantFrom('upper', 'lower', 'trim', 'capitalize');

const outputArb = (ref: fc.Arbitrary<string>) =>
  fc
    .tuple(ref, fc.array(preFilter, { maxLength: 2 }), fc.constantFrom('', 'friend', ' x ', '<none>'), fc.array(postFilter, { maxLength: 2 }))
    .map(([r, pre, fallback, post]) => `{{ ${[r, ...pre, `default(${quote(fallback)}, true)`, ...post].join(' | ')} }}`);

const atomArb = fc.oneof(
  attrName.map((a) => `profile.${a}`),
  fc.tuple(attrName, fc.constantFrom('==', '!='), fc.constantFrom(...LITERALS)).map(([a, op, v]) => `profile.${a} ${op} ${quote(v)}`),
  fc.tuple(fc.constantFrom(...LITERALS), fc.constantFrom('==', '!='), attrName).map(([v, op, a]) => `${quote(v)} ${op} profile.${a}`),
  fc.tuple(attrName, fc.boolean(), fc.uniqueArray(fc.constantFrom(...LITERALS), { minLength: 1, maxLength: 3 })).map(
    ([a, negated, vs]) => `profile.${a} ${negated ? 'not in' : 'in'} [${vs.map(quote).join(', ')}]`,
  ),
);
const condArb: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small' },
    atomArb,
    fc.tuple(tie('cond'), fc.constantFrom('and', 'or'), tie('cond')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('cond').map((c) => `not (${c})`),
  ),
})).cond;

const trim = fc.constantFrom('', '-');
const tag = (inner: string) => fc.tuple(trim, trim).map(([l, r]) => `{%${l} ${inner} ${r}%}`);

const bodyArb: fc.Arbitrary<string> = fc.letrec<{ body: string; node: string }>((tie) => ({
  body: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small' },
    textArb,
    outputArb(attrName.map((a) => `profile.${a}`)),
    fc.constant('{# a comment #}'),
    fc
      .tuple(condArb, tie('body'), fc.option(fc.tuple(condArb, tie('body'))), fc.option(tie('body')))
      .chain(([c, a, elif, otherwise]) =>
        fc
          .tuple(tag(`if ${c}`), elif ? tag(`elif ${elif[0]}`) : fc.constant(''), otherwise !== null ? tag('else') : fc.constant(''), tag('endif'))
          .map(([open, elifTag, elseTag, close]) => `${open}${a}${elif ? elifTag + elif[1] : ''}${otherwise !== null ? elseTag + otherwise : ''}${close}`),
      ),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.oneof(textArb, outputArb(fc.constantFrom('item.name', 'item.price')), fc.constantFrom('{{ item.name }}', '{% if item.price %}($){% endif %}')), { maxLength: 3 }), fc.option(textArb))
      .map(([n, body, empty]) => `{% for item in profile.recommendations | limit(${n}) %}${body.join('')}${empty !== null ? `{% else %}${empty}` : ''}{% endfor %}`),
  ),
})).body;

describe('nunjucks oracle', () => {
  it('agrees on hand-written cases', () => {
    const profiles: Profile['data'][] = [{}, { first_name: 'Ana', location: 'California' }, { first_name: '', location: null }, { first_name: '<b>&"\'' }];
    check('Hi {{ profile.first_name | default("there", true) }}!', profiles);
    check('{% if profile.location == "California" and profile.first_name %}A{% elif not profile.location %}B{% else %}C{% endif %}', profiles);
    check('{% if profile.location in ["California", "Texas"] %}west{% endif %}{% if profile.first_name not in ["Ana"] %}!{% endif %}', profiles);
    check('<p>\n  {%- if profile.first_name -%}\n  {{ profile.first_name | upper | default("x", true) }}\n  {%- endif %}\n</p>', profiles);
    check(
      '{% for item in profile.recommendations | limit(2) %}<li>{{ item.name }} {{ item.price | default("n/a", true) }}</li>{% else %}none{% endfor %}',
      [{}, { recommendations: [] }, { recommendations: [{ name: 'a' }, { name: null, price: '<1>' }, { name: 'c' }] }],
    );
  });

  it('agrees on generated templates and profiles', () => {
    fc.assert(
      fc.property(bodyArb, fc.array(profileArb, { minLength: 1, maxLength: 4 }), (body, profiles) => {
        check(body, profiles);
      }),
      { numRuns: 150 },
    );
  });
});
