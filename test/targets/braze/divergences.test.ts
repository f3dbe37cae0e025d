// Ruby Liquid vs liquidjs vs the reference, pinned. Part one: differences the emitter
// steers around (each row says what Tailor emits instead). Part two: differences that
// depend on the recipient's data and remain (src/targets/braze/divergences.ts, README).
// If an engine changes behaviour, these tests say which choice to revisit.
import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { applyFilter } from '../../../src/ir/filters.js';
import type { FilterCall } from '../../../src/ir/nodes.js';
import { FINAL_SIGMA, hasKnownDivergence, RECENT_CASE_MAPPINGS, TRIM_DIVERGENT } from '../../../src/targets/braze/divergences.js';
import { renderRubyLiquid } from '../../../src/targets/braze/ruby-liquid.js';
import { SPAN } from '../../support/nodes.js';
import { describeWithRuby } from './support.js';

const liquidjs = new Liquid({ timezoneOffset: 0 });
const js = (source: string, data: object = {}) => liquidjs.parseAndRenderSync(source, data) as string;
const ruby = (source: string, data: object = {}) => renderRubyLiquid(source, data).catch((e: Error) => `error: ${e.message}`);
const f = (name: 'upper' | 'lower' | 'capitalize' | 'trim'): FilterCall => ({ name, span: SPAN });

describeWithRuby('avoided: where the engines or the reference part ways, and what is emitted instead', () => {
  it('capitalize: Ruby title-cases ß, liquidjs splits astral letters -> slice + upcase + downcase', async () => {
    expect(await ruby('{{ v | capitalize }}', { v: 'ßtraße' })).toBe('Sstraße');
    expect(js('{{ v | capitalize }}', { v: '𐐨x' })).toBe('𐐨x');
    expect(applyFilter('ßtraße', f('capitalize'))).toBe('SStraße');
    const emulated = '{% assign h = v | slice: 0 | upcase %}{{ v | slice: 1, 1000000 | downcase | prepend: h }}';
    for (const v of ['ßtraße', '𐐨X', 'ǆemal', 'ﬁne']) {
      expect(await ruby(emulated, { v })).toBe(applyFilter(v, f('capitalize')));
      expect(js(emulated, { v })).toBe(applyFilter(v, f('capitalize')));
    }
  });

  it('%e pads with a space in both engines -> %-d', async () => {
    expect(await ruby('{{ d | date: "%e" }}', { d: '2026-01-05' })).toBe(' 5');
    expect(js('{{ d | date: "%e" }}', { d: '2026-01-05' })).toBe(' 5');
    expect(await ruby('{{ d | date: "%-d" }}', { d: '2026-01-05' })).toBe('5');
    expect(js('{{ d | date: "%-d" }}', { d: '2026-01-05' })).toBe('5');
  });

  it('a lone % in a date format is an error in Ruby only -> refused (braze-date-format)', async () => {
    expect(await ruby('{{ d | date: "x%" }}', { d: '2026-01-05' })).toMatch(/^error: .*invalid format/);
    expect(js('{{ d | date: "x%" }}', { d: '2026-01-05' })).toBe('x%');
  });

  it('a date with an offset prints in that offset in Ruby, in UTC in liquidjs -> dates passed as UTC instants', async () => {
    const d = '2026-06-01T10:30:00+02:00';
    expect(await ruby('{{ d | date: "%H" }}', { d })).toBe('10');
    expect(js('{{ d | date: "%H" }}', { d })).toBe('08');
  });

  it('`limit: 0` on a non-empty list renders the else branch in Ruby only -> limits below 1 refused', async () => {
    const source = '{% for i in l limit: 0 %}x{% else %}E{% endfor %}';
    expect(await ruby(source, { l: [1] })).toBe('E');
    expect(js(source, { l: [1] })).toBe('');
  });

  it('`not`, parentheses and backslash escapes: Ruby strict rejects them, liquidjs accepts -> never emitted', async () => {
    expect(await ruby('{% if not x %}y{% endif %}')).toMatch(/^error/);
    expect(js('{% if not x %}y{% endif %}')).toBe('y');
    expect(await ruby('{{ "a\\"b" }}')).toMatch(/^error/);
    expect(js('{{ "a\\"b" }}')).toBe('a"b');
  });

  it('string vs number ordering: an error in Ruby, coerced in liquidjs -> guarded `| plus: 0`', async () => {
    expect(await ruby('{% if x > 5 %}y{% endif %}', { x: '10' })).toMatch(/^error: .*comparison of String/);
    expect(js('{% if x > 5 %}y{% endif %}', { x: '10' })).toBe('y');
  });

  it('`default` skips whitespace-only text and replaces false -> an explicit missing test', async () => {
    for (const engine of [js, ruby]) {
      expect(await engine('[{{ v | default: "x" }}]', { v: '  ' })).toBe('[  ]');
      expect(await engine('[{{ v | default: "x" }}]', { v: false })).toBe('[x]');
    }
  });

  it('`size` of a number is its byte width in Ruby, 0 in liquidjs -> size only on lists', async () => {
    expect(await ruby('{{ n | size }}', { n: 5 })).toBe('8');
    expect(js('{{ n | size }}', { n: 5 })).toBe('0');
  });

  it('a block whose bodies hold only whitespace loses it in Ruby -> whitespace kept in raw', async () => {
    const source = 'a{% if x %} {% endif %}b{% for i in l %} {% endfor %}c';
    expect(await ruby(source, { x: true, l: [1] })).toBe('abc');
    expect(js(source, { x: true, l: [1] })).toBe('a b c');
    const kept = 'a{% if x %}{% raw %} {% endraw %}{% endif %}b';
    expect(await ruby(kept, { x: true })).toBe('a b');
    expect(js(kept, { x: true })).toBe('a b');
  });

  it('escape writes &quot; in Ruby and &#34; in liquidjs -> equal after entity decoding', async () => {
    expect(await ruby('{{ v | escape }}', { v: `"'` })).toBe('&quot;&#39;');
    expect(js('{{ v | escape }}', { v: `"'` })).toBe('&#34;&#39;');
  });
});

