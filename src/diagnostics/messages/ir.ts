import type { MessageDef } from '../catalog.js';

// Diagnostics of the ir area. Codes are stable: tests and users refer to them.
export const irMessages = {
  // Names
  'unknown-attribute': {
    severity: 'error',
    message: 'Unknown profile attribute `{name}`.',
    hint: 'Profile attributes are declared in rules/attributes.yaml.{suggestion}',
  },
  'unknown-segment': {
    severity: 'error',
    message: 'Unknown segment `{name}`.',
    hint: 'Segments are the keys of rules/segments.yaml.{suggestion}',
  },
  'unknown-name': {
    severity: 'error',
    message: 'Unknown name `{name}`.',
    hint: '{where}{suggestion}',
  },
  'invalid-reference': {
    severity: 'error',
    message: '`{text}`: {detail}.',
    hint: 'Write `profile.<attribute>`, `segment.<name>`, `props.<prop>` or `<loop variable>.<field>`.',
  },
  'props-outside-component': {
    severity: 'error',
    message: '`props.{name}` is used outside a component.',
    hint: 'Props exist only in components/*.mjml. In a template, use front-matter data or `profile.*`.',
  },
  'segment-cycle': {
    severity: 'error',
    message: 'Segment `{name}` refers to itself: {chain}.',
    hint: 'Break the cycle: a segment may use other segments, but not one that uses it back.',
  },
  // Components and slots
  'unknown-component': {
    severity: 'error',
    message: 'Unknown component `<x-{name}>`.',
    hint: 'Components are the files components/<name>.mjml.{suggestion}',
  },
  'component-cycle': {
    severity: 'error',
    message: 'Component `{name}` includes itself: {chain}.',
    hint: 'A component may not use itself, directly or through other components and slots.',
  },
  'unknown-prop': {
    severity: 'error',
    message: 'Component `{component}` has no prop `{name}`.',
    hint: 'Declared props: {declared}.{suggestion}',
  },
  'missing-required-prop': {
    severity: 'error',
    message: 'Component `{component}` needs the prop `{name}`.',
    hint: 'Pass it: `<x-{component} {name}="..." />` (or `with: { {name}: ... }` in rules/content.yaml).',
  },
  'prop-type-mismatch': {
    severity: 'error',
    message: 'Prop `{name}` of `{component}` is of type {type}; {value} is not.',
    hint: 'Numbers are written like `3` or `2.5`, booleans `true` or `false`; a bare attribute means true.',
  },
  'prop-not-build-time': {
    severity: 'error',
    message: 'Prop `{name}` of `{component}` must be known at build time: {detail}.',
    hint: 'Number and boolean props, conditions on props and loop lists from props are decided at build time. Put per-recipient logic in the component itself with `profile.*`.',
  },
  'unknown-slot': {
    severity: 'error',
    message: 'Unknown slot `{name}`.',
    hint: 'Slots are the keys of rules/content.yaml.{suggestion}',
  },
  'slot-without-default': {
    severity: 'error',
    message: 'Slot `{name}` has no default.',
    hint: 'Add `- default: <component>` as its last rule: every slot needs content for recipients no rule matches.',
  },
  // Conditions
  'compare-type-mismatch': {
    severity: 'error',
    message: '`{ref}` is of type {type}; it cannot be compared with {value}.',
    hint: '{advice}',
  },
  'ordering-unsupported': {
    severity: 'error',
    message: '`{op}` cannot order `{ref}` (type {type}).',
    hint: 'Ordering (< <= > >=) works on numbers and dates. Compare strings, enums, emails, URLs and booleans with `==`, `!=` or `in [..]`.',
  },
  'enum-value-unknown': {
    severity: 'error',
    message: '{value} is not a value of `{ref}` ({values}).',
    hint: 'The values are declared in rules/attributes.yaml.{suggestion}',
  },
  'date-literal-invalid': {
    severity: 'error',
    message: '{value} is not a date; `{ref}` is a date.',
    hint: 'Write dates as ISO-8601 strings: "2026-01-15" or "2026-01-15T10:30:00Z".',
  },
  'compare-two-values': {
    severity: 'error',
    message: '`{left}` and `{right}` are both per-recipient values; comparing them is not supported.',
    hint: 'Compare a value with a literal. To compare two attributes, compute the result as its own attribute (e.g. a boolean) in your data.',
  },
  'condition-as-value': {
    severity: 'error',
    message: 'This is a condition, not a value: it cannot be {use}.',
    hint: 'Use it in `{% if ... %}`; to print text depending on it, write `{% if ... %}yes{% else %}no{% endif %}`.',
  },
  'in-requires-list': {
    severity: 'error',
    message: 'The right side of `in` must be a list of literals.',
    hint: 'Write `profile.lifecycle_stage in ["new", "active"]`.',
  },
  'filter-in-condition': {
    severity: 'error',
    message: 'Filter `{name}` cannot be used on a per-recipient value in a condition.',
    hint: 'Conditions test raw values: compare with the exact value, or list several spellings with `in [..]`.',
  },
  // Outputs and filters
  'output-without-fallback': {
    severity: 'error',
    message: '`{ref}` has no fallback for recipients without a value.',
    hint: 'Add `| default("...")` (or `| default("")` to print nothing), or declare `fallback:` for `{name}` in rules/attributes.yaml.',
  },
  'output-list': {
    severity: 'error',
    message: '`{ref}` is a list; it cannot be printed.',
    hint: 'Loop over it: `{% for item in {ref} | limit(3) %}{{ item.<field> }}{% endfor %}`.',
  },
  'fallback-not-build-time': {
    severity: 'error',
    message: 'The fallback given to `default` must be known at build time.',
    hint: 'Use a literal: `| default("friend")`.',
  },
  'filter-not-allowed': {
    severity: 'error',
    message: 'Filter `{name}` {detail}.',
    hint: '`limit` belongs on a loop list; `safe` applies to build-time values only (per-recipient values are always escaped).',
  },
  'filter-argument-invalid': {
    severity: 'error',
    message: 'Invalid argument for `{name}`: {detail}.',
    hint: 'e.g. `| truncate(40)`, `| limit(3)`, `| date("%B %e, %Y")` (tokens %Y %m %d %e %B %b %A %a %H %M %%).',
  },
  'filter-type-mismatch': {
    severity: 'error',
    message: 'Filter `{name}` does not apply to `{ref}` (type {type}).',
    hint: '`date` formats date (or ISO-8601 string) values.',
  },
  'filter-on-fragment': {
    severity: 'error',
    message: 'Filter `{name}` cannot apply to prop `{prop}`: its value mixes text and per-recipient values.',
    hint: 'Apply the filter where the value is written (in the `{{ }}` passed to the prop), or pass a single `{{ profile.x }}`.',
  },
  'url-partial-output': {
    severity: 'error',
    message: '`{ref}` is printed inside the URL attribute `{attr}` but is not its whole value.',
    hint: 'Per-recipient text is not URL-encoded. Use a `url` attribute holding the whole URL (it may start the value), or a number or enum attribute (URL-safe values).',
  },
  // Loops
  'for-over-non-list': {
    severity: 'error',
    message: '`for` walks a list; `{ref}` is of type {type}.',
    hint: 'Loop over a list attribute (`type: list` in rules/attributes.yaml) or a list in the front matter.',
  },
  'unknown-item-field': {
    severity: 'error',
    message: 'Items of `{list}` have no field `{field}`.',
    hint: 'Fields: {fields}.{suggestion}',
  },
  'loop-without-limit': {
    severity: 'error',
    message: 'The loop over `{ref}` has no limit.',
    hint: 'Add `| limit(n)` to the loop list, or `max:` to `{name}` in rules/attributes.yaml: every ESP needs a bound.',
  },
  'loop-variable-reserved': {
    severity: 'error',
    message: '`{name}` cannot be a loop variable: it names a namespace.',
    hint: 'Pick another name, e.g. `{% for item in ... %}`.',
  },
} satisfies Record<string, MessageDef>;
