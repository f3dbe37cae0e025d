// What AMP for Email allows, as data. Sources: ampproject/amphtml docs/spec/email
// (amp-email-css.md, amp-email-html.md, amp-email-components.md) and the official
// validator (AMP4EMAIL, data-css-strict). The emitter, the CSS sanitizer and the docs
// read these tables; the validator run in the tests is the final judge.

/** CSS properties allowed with `data-css-strict` (amp-email-css.md, "Supported CSS properties"). */
export const CSS_PROPERTIES: ReadonlySet<string> = new Set([
  '-moz-appearance', '-webkit-appearance', '-webkit-tap-highlight-color',
  'align-content', 'align-items', 'align-self', 'appearance', 'azimuth',
  'background', 'background-attachment', 'background-blend-mode', 'background-clip', 'background-color',
  'background-image', 'background-origin', 'background-position', 'background-repeat', 'background-size',
  'border', 'border-bottom', 'border-bottom-color', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'border-bottom-style', 'border-bottom-width', 'border-collapse', 'border-color', 'border-left',
  'border-left-color', 'border-left-style', 'border-left-width', 'border-radius', 'border-right',
  'border-right-color', 'border-right-style', 'border-right-width', 'border-spacing', 'border-style',
  'border-top', 'border-top-color', 'border-top-left-radius', 'border-top-right-radius', 'border-top-style',
  'border-top-width', 'border-width', 'bottom', 'box-shadow', 'box-sizing', 'break-after', 'break-before',
  'break-inside', 'caption-side', 'caret-color', 'clear', 'color', 'color-adjust', 'column-count',
  'column-fill', 'column-gap', 'column-rule', 'column-rule-color', 'column-rule-style', 'column-rule-width',
  'column-span', 'column-width', 'columns', 'counter-increment', 'counter-reset', 'cursor', 'direction',
  'display', 'elevation', 'empty-cells', 'filter', 'flex', 'flex-basis', 'flex-direction', 'flex-flow',
  'flex-grow', 'flex-shrink', 'flex-wrap', 'float', 'font', 'font-family', 'font-feature-settings',
  'font-kerning', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-synthesis',
  'font-variant', 'font-variant-alternates', 'font-variant-caps', 'font-variant-east-asian',
  'font-variant-ligatures', 'font-variant-numeric', 'font-variation-settings', 'font-weight', 'gap', 'grid',
  'grid-area', 'grid-auto-columns', 'grid-auto-flow', 'grid-auto-rows', 'grid-column', 'grid-column-end',
  'grid-column-start', 'grid-row', 'grid-row-end', 'grid-row-start', 'grid-template', 'grid-template-areas',
  'grid-template-columns', 'grid-template-rows', 'height', 'hyphens', 'image-orientation', 'image-resolution',
  'inline-size', 'isolation', 'justify-content', 'justify-items', 'justify-self', 'left', 'letter-spacing',
  'line-break', 'line-height', 'list-style', 'list-style-position', 'list-style-type', 'margin',
  'margin-bottom', 'margin-left', 'margin-right', 'margin-top', 'max-height', 'max-width', 'min-height',
  'min-width', 'mix-blend-mode', 'object-fit', 'object-position', 'offset-distance', 'opacity', 'order',
  'outline', 'outline-color', 'outline-offset', 'outline-style', 'outline-width', 'overflow', 'overflow-x',
  'overflow-y', 'overflow-wrap', 'padding', 'padding-bottom', 'padding-left', 'padding-right', 'padding-top',
  'pause', 'pause-after', 'pause-before', 'perspective', 'perspective-origin', 'pitch', 'pitch-range',
  'place-items', 'position', 'quotes', 'resize', 'richness', 'right', 'row-gap', 'speak', 'speak-header',
  'speak-numeral', 'speak-punctuation', 'speech-rate', 'stress', 'table-layout', 'text-align',
  'text-align-last', 'text-combine-upright', 'text-decoration', 'text-decoration-color',
  'text-decoration-line', 'text-decoration-skip', 'text-decoration-style', 'text-emphasis',
  'text-emphasis-color', 'text-emphasis-position', 'text-emphasis-style', 'text-indent', 'text-justify',
  'text-orientation', 'text-overflow', 'text-shadow', 'text-transform', 'text-underline-position', 'top',
  'transform', 'transform-box', 'transform-origin', 'transform-style', 'transition', 'transition-delay',
  'transition-duration', 'transition-property', 'transition-timing-function', 'unicode-bidi',
  'vertical-align', 'visibility', 'voice-family', 'white-space', 'width', 'word-break', 'word-spacing',
  'word-wrap', 'writing-mode', 'z-index',
]);

