import type { MessageDef } from '../catalog.js';

// Diagnostics of the parse area. Codes are stable: tests and users refer to them.
export const parseMessages = {
  'front-matter-unclosed': {
    severity: 'error',
    message: 'The front matter opened with `---` is never closed.',
    hint: 'End the front matter with a line containing only `---`.',
  },
  'front-matter-invalid': {
    severity: 'error',
    message: 'Invalid front matter: {detail}.',
    hint: 'The front matter is a YAML mapping, e.g. `subject: "Hello {{ profile.first_name }}"`.',
  },
  'template-tag-unclosed': {
    severity: 'error',
    message: '`{open}` is never closed with `{close}`.',
    hint: 'Close the tag on the same construct, e.g. `{{ profile.first_name }}`. To write the characters literally, wrap them in `{% raw %}...{% endraw %}`.',
  },
  'template-block-unclosed': {
    severity: 'error',
    message: '`{% {tag} %}` is never closed.',
    hint: 'Add `{% {end} %}` where the block ends.',
  },
  'template-unexpected-tag': {
    severity: 'error',
    message: 'Unexpected `{% {tag} %}`: {detail}.',
    hint: 'Check that every `{% if %}` and `{% for %}` is closed once, and that `elif`/`else` sit inside their block.',
  },
  'template-unknown-tag': {
    severity: 'error',
    message: 'Unknown tag `{% {tag} %}`.',
    hint: 'Supported tags: if, elif, else, endif, for, endfor, raw.',
  },
  'expression-syntax': {
    severity: 'error',
    message: 'Invalid expression: {detail}.',
    hint: 'Expressions are names (`profile.x`, `segment.x`, `props.x`), string and number literals, comparisons (== != < <= > >=), `and`, `or`, `not`, parentheses, `in [..]` and filters.',
  },
  'unknown-filter': {
    severity: 'error',
    message: 'Unknown filter `{name}`.',
    hint: 'Known filters: default, upper, lower, capitalize, trim, truncate, date, safe, limit (loops).{suggestion}',
  },
  'filter-arguments': {
    severity: 'error',
    message: 'Filter `{name}` takes {expected} argument(s), found {found}.',
    hint: 'e.g. `| default("friend")`, `| truncate(40)`, `| date("%B %e, %Y")`, `| limit(3)`.',
  },
  'component-tag-unclosed': {
    severity: 'error',
    message: 'Component tag `<x-{name}>` is never closed.',
    hint: 'Write `<x-{name} ... />` for a component without content, or close it with `</x-{name}>`.',
  },
  'component-unexpected-close': {
    severity: 'error',
    message: '`</x-{name}>` closes a component that is not open.',
    hint: 'Remove it, or open the component with `<x-{name}>` before.',
  },
  'component-attribute-syntax': {
    severity: 'error',
    message: 'Invalid component attribute: {detail}.',
    hint: 'Attributes are written `name="value"`; values may contain `{{ }}`.',
  },
  'slot-tag-invalid': {
    severity: 'error',
    message: 'Invalid slot tag: {detail}.',
    hint: 'Write `<x-slot name="hero" />`, naming a slot of rules/content.yaml.',
  },
  'props-declaration-invalid': {
    severity: 'error',
    message: 'Invalid props declaration: {detail}.',
    hint: 'Declare props in the front matter: `props: { headline: { type: string, default: "Hello" }, limit: number }`.',
  },
} satisfies Record<string, MessageDef>;
