// Two methods of mjml's components compute a result from the element's attributes, props
// and context, and are called over and over for the same element:
//   - getStyles() builds all of an element's style objects (a column: about twenty
//     objects, dozens of attribute reads, width and padding parsing); the element's render
//     asks for them one at a time through styles('div'), styles('table') ..., and each
//     call builds them all again: five to ten times per element;
//   - getChildContext() (body, section, column, group, hero, accordion, carousel) works out
//     the widths its children get; renderChildren() calls it once per child.
// Together about a fifth of mjml's time in a build.
//
// mjml's own components never change an element's attributes, props or context after
// construction, and the callers only read the results (checked in mjml 5's sources: every
// caller, every getStyles() and getChildContext() and what they call). So each result is
// kept per element, for the components mjml's core preset ships; any other component
// class is asked every time, as mjml does.

/** `compute(element)`, computed once per instance of the classes in `builtIn`. */
export function oncePerElement<E extends object, R>(builtIn: ReadonlySet<unknown>, compute: (element: E) => R): (element: E) => R {
  const kept = new WeakMap<E, R>();
  return (element) => {
    if (!builtIn.has(element.constructor)) return compute(element);
    if (kept.has(element)) return kept.get(element)!;
    const result = compute(element);
    kept.set(element, result);
    return result;
  };
}

type Method = (this: object) => unknown;

/**
 * Replaces `getChildContext` on each class of `builtIn` that defines its own with one
 * that computes once per element. Returns how many it replaced.
 */
export function childContextOncePerElement(builtIn: ReadonlySet<unknown>): number {
  let replaced = 0;
  for (const component of builtIn) {
    const proto = (component as { prototype?: Record<string, unknown> }).prototype;
    if (!proto || !Object.hasOwn(proto, 'getChildContext') || typeof proto.getChildContext !== 'function') continue;
    const original = proto.getChildContext as Method;
    // Each class keeps its own results: a subclass's override may call this one through super.
    const once = oncePerElement(builtIn, (element: object) => original.call(element));
    proto.getChildContext = function getChildContext(this: object) {
      return once(this);
    };
    replaced++;
  }
  return replaced;
}
