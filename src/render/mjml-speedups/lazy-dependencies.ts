// mjml-core loads, when it loads, packages that only some documents or options use:
// juice (with cheerio and undici: `<mj-style inline="inline">`), cheerio
// (`<mj-html-attributes>`), htmlnano and cssnano's preset (the `minify` option). They are
// about 450 of the 650 modules mjml loads, 150 ms of its 250 ms load, paid again by every
// worker thread of a large build. Here each of them is a stand-in in Node's require cache
// before mjml-core loads, and the real package loads the first time mjml uses it.
//
// The stand-in forwards every use (call, `new`, reading and writing members) to the real
// package. One answer cannot wait: Babel's interop reads `__esModule` as mjml-core loads,
// so each stand-in gives the answer its package gives, written below and checked by the
// tests against the installed packages.
import { createRequire } from 'node:module';
import { mjmlCoreLoaded, putInRequireCache, type Require } from './require-cache.js';

/** Packages mjml-core requires that a typical render never uses, with their `__esModule`. */
export const LAZY_PACKAGES: ReadonlyMap<string, true | undefined> = new Map([
  ['juice', undefined],
  ['cheerio', true],
  ['htmlnano', undefined],
  ['cssnano-preset-lite', undefined],
]);

/** A stand-in for a module: `load()` runs on first use, then every use goes to its result. */
export function lazyModule(load: () => unknown, esModule: true | undefined): unknown {
  // The proxy's own target is a placeholder; `real()` is the module every use goes to.
  let loaded: object | undefined;
  const real = (): object => (loaded ??= load() as object);
  // A function as the proxy's target: the stand-in can be called like the packages that are functions.
  return new Proxy(function standIn() {}, {
    apply: (_t, thisArg, args) => Reflect.apply(real() as (...a: unknown[]) => unknown, thisArg, args),
    construct: (_t, args) => Reflect.construct(real() as new (...a: unknown[]) => object, args),
    get: (_t, key) => (key === '__esModule' && loaded === undefined ? esModule : Reflect.get(real(), key)),
    set: (_t, key, value) => Reflect.set(real(), key, value),
    has: (_t, key) => Reflect.has(real(), key),
    deleteProperty: (_t, key) => Reflect.deleteProperty(real(), key),
    defineProperty: (_t, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    // The target's own keys (a function's `prototype`, say) must stay listed for the proxy's invariants.
    ownKeys: (t) => [...new Set([...Reflect.ownKeys(real()), ...Reflect.ownKeys(t).filter((k) => !Reflect.getOwnPropertyDescriptor(t, k)?.configurable)])],
    getOwnPropertyDescriptor: (t, key) => {
      const own = Reflect.getOwnPropertyDescriptor(t, key);
      if (own && !own.configurable) return own;
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
}

/**
 * Puts a stand-in for each of LAZY_PACKAGES (as mjml-core resolves it) in the require
 * cache. Does nothing when mjml-core is already loaded. Returns the packages it replaced.
 */
export function installLazyDependencies(requireFromMjml: Require): string[] {
  if (mjmlCoreLoaded(requireFromMjml)) return [];
  let requireFromCore: Require;
  try {
    requireFromCore = createRequire(requireFromMjml.resolve('mjml-core'));
  } catch {
    return [];
  }
  const replaced: string[] = [];
  for (const [name, esModule] of LAZY_PACKAGES) {
    let file: string;
    try {
      file = requireFromCore.resolve(name);
    } catch {
      continue; // mjml-core of another version may not use it
    }
    if (requireFromCore.cache[file]) continue; // already loaded: nothing to save
    const load = () => {
      // The real package, loaded from its file as Node would have, then kept in the cache.
      delete requireFromCore.cache[file];
      return requireFromCore(file);
    };
    putInRequireCache(requireFromCore, file, lazyModule(load, esModule));
    replaced.push(name);
  }
  return replaced;
}
