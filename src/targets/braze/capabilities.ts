import type { CapabilityRow } from '../capabilities.js';

// What the braze target can express. Keep in step with the emitter, check.ts and
// docs/targets/braze.md. Per-template refusals (e.g. Liquid inside HTML comments, dates
// printed without a format) are diagnostics of check(), not rows here.
export const brazeCapabilities = {
  output: { level: 'native', note: 'explicit missing test (`== nil or == ""`), not `default`; `| escape` in HTML; dates need a `date` format' },
  'output-in-loop': { level: 'native' },
  'filter-upper': { level: 'native', note: '`upcase`; letters added to Unicode after version 13 may stay unchanged in Braze' },
  'filter-lower': { level: 'native', note: '`downcase`; a final Greek capital sigma becomes σ in Braze where the preview writes ς' },
  'filter-capitalize': { level: 'emulated', note: '`slice: 0 | upcase` + `slice: 1, n | downcase`: Liquid\'s own capitalize title-cases (ß → Ss)' },
  'filter-trim': { level: 'native', note: '`strip`: removes ASCII whitespace and NUL; the preview also removes Unicode spaces (NBSP, U+2028, U+3000, BOM ...)' },
  'filter-truncate': { level: 'native', note: '`truncate: n` (n-3 characters + "...")' },
  'filter-date': { level: 'emulated', note: 'strftime; %e is written %-d; only date attributes, only the reference tokens' },
  truthy: { level: 'emulated', note: '`x and x != ""` (Liquid treats "" as true)' },
  'equals-string': { level: 'native', note: '`==` / `!=`, case-sensitive; literals with both quote kinds are captured from raw text' },
  'equals-number': { level: 'emulated', note: 'guarded against missing, coerced with `| plus: 0`' },
  'equals-boolean': { level: 'native' },
  'order-number': { level: 'emulated', note: 'guarded against missing, coerced with `| plus: 0`' },
  'order-date': { level: 'emulated', note: 'as epoch seconds (`| date: "%s" | plus: 0`); compared to the second' },
  'equals-date': { level: 'emulated', note: 'as epoch seconds; compared to the second' },
  and: { level: 'native', note: 'single-kind chains; mixed with `or` through flags' },
  or: { level: 'native', note: 'single-kind chains; mixed with `and` through flags' },
  not: { level: 'emulated', note: 'no `not` in Ruby Liquid: `!=`, or a flag compared with `== false`' },
  elif: { level: 'native', note: '`elsif`' },
  loop: { level: 'native', note: '`for ... limit: n` with `else`, over an array-of-objects custom attribute' },
  'loop-condition': { level: 'native' },
} satisfies CapabilityRow;
