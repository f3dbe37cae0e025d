// Faster equals of some of mjml's internals, each in its own file with the reason:
//   lazy-dependencies.ts  packages mjml-core loads but rarely uses, loaded when first used
//   format-attributes.ts  mjml-core's formatAttributes (every element, on creation)
//   outlook-conditionals.ts  mjml-core's minifyOutlookConditionnals (every document)
//   validate-types.ts     mjml-validator's validTypes rule (every attribute)
//   font-tags.ts          mjml-core's buildFontsTags (every document)
//   html-attributes.ts    BodyComponent's htmlAttributes and styles (every element, often)
//   once-per-element.ts   getStyles() and getChildContext() once per element, not per call
// (require-cache.ts: how a module is replaced before mjml-core loads.)
// Installed once, before mjml is first used. Each one gives exactly mjml's result, which
// the tests check against an untouched copy of mjml (renderPlain) and against mjml's own
// functions. TAILOR_MJML_VANILLA=1 leaves mjml as it ships.
import { fastBuildFontsTags } from './font-tags.js';
import { installFastFormatAttributes } from './format-attributes.js';
import { installLazyDependencies } from './lazy-dependencies.js';
import { installFastOutlookConditionals } from './outlook-conditionals.js';
import { fastHtmlAttributes, fastStyles } from './html-attributes.js';
import { childContextOncePerElement, oncePerElement } from './once-per-element.js';
import type { Require } from './require-cache.js';
import { fastValidateTypes } from './validate-types.js';

/** Installs what it can; returns the names of the speed-ups installed. */
export function installMjmlSpeedups(requireFromMjml: Require): string[] {
  if (process.env.TAILOR_MJML_VANILLA === '1') return [];
  const installed: string[] = [];
  // First: these only work before mjml-core loads.
  installed.push(...installLazyDependencies(requireFromMjml).map((name) => `lazy ${name}`));
  if (installFastFormatAttributes(requireFromMjml)) installed.push('formatAttributes');
  if (installFastOutlookConditionals(requireFromMjml)) installed.push('minifyOutlookConditionnals');
  try {
    // skeleton.js reads the function from this module's exports on every call.
    const fonts = requireFromMjml('mjml-core/lib/helpers/fonts.js') as { buildFontsTags?: Parameters<typeof fastBuildFontsTags>[0] };
    if (typeof fonts.buildFontsTags === 'function') {
      fonts.buildFontsTags = fastBuildFontsTags(fonts.buildFontsTags);
      installed.push('buildFontsTags');
    }
  } catch {
    // Another mjml layout: nothing to speed up.
  }
  const builtIn = presetComponents(requireFromMjml);
  try {
    const core = requireFromMjml('mjml-core') as { BodyComponent?: { prototype: Record<string, unknown> } };
    const lodash = requireFromMjml('lodash') as { get?: unknown };
    const proto = core.BodyComponent?.prototype;
    if (proto && typeof proto.htmlAttributes === 'function' && typeof proto.styles === 'function' && typeof lodash.get === 'function') {
      proto.htmlAttributes = fastHtmlAttributes(proto.htmlAttributes as Parameters<typeof fastHtmlAttributes>[0]);
      // styles() is the one caller of getStyles(): it asks for the kept result.
      const stylesOf = builtIn.size > 0 ? oncePerElement(builtIn, (element: { getStyles(): unknown }) => element.getStyles()) : undefined;
      proto.styles = fastStyles(proto.styles as Parameters<typeof fastStyles>[0], lodash.get as Parameters<typeof fastStyles>[1], stylesOf);
      installed.push('htmlAttributes', 'styles');
      if (stylesOf) installed.push('getStylesOnce');
    }
  } catch {
    // As above.
  }
  if (childContextOncePerElement(builtIn) > 0) installed.push('getChildContextOnce');
  try {
    const validator = requireFromMjml('mjml-validator') as { registerRule?: (rule: unknown, name: string) => unknown };
    const ruleErrorModule = requireFromMjml('mjml-validator/lib/rules/ruleError.js') as { default?: unknown };
    const ruleError = (typeof ruleErrorModule === 'function' ? ruleErrorModule : ruleErrorModule.default) as Parameters<typeof fastValidateTypes>[0];
    if (typeof validator.registerRule === 'function' && typeof ruleError === 'function') {
      validator.registerRule(fastValidateTypes(ruleError), 'validTypes');
      installed.push('validTypes');
    }
  } catch {
    // As above.
  }
  return installed;
}

/** The component classes of mjml's core preset (none when it cannot be read). */
function presetComponents(requireFromMjml: Require): Set<unknown> {
  try {
    const preset = requireFromMjml('mjml-preset-core') as { components?: unknown; default?: { components?: unknown } };
    const components = preset.components ?? preset.default?.components;
    return new Set(Array.isArray(components) ? components : []);
  } catch {
    return new Set();
  }
}
