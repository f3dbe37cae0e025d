// Each of mjml's components builds all its style objects in getStyles() (a column: about
// twenty objects, dozens of attribute reads, width and padding parsing), and its render
// asks for them one at a time through styles('div'), styles('table') ..., which calls
// getStyles() again each time: five to ten full rebuilds per element, a fifth of mjml's
// time in a build.
//
// getStyles() is a pure function of the component's attributes, props and context, which
// mjml's own components never change after construction, and its only caller,
// styles(), reads the result without changing it (checked in mjml 5's sources). So the
// result is kept per component instance, for the components mjml's core preset ships;
// any other component class is asked every time, as mjml does.

interface StyledComponent {
  getStyles(): unknown;
}

/** `component.getStyles()`, computed once per instance of the classes in `builtIn`. */
export function stylesOnce(builtIn: ReadonlySet<unknown>): (component: StyledComponent) => unknown {
  const kept = new WeakMap<object, unknown>();
  return (component) => {
    if (!builtIn.has(component.constructor)) return component.getStyles();
    if (kept.has(component)) return kept.get(component);
    const styles = component.getStyles();
    kept.set(component, styles);
    return styles;
  };
}
