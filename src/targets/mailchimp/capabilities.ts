import type { CapabilityRow } from '../capabilities.js';

// What the mailchimp target can express. Keep in step with the emitter and README.
// Finer-grained refusals (free-text equality, unwritable comparison values, branch cap,
// tag names, static delimiters) are diagnostics of check(), codes `mailchimp-*`.
const noFilters = {
  level: 'refused',
  note: 'Mailchimp merge tags have no documented filters',
  hint: 'Store the value already formatted in its own merge field (a new attribute) and print that.',
} as const;

const precompute = 'Precompute a segment field (fields: { mailchimp: TAG } in rules/segments.yaml, filled with "yes" by your audience sync) and test the segment.';

export const mailchimpCapabilities = {
  output: { level: 'native', note: '*|TAG|*; a fallback is an *|IF:TAG|* ... *|ELSE:|* block' },
  'output-in-loop': { level: 'emulated', note: 'numbered merge fields: item 2 field name of list REC is *|REC2NAME|*' },
  'filter-upper': noFilters,
  'filter-lower': noFilters,
  'filter-capitalize': noFilters,
  'filter-trim': noFilters,
  'filter-truncate': noFilters,
  'filter-date': noFilters,
  truthy: { level: 'native', note: '*|IF:TAG|*; booleans are stored as true/false and tested with *|IF:TAG=true|*' },
  'equals-string': {
    level: 'native',
    note: 'enum attributes only (*|IF:TAG=value|*); free-text equality is refused because Mailchimp\'s case handling is undocumented',
  },
  'equals-number': { level: 'native', note: 'compared as the shortest decimal text (5, 2.5)' },
  'equals-boolean': { level: 'emulated', note: 'booleans are stored as the text true/false' },
  'order-number': {
    level: 'refused',
    note: 'merge tags have no documented <, <=, >, >= operators',
    hint: precompute,
  },
  'order-date': {
    level: 'refused',
    note: 'merge tags have no documented <, <=, >, >= operators',
    hint: precompute,
  },
  'equals-date': {
    level: 'refused',
    note: 'Tailor compares dates by instant, Mailchimp would compare their text',
    hint: precompute,
  },
  and: { level: 'emulated', note: 'nested *|IF:|* blocks' },
  or: { level: 'emulated', note: 'a decision tree repeating the content per case, capped by `mailchimp.maxBranches` in tailor.config.yaml' },
  not: { level: 'emulated', note: '*|IFNOT:TAG|*, swapped branches, or != inside a presence test' },
  elif: { level: 'native', note: '*|ELSEIF:|*, or a decision tree when conditions combine and/or' },
  loop: {
    level: 'emulated',
    note: 'unrolled up to the limit over numbered merge fields (REC1NAME, REC2NAME, ...); the list ends at the first item whose first field is empty',
  },
  'loop-condition': { level: 'emulated', note: 'tests on the numbered merge fields of each item' },
} satisfies CapabilityRow;
