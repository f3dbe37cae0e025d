import type { MessageDef } from '../catalog.js';

// Diagnostics of the sfmc area. Codes are stable: tests and users refer to them.
// Table-level refusals come from the analyzer (src/targets/sfmc/capabilities.ts); these
// are the finer-grained cases the sfmc target cannot write exactly in AMPscript.
export const sfmcMessages = {
  'sfmc-string-order': {
    severity: 'error',
    message:
      '{name} {op} "{value}": AMPscript orders text by culture, ignoring letter case and accents, so an ordering comparison on a {type} would not mean what it means in Tailor (code-unit order)',
    hint: 'Compare with == or != instead, or precompute the result into an attribute (boolean) or a segment field (fields: { sfmc: FIELD } in rules/segments.yaml).',
  },
  'sfmc-boolean-order': {
    severity: 'error',
    message: '{name} {op} {value}: AMPscript treats every ordering of booleans as "different" (true < false is true there)',
    hint: 'Test the boolean with `if profile.{name}` or `== true` / `== false`.',
  },
  'sfmc-literal-type': {
    severity: 'error',
    message: '{name} is a {type}, compared with {value} ({valueType}); AMPscript would convert one side and answer differently',
    hint: 'Compare with a {expected} literal, e.g. {example}.',
  },
  'sfmc-date-literal': {
    severity: 'error',
    message: '"{value}" is not a date AMPscript and Tailor read the same way',
    hint: 'Write the date as ISO-8601: "2026-01-31" or "2026-01-31T09:30:00Z".',
  },
  'sfmc-list-value': {
    severity: 'error',
    message: '{name} is a list: in SFMC it lives in the data extension "{de}" and can only be looped over or tested for presence',
    hint: 'Use {% for item in profile.{name} %} ... {% endfor %}, or `if profile.{name}`.',
  },
  'sfmc-date-output': {
    severity: 'error',
    message: '{name} is a date: SFMC prints a date column in its own format ("1/15/2026 12:00:00 AM"), not as the profile holds it',
    hint: 'Format it: {{ {ref} | date("%Y-%m-%d") }} (the date filter must come first).',
  },
  'sfmc-date-filter-input': {
    severity: 'error',
    message: 'The date filter on {name} must be the first filter and apply to a date attribute: AMPscript reads other text as dates differently from Tailor',
    hint: 'Declare {name} with type: date and put | date(...) first.',
  },
  'sfmc-loop-limit': {
    severity: 'error',
    message: 'The loop over {name} shows {limit} items; SFMC looks up between 1 and 2000 rows',
    hint: 'Use a limit between 1 and 2000 (`| limit(n)` or the attribute\'s max).',
  },
} satisfies Record<string, MessageDef>;
