// Tailor's faster equals of mjml internals (src/render/mjml-speedups) give mjml's own
// results, compared with mjml's own functions:
//   - formatAttributes: same keys in the same order, same values, for every attribute of
//     every mjml component, whatever the value (shorthand colors, units, enums, junk), and
//     for attributes mjml does not know;
//   - minifyOutlookConditionnals: the same document for generated and real markup;
//   - the validTypes rule: the same errors, with the same messages, on the same elements;
//   - buildFontsTags: the same tags for any document and font list;
//   - BodyComponent's htmlAttributes and styles: the same string for any attributes and
//     style objects, odd keys included (nil values, `style`, `__proto__`, `constructor`,
//     `toString`, integer-like keys, `length`, inherited keys);
//   - lazily loaded packages: mjml loads without them, each stand-in answers `__esModule`
//     as its package does and forwards every use to it;
//   - getStyles() and getChildContext() once per element: each element of mjml's
//     components computes them once however often they are asked for, other components
//     every time, and each element gets its own.
// Whole renders are compared with an untouched copy of mjml in passthrough.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMjml } from '../../src/render/mjml-engine.js';
import { fastBuildFontsTags } from '../../src/render/mjml-speedups/font-tags.js';
import { fastHtmlAttributes, fastStyles } from '../../src/render/mjml-speedups/html-attributes.js';
import { LAZY_PACKAGES, lazyModule } from '../../src/render/mjml-speedups/lazy-dependencies.js';
import { oncePerElement } from '../../src/render/mjml-speedups/once-per-element.js';
import { minifyOutlookConditionals } from '../../src/render/mjml-speedups/outlook-conditionals.js';
import { fastValidateTypes } from '../../src/render/mjml-speedups/validate-types.js';

const requireFromMjml = createRequire(createRequire(import.meta.url).resolve('mjml'));
const modulePath = requireFromMjml.resolve('mjml-core/lib/helpers/formatAttributes.js');

type Format = (attributes: Record<string, unknown>, allowed?: Record<string, string>) => Record<string, unknown>;

/** The function mjml-core's components call (after Tailor loaded mjml). */
function installed(): Format {
  loadMjml();
  return requireFromMjml.cache[modulePath]!.exports as Format;
}

/** A module of mjml as it ships: loaded from its file again, Tailor's replacement in the cache set aside meanwhile. */
function shipped<T>(file: string): T {
  const cache = requireFromMjml.cache;
  const ours = cache[file];
  delete cache[file];
  try {
    return requireFromMjml(file) as T;
  } finally {
    cache[file] = ours;
  }
}

