// Tailor's replacement of mjml-core's formatAttributes gives mjml's own result: same keys
// in the same order, same values, for every attribute of every mjml component, whatever
// the value (shorthand colors, units, enums, junk), and for attributes mjml does not know.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMjml } from '../../src/render/mjml-engine.js';

const requireFromMjml = createRequire(createRequire(import.meta.url).resolve('mjml'));
const modulePath = requireFromMjml.resolve('mjml-core/lib/helpers/formatAttributes.js');

type Format = (attributes: Record<string, unknown>, allowed?: Record<string, string>) => Record<string, unknown>;

/** The function mjml-core's components call (after Tailor loaded mjml). */
function installed(): Format {
  loadMjml();
  return requireFromMjml.cache[modulePath]!.exports as Format;
}

/** mjml's own function, loaded from its file beside the installed one (sharing mjml-core's type registry). */
function original(): Format {
  const cache = requireFromMjml.cache;
  const ours = cache[modulePath];
  delete cache[modulePath];
  try {
    return requireFromMjml(modulePath) as Format;
  } finally {
    cache[modulePath] = ours;
  }
}

const components = () => {
  loadMjml();
  const core = requireFromMjml('mjml-core') as { components: Record<string, { allowedAttributes?: Record<string, string>; defaultAttributes?: Record<string, string> }> };
  return Object.entries(core.components);
};

const sameResult = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  expect(Object.keys(a)).toEqual(Object.keys(b));
  expect(a).toStrictEqual(b);
};

/** Both give the same result, or both throw the same error (a name like "constructor" reaches Object.prototype in both). */
const sameOutcome = (ours: () => Record<string, unknown>, theirs: () => Record<string, unknown>) => {
  const run = (f: () => Record<string, unknown>) => {
    try {
      return { value: f() };
    } catch (error) {
      return { error: String(error) };
    }
  };
  const a = run(ours);
  const b = run(theirs);
  if ('value' in a && 'value' in b) sameResult(a.value!, b.value!);
  else expect(a).toEqual(b);
};

const SAMPLE_VALUES = ['#abc', '#ABC', '#aabbcc', '#ab', '#abcd', 'red', 'rgba(1,2,3,0.5)', '10px', '10px 20px', '0', 'auto', '50%', 'left', 'true', '', ' ', 'x#abc', '#a_c', '#ü12'];

describe('formatAttributes replacement', () => {
  it('is what mjml-core loads', () => {
    const ours = installed();
    const theirs = original();
    expect(ours).not.toBe(theirs);
    expect(String(ours)).toContain('getValue.call');
  });

  it('gives mjml’s result for every attribute of every component, on typical and odd values', () => {
    const ours = installed();
    const theirs = original();
    for (const [, component] of components()) {
      const allowed = component.allowedAttributes ?? {};
      for (const value of SAMPLE_VALUES) {
        const attributes = Object.fromEntries(Object.keys(allowed).map((name) => [name, value]));
        attributes['not-an-mjml-attribute'] = value;
        sameResult(ours(attributes, allowed), theirs(attributes, allowed));
      }
      const defaults = { ...component.defaultAttributes };
      sameResult(ours(defaults, allowed), theirs(defaults, allowed));
      sameResult(ours(defaults), theirs(defaults));
    }
  });

  it('gives mjml’s result on generated attribute sets', () => {
    const ours = installed();
    const theirs = original();
    const all = components();
    const value = fc.oneof(fc.string(), fc.constantFrom(...SAMPLE_VALUES), fc.stringMatching(/^#[0-9a-zA-Z_]{1,7}$/), fc.integer().map(String));
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.dictionary(fc.string(), value), fc.array(value, { maxLength: 8 }), (index, extra, values) => {
        const allowed = all[index]![1].allowedAttributes ?? {};
        const attributes: Record<string, unknown> = { ...extra };
        Object.keys(allowed).forEach((name, i) => {
          if (i < values.length) attributes[name] = values[i];
        });
        sameOutcome(() => ours(attributes, allowed), () => theirs(attributes, allowed));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an attribute named __proto__ as an own property, as mjml does', () => {
    const attributes = JSON.parse('{"__proto__": "#abc", "color": "#abc"}') as Record<string, unknown>;
    const allowed = JSON.parse('{"__proto__": "color", "color": "color"}') as Record<string, string>;
    const ours = installed()(attributes, allowed);
    sameResult(ours, original()(attributes, allowed));
    expect(Object.getPrototypeOf(ours)).toBe(Object.prototype);
  });
});
