import type { CapabilityRow } from '../capabilities.js';

// What the sendgrid target can express (SendGrid dynamic templates: Handlebars with
// SendGrid's documented helpers). Finer limits (quotes in values, date formats, duplication
// cap) are reported by the target's own check(); see docs/targets/sendgrid.md.
const PRECOMPUTE = 'Precompute the value into its own field of dynamic_template_data and print that field, or drop the filter.';

export const sendgridCapabilities = {
  output: { level: 'emulated', note: '`{{@root.x}}` (`{{{@root.x}}}` in plain text); the fallback is an explicit `{{#if}}` guard (a number is present when `#if` or `#equals x 0` holds)' },
  'output-in-loop': { level: 'native', note: '`{{this.field}}` inside `{{#each}}`' },
  'filter-upper': { level: 'refused', note: 'SendGrid has no upper-case helper', hint: PRECOMPUTE },
  'filter-lower': { level: 'refused', note: 'SendGrid has no lower-case helper', hint: PRECOMPUTE },
  'filter-capitalize': { level: 'refused', note: 'SendGrid has no capitalize helper', hint: PRECOMPUTE },
  'filter-trim': { level: 'refused', note: 'SendGrid has no trim helper', hint: PRECOMPUTE },
  'filter-truncate': { level: 'refused', note: 'SendGrid has no truncate helper', hint: PRECOMPUTE },
  'filter-date': { level: 'emulated', note: '`formatDate` with the strftime tokens mapped to its moment-style tokens; formats with literal letters are refused' },
  truthy: { level: 'emulated', note: '`{{#if}}`; for numbers also `{{#equals x 0}}`, since Handlebars treats 0 as false' },
  'equals-string': { level: 'native', note: '`{{#equals @root.x "v"}}` / `{{#notEquals}}`; values with both quote kinds or a backslash are refused' },
  'equals-number': { level: 'native', note: '`{{#equals @root.x 5}}` with a number literal' },
  'equals-boolean': { level: 'emulated', note: '`{{#if}}` for true; `{{#equals @root.x false}}` after `#if` for false' },
  'order-number': { level: 'emulated', note: '`#greaterThan` / `#lessThan` inside a presence guard; `>=` / `<=` as the negation of `#lessThan` / `#greaterThan`' },
  'order-date': { level: 'refused', note: 'SendGrid has no date comparison helper', hint: 'Send the date as a number (e.g. days since an epoch) and compare numbers, or give the segment a precomputed SendGrid field.' },
  'equals-date': { level: 'refused', note: 'SendGrid has no date comparison helper (equal instants may be written differently)', hint: 'Compare a number attribute instead, or give the segment a precomputed SendGrid field.' },
  and: { level: 'emulated', note: 'nested blocks (`{{#and}}` for two bare values)' },
  or: { level: 'emulated', note: 'a decision tree that repeats the content per case (`{{#or}}` for two bare values); capped by `sendgrid.maxBranches` in tailor.config.yaml' },
  not: { level: 'emulated', note: 'branches swapped (`{{#unless}}`, `{{#notEquals}}`)' },
  elif: { level: 'emulated', note: 'nested `{{else}}` blocks (never `{{else equals}}`)' },
  loop: { level: 'emulated', note: '`{{#each @root.list}}` with `{{#lessThan @index n}}` for the limit and `{{else}}` for the empty case' },
  'loop-condition': { level: 'native', note: 'the same helpers on `this.field`' },
} satisfies CapabilityRow;