/**
 * Properties that only exist for desktop/webmail client quirks (Outlook, old iOS, IE).
 * AMP clients never needed them, so dropping them changes nothing a reader sees.
 */
export const CLIENT_HACK_PROPERTY = /^(mso-|-ms-|-webkit-text-size-adjust$|text-size-adjust$|-webkit-font-smoothing$|-moz-osx-font-smoothing$)/;

/** Pseudo-classes allowed in selectors (amp-email-css.md). Pseudo-elements are never allowed. */
export const CSS_PSEUDO_CLASSES: ReadonlySet<string> = new Set([
  'active', 'checked', 'default', 'disabled', 'empty', 'enabled', 'first-child', 'first-of-type', 'focus',
  'focus-within', 'hover', 'in-range', 'indeterminate', 'invalid', 'last-child', 'last-of-type', 'not',
  'nth-child', 'nth-last-child', 'nth-last-of-type', 'nth-of-type', 'only-child', 'only-of-type', 'optional',
  'out-of-range', 'read-only', 'read-write', 'required', 'valid',
]);

/** Attribute names usable in attribute selectors under data-css-strict (validator css_strict tests). */
export const CSS_SELECTOR_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'type', 'name', 'hidden', 'placeholder', 'layout', 'fallback', 'submit-success', 'submit-error',
  'submitting', 'selected', 'disabled', 'expanded', 'option', 'value', 'checked', 'dir', 'role', 'width', 'height',
]);

/** Media features allowed in `@media` (amp-email-css.md, "Media features"). */
export const MEDIA_FEATURES: ReadonlySet<string> = new Set([
  'device-width', 'max-device-width', 'min-device-width', 'hover', 'orientation', 'pointer', 'resolution',
  'max-resolution', 'min-resolution', 'width', 'max-width', 'min-width',
]);
export const MEDIA_TYPES: ReadonlySet<string> = new Set(['all', 'screen']);

/** Plain HTML tags user markup (mj-text, mj-raw, mj-table, ...) may keep as they are (amp-email-html.md). */
export const HTML_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdo', 'blockquote', 'br', 'button', 'caption', 'cite', 'code',
  'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'ins', 'kbd', 'label', 'legend', 'li',
  'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Attributes kept on user markup (besides `data-*` and `aria-*`). */
export const HTML_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'style', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden', 'href', 'target', 'rel', 'alt',
  'width', 'height', 'align', 'valign', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'colspan', 'rowspan',
  'scope', 'headers', 'abbr', 'span', 'datetime', 'cite', 'start', 'reversed', 'type', 'value', 'open',
]);

/** Tags whose `align` attribute is invalid in AMP for Email. */
export const NO_ALIGN_TAGS: ReadonlySet<string> = new Set(['label']);

/** URL schemes allowed in `<a href>`. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * Extension scripts, pinned to versions valid in email (`latest` and 1.0 builds are
 * rejected). amp-layout is built in and must not get a script.
 */
export const EXTENSIONS = {
  'amp-list': { kind: 'custom-element', version: '0.1' },
  'amp-mustache': { kind: 'custom-template', version: '0.2' },
  'amp-carousel': { kind: 'custom-element', version: '0.2' },
  'amp-accordion': { kind: 'custom-element', version: '0.1' },
} as const;

export type ExtensionName = keyof typeof EXTENSIONS;

/** Budgets the validator enforces (and the older documented document size, as a warning). */
export const BUDGETS = {
  documentBytes: 200_000,
  documentWarnBytes: 100_000,
  cssBytes: 75_000,
  inlineStyleBytes: 1_000,
} as const;
