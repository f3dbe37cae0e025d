// Property: for generated templates (conditions around sections, columns, groups and
// inline text; loops around sections; outputs in content and attributes) and generated
// profiles with awkward values, evaluating the rendered parts equals running mjml on the
// evaluated source (html part) and converting that to text (text part).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/ir/evaluate.js';
import { renderTemplate } from '../../src/render/render.js';
import { profileArb } from '../support/arbitraries.js';
import { normalizeHtml, normalizeText, referenceParts, responsiveRules } from './support/commute.js';
import { configWith, irFrom } from './support/render-source.js';

const cond = fc.constantFrom(
  'profile.vip',
  'profile.first_name',
  'not profile.vip',
  'profile.orders_12m >= 5',
  'profile.location == "California"',
  'profile.vip and profile.location',
  'profile.first_name or profile.orders_12m < 1',
);

const inline = (scope: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom('Hello', 'Plain &amp; simple'),
    fc.constant(`Hi {{ ${scope}.first_name | default("there") }}!`),
    cond.map((c) => `A{% if ${c} %} <b>B {{ profile.location }}</b>{% else %} C{% endif %} D`),
  );

const element = (scope: string): fc.Arbitrary<string> =>
  fc.oneof(
    inline(scope).map((t) => `<mj-text>${t}</mj-text>`),
    fc.constant(`<mj-button href="https://example.com/go?u={{ ${scope}.first_name }}">Go</mj-button>`),
    fc.constant(`<mj-image src="https://example.com/{{ ${scope}.first_name | default("x") }}.png" alt="{{ ${scope}.location }}"></mj-image>`),
  );

const column = (scope: string): fc.Arbitrary<string> =>
  fc.array(element(scope), { minLength: 1, maxLength: 2 }).map((els) => `<mj-column>${els.join('')}</mj-column>`);

const maybeIf = (arb: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    arb,
    fc.tuple(cond, arb).map(([c, x]) => `{% if ${c} %}${x}{% endif %}`),
    fc.tuple(cond, arb, arb).map(([c, x, y]) => `{% if ${c} %}${x}{% else %}${y}{% endif %}`),
  );

const section = (scope: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.array(maybeIf(column(scope)), { minLength: 1, maxLength: 3 }).map((cols) => `<mj-section>\n${cols.join('\n')}\n</mj-section>`),
    fc.array(maybeIf(column(scope)), { minLength: 1, maxLength: 2 }).map((cols) => `<mj-section><mj-group>${cols.join('')}</mj-group></mj-section>`),
  );

const bodyItem: fc.Arbitrary<string> = fc.oneof(
  maybeIf(section('profile')),
  fc.array(maybeIf(section('profile')), { minLength: 1, maxLength: 2 }).map((ss) => `<mj-wrapper padding="4px">${ss.join('')}</mj-wrapper>`),
  fc.array(maybeIf(element('profile')), { minLength: 1, maxLength: 2 }).map((es) => `<mj-hero background-color="#eeeeee">${es.join('')}</mj-hero>`),
  section('item').map((s) => `{% for item in profile.recommendations limit 2 %}${s.replaceAll('item.first_name', 'item.name').replaceAll('item.location', 'item.price')}{% empty %}<mj-section><mj-column><mj-text>None</mj-text></mj-column></mj-section>{% endfor %}`),
);

const template = fc.array(bodyItem, { minLength: 1, maxLength: 3 }).map((items) => `<mjml><mj-body>\n${items.join('\n')}\n</mj-body></mjml>`);

describe('render then evaluate = evaluate then mjml', () => {
  it('holds for generated templates and profiles', async () => {
    const config = configWith();
    await fc.assert(
      fc.asyncProperty(template, fc.array(profileArb, { minLength: 1, maxLength: 3 }), async (source, profiles) => {
        const ir = irFrom(source);
        if (process.env.FC_SEED) console.log(JSON.stringify({ source, profiles: profiles.map((p) => p.data) }));
        const outcome = await renderTemplate(ir, config);
        expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const rendered = outcome.rendered!;
        for (const { data } of profiles) {
          const reference = await referenceParts(ir, config, data);
          const html = evaluate(rendered.parts.html, data);
          expect(normalizeHtml(html)).toBe(normalizeHtml(reference.html));
          const rules = responsiveRules(html);
          for (const rule of responsiveRules(reference.html)) expect(rules).toContain(rule);
          expect(normalizeText(evaluate(rendered.parts.text, data))).toBe(normalizeText(reference.text));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) },
    );
  }, 120_000);
});