/** mjml's own function, loaded from its file beside the installed one (sharing mjml-core's type registry). */
function original(): Format {
  return shipped<Format>(modulePath);
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

describe('validTypes rule replacement', () => {
  type Rule = (element: unknown, options: unknown) => unknown;
  const setup = () => {
    loadMjml();
    const core = requireFromMjml('mjml-core') as { components: Record<string, { allowedAttributes?: Record<string, string> }>; initializeType: unknown };
    const collection = (requireFromMjml('mjml-validator') as { rulesCollection: Record<string, Rule> }).rulesCollection;
    const theirs = requireFromMjml('mjml-validator/lib/rules/validTypes.js') as Rule;
    const ruleError = requireFromMjml('mjml-validator/lib/rules/ruleError.js') as Parameters<typeof fastValidateTypes>[0];
    return { core, collection, theirs, fresh: () => fastValidateTypes(ruleError) as Rule };
  };

  it('is the rule mjml-validator runs', () => {
    const { collection, theirs } = setup();
    expect(collection.validTypes).not.toBe(theirs);
    expect(collection.validTypes!.name).toBe('validTypes');
  });

  it('reports what mjml reports, for every attribute of every component, asked once or many times', () => {
    const { core, theirs, fresh } = setup();
    const ours = fresh();
    const options = { components: core.components, initializeType: core.initializeType };
    for (const round of [1, 2]) {
      for (const [tagName, component] of Object.entries(core.components)) {
        for (const value of [...SAMPLE_VALUES, true, false, 5, null]) {
          const attributes = Object.fromEntries(Object.keys(component.allowedAttributes ?? {}).map((name) => [name, value]));
          attributes['not-an-mjml-attribute'] = value;
          const element = { tagName, attributes, line: 3 + round, absoluteFilePath: '/x/y.mjml', includedIn: [{ line: 2, file: 'a.mjml' }] };
          expect(ours(element, options)).toEqual(theirs(element, options));
        }
      }
    }
    expect(ours({ tagName: 'mj-unknown', attributes: { a: 'b' } }, options)).toEqual(theirs({ tagName: 'mj-unknown', attributes: { a: 'b' } }, options));
    expect(ours({ tagName: 'mj-text' }, options)).toEqual(theirs({ tagName: 'mj-text' }, options));
  });

  it('reports what mjml reports on generated elements', () => {
    const { core, theirs, fresh } = setup();
    const ours = fresh();
    const options = { components: core.components, initializeType: core.initializeType };
    const tags = Object.keys(core.components);
    const value = fc.oneof(fc.string(), fc.constantFrom(...SAMPLE_VALUES), fc.stringMatching(/^-?[0-9.]{1,4}(px|%|em)?( -?[0-9]{1,3}(px|%))?$/), fc.stringMatching(/^#[0-9a-zA-Z]{1,7}$/));
    fc.assert(
      fc.property(fc.constantFrom(...tags), fc.array(value, { maxLength: 10 }), (tagName, values) => {
        const names = Object.keys(core.components[tagName]!.allowedAttributes ?? {});
        const attributes = Object.fromEntries(values.map((v, i) => [names[i % Math.max(names.length, 1)] ?? `x${i}`, v]));
        const element = { tagName, attributes, line: 1, absoluteFilePath: '/t.mjml' };
        expect(ours(element, options)).toEqual(theirs(element, options));
      }),
      { numRuns: 400 },
    );
  });
});

describe('buildFontsTags replacement', () => {
  type Build = (content: string, inlineStyle: string[], fonts?: Record<string, string>) => string;
  const theirs = () => {
    loadMjml();
    return (requireFromMjml('mjml-core/lib/helpers/fonts.js') as { buildFontsTags: Build }).buildFontsTags;
  };
  // mjml-core's own function, as the module defines it (the installed one wraps it).
  const original = (): Build => {
    const cache = requireFromMjml.cache;
    const file = requireFromMjml.resolve('mjml-core/lib/helpers/fonts.js');
    const ours = cache[file];
    delete cache[file];
    try {
      return (requireFromMjml(file) as { buildFontsTags: Build }).buildFontsTags;
    } finally {
      cache[file] = ours;
    }
  };
  const DEFAULT_FONTS = {
    'Open Sans': 'https://fonts.googleapis.com/css?family=Open+Sans:300,400,500,700',
    'Droid Sans': 'https://fonts.googleapis.com/css?family=Droid+Sans:300,400,500,700',
    Lato: 'https://fonts.googleapis.com/css?family=Lato:300,400,500,700',
    Roboto: 'https://fonts.googleapis.com/css?family=Roboto:300,400,500,700',
    Ubuntu: 'https://fonts.googleapis.com/css?family=Ubuntu:300,400,500,700',
  };

  it('is the function mjml-core calls', () => {
    expect(theirs()).not.toBe(original());
  });

  it('imports the same fonts as mjml for typical documents', () => {
    const ours = fastBuildFontsTags(original());
    const plain = original();
    const documents = [
      '<td style="font-family:Ubuntu, Helvetica, Arial, sans-serif;">x</td>',
      '<td style="font-family:Helvetica;">Lato is a font</td>',
      '<div style="FONT-FAMILY: open sans, roboto">x</div><p style="color:red">Lato</p>',
      '<p style="font-family:\'Droid Sans\'">x</p>',
      '<p title="Roboto" style="font-family:Arial">x</p>',
      '',
    ];
    for (const content of documents) {
      for (const inline of [[], ['.a { font-family: Lato; }'], ['p{font-family:roboto}']]) {
        expect(ours(content, inline, DEFAULT_FONTS)).toBe(plain(content, inline, DEFAULT_FONTS));
        expect(ours(content, inline)).toBe(plain(content, inline));
      }
    }
  });

  it('imports the same fonts as mjml for generated documents and font names', () => {
    const ours = fastBuildFontsTags(original());
    const plain = original();
    const word = fc.constantFrom('Lato', 'lato', 'LATO', 'Open Sans', 'open  sans', 'Ro.boto', 'Robo+to', 'Ünï', 'µ', 'Fira (Bold)', 'font-family:', '"', ';', '}', ' ', 'x');
    const text = fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
    const name = fc.oneof(fc.constantFrom('Lato', 'Open Sans', 'Roboto', 'Ro.boto', 'Robo+to', 'Fira (Bold)', 'Ünï', 'µ', 'a-b_c'), fc.string({ minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 2 }), fc.dictionary(name, fc.webUrl(), { maxKeys: 4 }), (content, inline, fonts) => {
        let expected: string | Error;
        try {
          expected = plain(content, inline, fonts);
        } catch (error) {
          expected = error as Error; // a name that is not a valid regex
        }
        if (expected instanceof Error) expect(() => ours(content, inline, fonts)).toThrow();
        else expect(ours(content, inline, fonts)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('htmlAttributes and styles replacements', () => {
  type Method = (this: unknown, value?: unknown) => string;
  interface Methods {
    htmlAttributes: Method;
    styles: Method;
  }
  const installedMethods = (): Methods => {
    loadMjml();
    return (requireFromMjml('mjml-core') as { BodyComponent: { prototype: Methods } }).BodyComponent.prototype;
  };
  // mjml-core's own methods, from a fresh load of the module that defines them.
  const originalMethods = (): Methods => {
    loadMjml();
    const cache = requireFromMjml.cache;
    const file = requireFromMjml.resolve('mjml-core/lib/createComponent.js');
    const ours = cache[file];
    delete cache[file];
    try {
      const { prototype } = (requireFromMjml(file) as { BodyComponent: { prototype: Methods } }).BodyComponent;
      return { htmlAttributes: prototype.htmlAttributes, styles: prototype.styles };
    } finally {
      cache[file] = ours;
    }
  };
  const lodashGet = () => (requireFromMjml('lodash') as { get: (o: unknown, p: string) => unknown }).get;

  /** A component whose getStyles() returns `styles`, with either pair of methods. */
  const component = (methods: Methods, styles: unknown) => ({ getStyles: () => styles, htmlAttributes: methods.htmlAttributes, styles: methods.styles });
  const outcome = (run: () => string) => {
    try {
      return { value: run() };
    } catch (error) {
      return { error: String(error) };
    }
  };
  const same = (styles: unknown, call: (c: ReturnType<typeof component>) => string) => {
    const original = originalMethods();
    const fast = { htmlAttributes: fastHtmlAttributes(original.htmlAttributes) as Method, styles: fastStyles(original.styles, lodashGet()) as Method };
    expect(outcome(() => call(component(fast, styles)))).toEqual(outcome(() => call(component(original, styles))));
  };

  it('are what mjml’s components call', () => {
    const methods = installedMethods();
    const original = originalMethods();
    expect(methods.htmlAttributes).not.toBe(original.htmlAttributes);
    expect(methods.styles).not.toBe(original.styles);
    expect(methods.htmlAttributes.name).toBe('htmlAttributes');
  });

  const STYLES = {
    td: { 'font-size': '0px', padding: null, 'word-break': 'break-word', width: undefined, 2: 'two', 1: 'one' },
    div: { margin: '0px auto', 'max-width': '600px' },
    table: { length: 3, width: '100%' },
    nested: { inner: { color: 'red' } },
    'a.b': { x: '1' },
  };
  const odd = JSON.parse('{"__proto__": "p", "constructor": "c", "prototype": "q", "toString": "t", "valueOf": "v", "default": "d", "10": "ten", "2": "two"}') as Record<string, unknown>;

  it('give mjml’s strings for typical and odd attributes', () => {
    const inherited = Object.create({ inherited: 'yes' }) as Record<string, unknown>;
    inherited.own = 'x';
    const attributes: unknown[] = [
      { class: 'a', style: 'td', align: null, href: undefined, role: 'presentation' },
      { style: 'div', border: '0', cellpadding: 0, cellspacing: false },
      { style: { color: 'red', margin: null }, 'data-x': '"q"' },
      { style: 'table' },
      { style: 'nested.inner' },
      { style: 'a.b' },
      { style: 'missing' },
      { style: '' },
      { style: 0 },
      { style: ['a', 'b'] },
      odd,
      inherited,
      { length: 2, 0: 'a', 1: 'b' },
      Object.assign(Object.create(null) as object, { a: '1', style: 'td' }),
      {},
      null,
      undefined,
      'class="x"',
      ['a', 'b'],
      { [Symbol('s')]: 'symbol', plain: 'p' },
    ];
    for (const attrs of attributes) same(STYLES, (c) => c.htmlAttributes(attrs));
    for (const styles of ['td', 'div', 'table', 'nested.inner', 'a.b', 'missing', '', undefined, null, 0, { a: 1, b: null }, ['x'], 'length']) {
      same(STYLES, (c) => c.styles(styles));
      same(undefined, (c) => c.styles(styles));
      same('a string', (c) => c.styles(styles));
    }
  });

  it('give mjml’s strings for generated attributes and styles', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('style', 'class', '__proto__', 'constructor', 'prototype', 'toString', 'default', 'length', '0', '7', 'td', 'a.b', 'x[0]'));
    // Small integers: a large `length` makes lodash walk that many indices (in mjml too).
    const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 9 }), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const styleObject = fc.dictionary(key, scalar, { maxKeys: 6 });
    const attributeValue = fc.oneof(scalar, styleObject, fc.constantFrom('td', 'div', 'missing', 'nested.inner'));
    fc.assert(
      fc.property(fc.dictionary(key, attributeValue, { maxKeys: 8 }), fc.dictionary(key, fc.oneof(styleObject, scalar), { maxKeys: 6 }), (attributes, styles) => {
        same(styles, (c) => c.htmlAttributes(attributes));
        for (const name of Object.keys(styles)) same(styles, (c) => c.styles(name));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('getStyles() and getChildContext() once per element', () => {
  class BuiltIn {
    calls = 0;
    constructor(readonly width: string) {}
    getStyles() {
      this.calls++;
      return { div: { width: this.width } };
    }
  }
  class Custom extends BuiltIn {}

  it('keeps each built-in element’s own result and asks other components every time', () => {
    const stylesOf = oncePerElement(new Set([BuiltIn]), (e: BuiltIn) => e.getStyles());
    const a = new BuiltIn('10px');
    const b = new BuiltIn('20px');
    const first = stylesOf(a);
    expect(stylesOf(a)).toBe(first);
    expect(stylesOf(b)).toEqual({ div: { width: '20px' } });
    expect(stylesOf(a)).toEqual({ div: { width: '10px' } });
    expect([a.calls, b.calls]).toEqual([1, 1]);
    const custom = new Custom('30px');
    stylesOf(custom);
    stylesOf(custom);
    expect(custom.calls).toBe(2);
  });

  it('asks again when getStyles() threw', () => {
    let calls = 0;
    class Failing {
      getStyles() {
        calls++;
        throw new Error('no styles');
      }
    }
    const stylesOf = oncePerElement(new Set([Failing]), (e: Failing) => e.getStyles());
    const failing = new Failing();
    expect(() => stylesOf(failing)).toThrow('no styles');
    expect(() => stylesOf(failing)).toThrow('no styles');
    expect(calls).toBe(2);
  });

  it('is what mjml’s components use: a render computes each element’s styles and child context once', async () => {
    const engine = loadMjml();
    const core = requireFromMjml('mjml-core') as { components: Record<string, { prototype: Record<string, (this: unknown) => unknown> }> };
    const calls = new Map<string, number[]>();
    const elements = new Set<unknown>();
    const restore: (() => void)[] = [];
    const count = (tag: string, method: 'getStyles' | 'getChildContext') => {
      const proto = core.components[tag]!.prototype;
      const original = proto[method]!;
      const perElement = new Map<unknown, number>();
      calls.set(`${tag} ${method}`, []);
      proto[method] = function (this: unknown) {
        elements.add(this);
        perElement.set(this, (perElement.get(this) ?? 0) + 1);
        calls.set(`${tag} ${method}`, [...perElement.values()]);
        return original.call(this);
      };
      restore.push(() => (proto[method] = original));
    };
    for (const tag of ['mj-column', 'mj-section', 'mj-text', 'mj-button']) count(tag, 'getStyles');
    try {
      const source =
        '<mjml><mj-body><mj-section><mj-column><mj-text>a</mj-text><mj-button>b</mj-button></mj-column><mj-column><mj-text>c</mj-text><mj-text>d</mj-text></mj-column></mj-section></mj-body></mjml>';
      const result = await engine.render(source, { validationLevel: 'soft', keepComments: true, beautify: false, minify: false, ignoreIncludes: true }, 'seed');
      expect(result.html).toContain('>a</div>');
      const reference = await engine.renderPlain(source, { validationLevel: 'soft', keepComments: true, beautify: false, minify: false, ignoreIncludes: true });
      expect(result.html).toBe(reference.html);
      // Each element asks for its styles several times; they are built once.
      expect(Object.fromEntries(calls)).toEqual({
        'mj-column getStyles': [1, 1],
        'mj-section getStyles': [1],
        'mj-text getStyles': [1, 1, 1],
        'mj-button getStyles': [1],
      });
      // A column is asked for its children's context once per child: the same object each time.
      for (const element of elements) {
        const context = (element as { getChildContext(): unknown }).getChildContext();
        expect((element as { getChildContext(): unknown }).getChildContext()).toBe(context);
      }
      expect(elements.size).toBe(7);
    } finally {
      for (const undo of restore) undo();
    }
  });
});

describe('packages mjml rarely uses, loaded when first used', () => {
  it('are stand-ins once mjml has loaded, and their dependencies are not loaded', () => {
    // A fresh process: in this one another test may have used them already.
    const script = `
      import { createRequire } from 'node:module';
      import { types } from 'node:util';
      import { loadMjml } from './src/render/mjml-engine.ts';
      loadMjml();
      const requireFromCore = createRequire(createRequire(createRequire(import.meta.url).resolve('mjml')).resolve('mjml-core'));
      const standIns = ${JSON.stringify([...LAZY_PACKAGES.keys()])}.map((name) => types.isProxy(requireFromCore.cache[requireFromCore.resolve(name)]?.exports));
      const undici = Object.keys(requireFromCore.cache).some((file) => /[\\/]node_modules[\\/]undici[\\/]/.test(file));
      console.log(JSON.stringify({ standIns, undici }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ standIns: [...LAZY_PACKAGES.keys()].map(() => true), undici: false });
  });

  it('answer __esModule as the installed packages do', () => {
    loadMjml();
    const requireFromCore = createRequire(requireFromMjml.resolve('mjml-core'));
    for (const [name, esModule] of LAZY_PACKAGES) {
      const file = requireFromCore.resolve(name);
      const standIn = requireFromCore(name) as Record<string, unknown>;
      const answer = standIn.__esModule;
      void Object.keys(standIn); // the real package loads
      const real = requireFromCore.cache[file]!.exports as Record<string, unknown>;
      expect(types.isProxy(real), name).toBe(false);
      expect(real.__esModule, name).toBe(esModule);
      if (types.isProxy(standIn)) expect(answer, name).toBe(real.__esModule);
    }
  });

  it('load the module on first use and forward every use to it', () => {
    let loads = 0;
    class Thing {
      constructor(readonly n: number) {}
    }
    const real = Object.assign((a: number, b: number) => a + b, { count: 1, Thing, method(this: { count: number }) { return this.count; } });
    const standIn = lazyModule(() => {
      loads++;
      return real;
    }, undefined) as typeof real & { added?: string; __esModule?: boolean };
    expect(standIn.__esModule).toBeUndefined();
    expect(loads).toBe(0);
    expect(standIn(2, 3)).toBe(5);
    expect(standIn.count).toBe(1);
    standIn.count = 7;
    expect(real.count).toBe(7);
    expect(standIn.method()).toBe(7);
    expect(new standIn.Thing(4).n).toBe(4);
    standIn.added = 'x';
    expect((real as { added?: string }).added).toBe('x');
    expect('added' in standIn).toBe(true);
    expect(Object.keys(standIn)).toEqual(Object.keys(real));
    expect({ ...standIn }).toEqual({ ...real });
    expect(loads).toBe(1);
    const esm = lazyModule(() => ({ __esModule: true, default: 1 }), true) as { __esModule?: boolean; default?: number };
    expect(esm.__esModule).toBe(true);
    expect(esm.default).toBe(1);
  });
});

describe('minifyOutlookConditionnals replacement', () => {
  const file = requireFromMjml.resolve('mjml-core/lib/helpers/minifyOutlookConditionnals.js');
  type Minify = (content: string) => string;
  const originalMinify = (): Minify => {
    loadMjml();
    return shipped<Minify>(file);
  };

  it('is what mjml-core loads', () => {
    loadMjml();
    expect(requireFromMjml.cache[file]!.exports).toBe(minifyOutlookConditionals);
    expect(originalMinify()).not.toBe(minifyOutlookConditionals);
  });

  it('gives mjml’s document for typical and odd markup', () => {
    const original = originalMinify();
    const documents = [
      '',
      'no comments at all',
      '<div>\n  <!--[if mso | IE]>\n    <table role="presentation">\n      <tr>\n        <td>  a   b  </td>\n      </tr>\n    </table>\n  <![endif]-->\n</div>',
      '<!--[if mso | IE]><table><tr><td><![endif]--><p>x</p><!--[if mso | IE]></td></tr></table><![endif]-->',
      '<!--[if mso]>  <b> x </b>  <![endif]--> tail <!--[if  !mso]>\n<i>\t</i>\n<![endif]-->',
      '<!--[if]>  no space  <![endif]-->',
      '<!--[if ]>  empty condition  <![endif]-->',
      '<!--[if  ]>  one space of condition  <![endif]-->',
      '<!--[if x]no close bracket> <a> </a> <![endif]-->',
      '<!--[if x]]>  <a> </a>  <![endif]-->',
      '<!--[if mso]> never closed  <b>',
      '<!--[if a]> <!--[if b]>  nested  <![endif]-->  <![endif]-->',
      '<!--[if\nmso]>\r\n <x>\u00a0\u00a0</x> \u2028 <![endif]-->',
      '<!--[if mso]><![endif]--><!--[if mso]> <![endif]-->',
      '<!--[if <!--[if mso]>  a  <![endif]-->',
    ];
    for (const doc of documents) expect(minifyOutlookConditionals(doc), JSON.stringify(doc)).toBe(original(doc));
  });

  it('gives mjml’s document for generated markup', () => {
    const original = originalMinify();
    const piece = fc.constantFrom(
      '<!--[if', '<!--[if ]>', '<!--[if  ]>', '<!--[if\t', ' mso | IE', ' ', '  ', '\n', '\t', ']>', ']', '>', '<', '<![endif]-->', '<td>', '</td>', 'x', '\u00a0', '\r\n', '<!--[if mso]>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const doc = pieces.join('');
        expect(minifyOutlookConditionals(doc)).toBe(original(doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives mjml’s document for real emails', async () => {
    const original = originalMinify();
    const engine = loadMjml();
    const options = { validationLevel: 'soft' as const, keepComments: true, beautify: true, minify: false as const, ignoreIncludes: true };
    const dir = new URL('./passthrough/', import.meta.url);
    for (const name of ['newsletter.mjml', 'html-attributes.mjml', 'minimal.mjml']) {
      // Beautified output keeps the indentation inside conditional comments.
      const { html } = await engine.renderPlain(readFileSync(new URL(name, dir), 'utf8'), options);
      expect(html).toContain('<!--[if mso');
      expect(minifyOutlookConditionals(html), name).toBe(original(html));
      expect(original(html)).not.toBe(html);
    }
  });
});
