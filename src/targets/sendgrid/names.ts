// How a value is addressed in SendGrid's dynamic_template_data. Profile attributes are read
// from the root (`@root.<esp.sendgrid>`) everywhere, because SendGrid's comparison helpers
// change the scope (reference §4.2 gotcha 2); loop item fields are read as `this.<field>`.
// Names are kept to plain Handlebars path segments (letters, digits, _ and -, as the
// attribute schema allows; dots for nested objects) so no segment literal (`[...]`) is needed.
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys that JavaScript objects (and handlebars.js' prototype guard) treat specially. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** One key of dynamic_template_data or of a list item. */
export function isPlainKey(key: string): boolean {
  return KEY.test(key) && !RESERVED.has(key);
}

/** A plain key, or dotted keys for nested objects (`user.first_name`). */
export function isPlainDataPath(path: string): boolean {
  return path.split('.').every(isPlainKey);
}

/** `@root.<key>` for a key of dynamic_template_data (its esp.sendgrid name). */
export function rootPath(dataKey: string): string {
  return `@root.${dataKey}`;
}

export function itemFieldPath(field: string): string {
  return `this.${field}`;
}

/** True when one path is the other or lies inside it (`user` and `user.name` clash). */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
