import type { MessageDef } from '../catalog.js';

// Diagnostics of the render area. Codes are stable: tests and users refer to them.
// `{what}` is a short description of the dynamic node, e.g. "{{ profile.first_name }}"
// or "this {% if %} block".
export const renderMessages = {
  'render-reserved-text': {
    severity: 'error',
    message: 'The text "{text}" is reserved: Tailor uses it to carry dynamic content through MJML.',
    hint: 'Change this text; it cannot appear in templates, components or front matter.',
  },
  'render-dynamic-in-head': {
    severity: 'error',
    message: '{what} is inside <mj-head>, which is the same for every recipient.',
    hint: 'Only the content of <mj-title> and <mj-preview> may be per-recipient. Move the logic into <mj-body>.',
  },
  'render-dynamic-outside-body': {
    severity: 'error',
    message: '{what} is outside <mj-body> and <mj-head>.',
    hint: 'Move it inside <mj-body>.',
  },
  'render-dynamic-in-comment': {
    severity: 'error',
    message: '{what} is inside a comment between MJML elements, which MJML does not render.',
    hint: 'Move it out of the comment.',
  },
  'render-dynamic-in-tag': {
    severity: 'error',
    message: '{what} is inside a tag but not inside an attribute value.',
    hint: 'Put the expression inside a quoted attribute value (href="{{ ... }}"), or wrap the whole element in {% if %}.',
  },
  'render-output-outside-content': {
    severity: 'error',
    message: '{what} stands between MJML elements inside <{parent}>, where MJML ignores text.',
    hint: 'Put it inside an element that holds content, such as <mj-text> or <mj-button>.',
  },
  'render-block-not-allowed': {
    severity: 'error',
    message: '{what} wraps children of <{parent}>, which cannot hold the <mj-raw> marker it needs there.',
    hint: 'Wrap the whole <{parent}> element in the condition, or move the condition into an element that allows <mj-raw> children.',
  },
  'render-unbalanced-block': {
    severity: 'error',
    message: '{what} does not contain whole elements: a branch opens or closes a tag the others do not, or ends elsewhere than it began.',
    hint: 'Each branch must contain whole MJML elements, or stay inside one attribute value or one element\'s content. To vary an attribute, put the condition inside the attribute value.',
  },
  'render-unbalanced-html': {
    severity: 'warning',
    message: '{what} leaves HTML tags open or closes tags it did not open.',
    hint: 'Close every tag inside the branch that opened it, so the email stays valid whichever branch is taken.',
  },
  'render-loop-columns': {
    severity: 'warning',
    message: '{what} repeats columns inside a section or group; MJML sizes columns by their count at build time, so the widths will be wrong for most recipients.',
    hint: 'Give each repeated <mj-column> an explicit width, or loop over whole sections.',
  },
  'render-dynamic-in-css': {
    severity: 'error',
    message: '{what} ends up inside CSS ({place}).',
    hint: 'CSS is shared and inlined at build time. Use {% if %} around whole elements styled differently, or a css-class chosen in the attribute value.',
  },
  'render-dynamic-attribute-invalid': {
    severity: 'error',
    message: 'MJML needs this attribute at build time: {message}',
    hint: 'Only attributes MJML copies into the HTML as they are (href, src, alt, title, ...) can hold per-recipient values. Wrap alternative elements in {% if %} instead.',
  },
  'render-dynamic-dropped': {
    severity: 'warning',
    message: '{what} is in an attribute MJML does not copy into the HTML, so it never reaches the email.',
    hint: 'Move it to an attribute MJML renders (href, src, alt, title, ...) or into content.',
  },
  'render-mjml-invalid': {
    severity: 'warning',
    message: 'MJML: {message}',
    hint: 'Fix the MJML, or set mjml.validationLevel in tailor.config.yaml.',
  },
  'render-mjml-failed': {
    severity: 'error',
    message: 'MJML could not render this template: {message}',
  },
  'render-include-denied': {
    severity: 'error',
    message: '<mj-include> of "{path}" was refused: included files must be inside the project.',
    hint: 'Use a relative path to a file inside the project.',
  },
  'render-include-disabled': {
    severity: 'warning',
    message: '<mj-include> is ignored because the project root is not known.',
    hint: 'Render through the project (tailor build) so includes can be resolved inside it.',
  },
  'render-preview-and-preheader': {
    severity: 'warning',
    message: 'The template sets a preheader in its front matter and also has an <mj-preview>; the <mj-preview> is the preview text of the HTML part.',
    hint: 'Remove one of them so the preview text and the preheader part say the same thing.',
  },
} satisfies Record<string, MessageDef>;
