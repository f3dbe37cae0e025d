// A faster equal of mjml-core's helpers/formatAttributes, which every mjml element runs
// on its attributes when it is created. mjml's version builds a type object per attribute
// (each type's constructor compiles its validation regexes; the color type joins ~150
// color names into a new RegExp) only to call getValue(), and copies the growing result
// object once per attribute: about a fifth of mjml's time in a build. Here getValue() is
// called on a plain `{ value }`: the only state any getValue() reads (the base type returns
// it, the color type expands `#abc` to `#aabbcc`).
//
// It replaces the module in Node's require cache before mjml-core loads, so mjml's own
// code calls it (mjml holds the function itself, not the module: there is no other way
// in). The result is the same object, key for key and value for value: tested against
// mjml's function for every attribute of every component (test/render).
import { mjmlCoreLoaded, putInRequireCache, type Require } from './require-cache.js';
type TypeConstructor = { prototype: { getValue(this: { value: unknown }): unknown } };
type InitializeType = (typeConfig: string) => TypeConstructor | undefined;

const MODULE = 'mjml-core/lib/helpers/formatAttributes.js';

/** The replacement, bound to mjml-core's own type registry. */
export function fastFormatAttributes(initializeType: InitializeType) {
  return (attributes: Record<string, unknown>, allowedAttributes?: Record<string, string>): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      const typeConfig = allowedAttributes?.[name];
      const type = typeConfig ? initializeType(typeConfig) : undefined;
      const formatted = type ? type.prototype.getValue.call({ value }) : value;
      // mjml builds the object with `{ ...acc, [name]: value }`: an own property even for "__proto__".
      if (name === '__proto__') Object.defineProperty(result, name, { value: formatted, enumerable: true, writable: true, configurable: true });
      else result[name] = formatted;
    }
    return result;
  };
}

/**
 * Puts the replacement in the require cache, where mjml-core's createComponent will load
 * it. Does nothing when mjml-core is already loaded (it holds the original then) or when
 * this mjml has no such module. Returns whether it did.
 */
export function installFastFormatAttributes(requireFromMjml: Require): boolean {
  if (mjmlCoreLoaded(requireFromMjml)) return false;
  let modulePath: string;
  let typePath: string;
  try {
    modulePath = requireFromMjml.resolve(MODULE);
    typePath = requireFromMjml.resolve('mjml-core/lib/types/type.js');
  } catch {
    return false;
  }
  const { initializeType } = requireFromMjml(typePath) as { initializeType?: InitializeType };
  if (typeof initializeType !== 'function') return false;
  putInRequireCache(requireFromMjml, modulePath, fastFormatAttributes(initializeType));
  return true;
}
