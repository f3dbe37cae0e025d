// Ruby Liquid, the strict second oracle: it must be installed where it is required, parse
// strictly, report errors instead of printing them inline, and serve many renders from
// one process.
import { describe, expect, it } from 'vitest';
import { isRubyLiquidAvailable, renderRubyLiquid, RubyLiquidError, rubyLiquidVersion } from '../../../src/targets/braze/ruby-liquid.js';
import { describeWithRuby, RUBY, RUBY_MISSING, RUBY_REQUIRED } from './support.js';

describe('Ruby Liquid availability', () => {
  it.runIf(RUBY_REQUIRED)('is installed (required by CI or TAILOR_REQUIRE_RUBY=1)', () => {
    expect(isRubyLiquidAvailable(), RUBY_MISSING).toBe(true);
  });
  it.skipIf(RUBY || RUBY_REQUIRED)(`is not installed here: the Ruby tests are skipped [${RUBY_MISSING}]`, () => {});
});

describeWithRuby('Ruby Liquid oracle', () => {
  it('reports its version', () => {
    expect(rubyLiquidVersion()).toMatch(/^5\./);
  });

  it('renders with data', async () => {
    await expect(renderRubyLiquid('Hi {{ a["b c"] | upcase }}!', { a: { 'b c': 'ana' } })).resolves.toBe('Hi ANA!');
  });

  it.each([
    ['not', '{% if not x %}y{% endif %}'],
    ['parentheses', '{% if (a or b) and c %}y{% endif %}'],
    ['backslash escape', '{% if x == "a\\"b" %}y{% endif %}'],
    ['unclosed block', '{% if x %}y'],
  ])('refuses %s in strict mode', async (_name, source) => {
    await expect(renderRubyLiquid(source, {})).rejects.toBeInstanceOf(RubyLiquidError);
  });

  it('reports render errors instead of printing "Liquid error" inline', async () => {
    await expect(renderRubyLiquid('{{ x | date: "x%" }}', { x: '2026-01-05' })).rejects.toThrow(/invalid format/);
    await expect(renderRubyLiquid('{% if x > 5 %}y{% endif %}', { x: '10' })).rejects.toThrow(/comparison of String with/);
  });

  it('refuses unknown filters', async () => {
    await expect(renderRubyLiquid('{{ x | no_such_filter }}', { x: 1 })).rejects.toThrow(/no_such_filter/);
  });

  it('serves many renders from one process, in parallel', async () => {
    const outputs = await Promise.all(Array.from({ length: 300 }, (_, i) => renderRubyLiquid('{{ n | plus: 1 }}', { n: i })));
    expect(outputs).toEqual(Array.from({ length: 300 }, (_, i) => String(i + 1)));
  });

  it('evaluates dates in UTC', async () => {
    await expect(renderRubyLiquid('{{ d | date: "%H:%M" }}', { d: '2026-06-01T10:30:00' })).resolves.toBe('10:30');
  });
});
