import type { CapabilityRow } from '../capabilities.js';

// What the sfmc target can express. Keep in step with the emitter (./emit.ts,
// ./conditions.ts, ./outputs.ts) and docs/targets/sfmc.md.
const CASE_NOTE =
  "AMPscript maps case one character at a time (.NET): characters whose case mapping changes length (ß, ligatures such as ﬁ, ŉ) keep their case, and Σ always lowers to σ, where Tailor's reference gives SS, FI, ʼN and a final ς";

export const sfmcCapabilities = {
  output: { level: 'native', note: 'AttributeValue + v(); html and attr contexts through a 5-step Replace chain; booleans print true/false; a date attribute must be formatted with | date(...)' },
  'output-in-loop': { level: 'native', note: 'Field(Row(...)) of the list\'s data extension' },
  'filter-upper': { level: 'native', note: `Uppercase(). ${CASE_NOTE}` },
  'filter-lower': { level: 'native', note: `Lowercase(). ${CASE_NOTE}` },
  'filter-capitalize': { level: 'emulated', note: `Uppercase of the first code point (RegExMatch) + Lowercase of the rest; ProperCase is not used (it capitalizes every word). ${CASE_NOTE}` },
  'filter-trim': { level: 'emulated', note: "RegExMatch removing JavaScript's white-space set (Trim() would also strip U+0085 and keep U+FEFF)" },
  'filter-truncate': { level: 'emulated', note: 'counts code points with RegExMatch (Length and Substring count UTF-16 units)' },
  'filter-date': { level: 'emulated', note: 'Format(value, <.NET custom format>, "Date", "en-US"); must be the first filter, on a date attribute' },
  truthy: { level: 'native', note: 'NOT Empty(); booleans also == true; lists: RowCount of the data extension > 0' },
  'equals-string': { level: 'emulated', note: 'RegExMatch(@x, "^<value>\\z", 0): exact and case-sensitive (AMPscript == ignores case)' },
  'equals-number': { level: 'emulated', note: 'the sign of Subtract(@x, n) read with RegExMatch: AMPscript == and < would read "2.5" as a date' },
  'equals-boolean': { level: 'native', note: '@x == true / false, guarded by Empty()' },
  'order-number': { level: 'emulated', note: 'the sign of Subtract(@x, n) read with RegExMatch: AMPscript < would read "2.5" as a date' },
  'order-date': { level: 'native', note: 'date columns hold UTC wall-clock times and literals are written the same way, so the server offset cancels' },
  'equals-date': { level: 'native', note: 'as order-date' },
  and: { level: 'native', note: 'fully parenthesised' },
  or: { level: 'native', note: 'fully parenthesised' },
  not: { level: 'native', note: 'fully parenthesised (NOT takes everything after it in AMPscript)' },
  elif: { level: 'native' },
  loop: { level: 'native', note: 'LookupOrderedRows on the data extension named by esp.sfmc (subscriber key + order columns), FOR ... NEXT, ELSE branch when RowCount is 0; limit 1 to 2000' },
  'loop-condition': { level: 'native' },
} satisfies CapabilityRow;
