// Faster equals of mjml-core's BodyComponent.prototype.htmlAttributes and .styles, which
// every element calls several times while it renders: with the style objects they read,
// about a quarter of mjml's time in a build. mjml's versions go through lodash: omitBy
// copies the object key by key (castPath, baseSet, a symbol lookup per call), then reduce
// walks the copy. Here one walk over the same keys, in the same order, builds the same
// string. Wherever lodash would take another path (a key inherited from a prototype, an
// object with a `length`, anything but a plain object), mjml's own method runs instead.

/** What the two methods use of a component. */
interface ComponentLike {
  getStyles(): unknown;
  styles(styles?: unknown): string;
}

type Method = (this: ComponentLike, value?: unknown) => string;
type LodashGet = (object: unknown, path: string) => unknown;

/** Keys lodash's baseSet will not set, so omitBy leaves them out. */
const UNSET_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A path lodash's get reads as one plain key. */
const PLAIN_KEY = /^\w*$/;

const identity = (value: unknown): unknown => value;

/**
 * A plain object (or one without a prototype) and without `length`, which would make
 * lodash iterate it as an array.
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || 'length' in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function fastHtmlAttributes(original: Method): Method {
  return function htmlAttributes(this: ComponentLike, attributes?: unknown): string {
    if (!isPlainRecord(attributes)) return original.call(this, attributes);
    // The same lookup as mjml's, inherited members of the object literal included.
    const specialAttributes: Record<string, (value: unknown) => unknown> = { style: (v) => this.styles(v), default: identity };
    let output = '';
    for (const name in attributes) {
      // for...in lists own keys first; an inherited one means lodash's copy differs.
      if (!Object.hasOwn(attributes, name)) return original.call(this, attributes);
      const v = attributes[name];
      if (v === null || v === undefined || UNSET_KEYS.has(name)) continue;
      const value = (specialAttributes[name] || specialAttributes.default!)(v);
      output = `${output} ${name}="${value as string}"`;
    }
    return output;
  };
}

/** lodash's `get(all, path)`, without lodash for a path that is one plain key. */
function named(all: unknown, path: string, get: LodashGet): unknown {
  if (!PLAIN_KEY.test(path)) return get(all, path);
  return all === null || all === undefined ? undefined : (all as Record<string, unknown>)[path];
}

/** How styles() gets a component's style objects: getStyles(), or a kept result (once-per-element.ts). */
type StylesOf = (component: ComponentLike) => unknown;

export function fastStyles(original: Method, get: LodashGet, stylesOf: StylesOf = (c) => c.getStyles()): Method {
  return function styles(this: ComponentLike, styles?: unknown): string {
    let stylesObject: unknown;
    if (styles) stylesObject = typeof styles === 'string' ? named(stylesOf(this), styles, get) : styles;
    if (stylesObject === null || stylesObject === undefined) return '';
    if (!isPlainRecord(stylesObject)) return original.call(this, styles);
    let output = '';
    for (const name of Object.keys(stylesObject)) {
      const value = stylesObject[name];
      if (value !== null && value !== undefined) output = `${output}${name}:${value as string};`;
    }
    return output;
  };
}