describeWithRuby('remaining: values that print differently in Braze than in the preview', () => {
  it('trim: JavaScript strips Unicode spaces, Ruby strips ASCII whitespace and NUL', async () => {
    for (const cp of TRIM_DIVERGENT) {
      const v = `${String.fromCodePoint(cp)}x${String.fromCodePoint(cp)}`;
      expect(await ruby('{{ v | strip }}', { v })).toBe(cp === 0 ? 'x' : v);
      expect(applyFilter(v, f('trim'))).toBe(cp === 0 ? v : 'x');
      expect(hasKnownDivergence(v, [f('trim')])).toBe(true);
    }
  });

  it('lower: a final capital sigma is ς in JavaScript, σ in Ruby', async () => {
    const v = `ΝΙΚΟ${String.fromCodePoint(FINAL_SIGMA)}`;
    expect(applyFilter(v, f('lower'))).toBe('νικος');
    expect(await ruby('{{ v | downcase }}', { v })).toBe('νικοσ');
    expect(hasKnownDivergence(v, [f('lower')])).toBe(true);
  });

  it('upper/lower: letters with case mappings newer than Ruby\'s Unicode tables stay unchanged', async () => {
    const [first] = RECENT_CASE_MAPPINGS[RECENT_CASE_MAPPINGS.length - 1]!;
    const v = String.fromCodePoint(first);
    const mapped = applyFilter(v, f('lower')) !== v ? 'downcase' : 'upcase';
    expect(await ruby(`{{ v | ${mapped} }}`, { v })).toBe(v);
    expect(hasKnownDivergence(v, [f('upper')])).toBe(true);
  });

  it('numbers in exponent form print differently', async () => {
    expect(await ruby('{{ n }}', { n: 0.00001 })).toBe('1.0e-05');
    expect(js('{{ n }}', { n: 0.00001 })).toBe('0.00001');
    expect(hasKnownDivergence(0.00001, [])).toBe(true);
    expect(hasKnownDivergence(2.5, [])).toBe(false);
  });
});
