import type { MessageDef } from '../catalog.js';

// Diagnostics of the amp area. Codes are stable: tests and users refer to them.
export const ampMessages = {
  'amp-image-size-unknown': {
    severity: 'error',
    message: 'The size of image "{src}" is unknown; AMP for Email needs every image\'s width and height.',
    hint: 'Give the element width and height in px (e.g. width="600px" height="300px"), or keep the image file under the project root at {path}.',
  },
  'amp-url-not-absolute': {
    severity: 'error',
    message: '{attribute} "{url}" is not an absolute {schemes} URL, which AMP for Email requires.',
    hint: 'Write the full URL (https://...).',
  },
  'amp-unsupported-component': {
    severity: 'error',
    message: '<{tag}> has no AMP for Email equivalent.',
    hint: 'Remove it from this template, or leave the amp target out for it (targets in tailor.config.yaml).',
  },
  'amp-head-ignored': {
    severity: 'warning',
    message: '<{tag}> in mj-head has no AMP for Email equivalent and is left out of the AMP part.',
  },
  'amp-disallowed-html': {
    severity: 'error',
    message: '<{tag}> is not allowed in AMP for Email.',
    hint: 'Use plain text, links, tables or images instead.',
  },
  'amp-attribute-dropped': {
    severity: 'warning',
    message: 'Attribute {name} on <{tag}> is not allowed in AMP for Email and is left out of the AMP part.',
  },
  'amp-event-handler': {
    severity: 'error',
    message: 'Attribute {name} on <{tag}> is a script handler; AMP for Email allows no scripts.',
    hint: 'Remove the handler.',
  },
  'amp-css-dropped': {
    severity: 'warning',
    message: 'CSS `{css}` is not allowed in AMP for Email and is left out of the AMP part.',
  },
  'amp-css-important': {
    severity: 'warning',
    message: '`!important` is not allowed in AMP for Email; it is removed from `{css}` in the AMP part.',
    hint: 'Give the rule a more specific selector instead.',
  },
  'amp-dynamic-attribute': {
    severity: 'error',
    message: 'Attribute {attribute} of <{tag}> depends on the recipient; the amp target allows per-recipient values only in {allowed}.',
    hint: 'Put the element in an {% if %} with one variant per value instead.',
  },
  'amp-dynamic-head': {
    severity: 'error',
    message: 'Per-recipient content inside <mj-head> cannot be expressed in AMP for Email.',
    hint: 'Move the condition into the body.',
  },
  'amp-static-mustache': {
    severity: 'error',
    message: 'Static text "{{" in {where} would be read as an amp-mustache tag.',
    hint: 'Write the braces differently (e.g. "{ {") or move the text out of the link.',
  },
  'amp-unbalanced-branch': {
    severity: 'error',
    message: 'This {kind} does not contain whole elements: {problem}.',
    hint: 'Open and close each element inside the same branch of the {kind}.',
  },
  'amp-esp-delimiter': {
    severity: 'error',
    message: 'Static text contains "{delimiter}", which {esp} would read as its own syntax in the AMP part.',
    hint: 'Rewrite the text, or send the AMP part through another ESP (target.amp.sendVia).',
  },
  'amp-endpoint-invalid': {
    severity: 'error',
    message: 'target.amp.endpoint "{endpoint}" is not an absolute https URL, which amp-list requires.',
    hint: 'Set target.amp.endpoint in tailor.config.yaml to your endpoint, e.g. https://amp.example.com/tailor/{template}.',
  },
  'amp-document-too-large': {
    severity: 'error',
    message: 'The AMP part is {bytes} bytes; AMP for Email allows at most {limit}.',
    hint: 'Split the email or remove content from the AMP part.',
  },
  'amp-document-large': {
    severity: 'warning',
    message: 'The AMP part is {bytes} bytes, above the {limit} bytes some clients documented as their limit.',
  },
  'amp-css-too-large': {
    severity: 'error',
    message: 'The AMP part has {bytes} bytes of CSS (stylesheet and style attributes); AMP for Email allows at most {limit}.',
    hint: 'Remove mj-style rules or reuse mj-class attributes.',
  },
  'amp-inline-style-too-long': {
    severity: 'error',
    message: 'A style attribute of {bytes} bytes in the AMP part exceeds the {limit} bytes AMP for Email allows.',
    hint: 'Move the declarations to a class in mj-style.',
  },
  'amp-validator': {
    severity: 'error',
    message: 'AMP validator: {message} ({code}, line {line}, column {column} of {part}).',
    hint: 'Report this: the amp target must only emit valid AMP for Email.',
  },
  'amp-validator-warning': {
    severity: 'warning',
    message: 'AMP validator warning: {message} ({code}, line {line}, column {column} of {part}).',
  },
  'amp-validator-unavailable': {
    severity: 'warning',
    message: 'The AMP validator engine is not installed at {path}; the AMP part was not validated.',
    hint: 'Run scripts/get-amp-validator.sh (fetches it from the npm registry once).',
  },
} satisfies Record<string, MessageDef>;
