import type { MessageDef } from '../catalog.js';

// Diagnostics of the braze area. Codes are stable: tests and users refer to them.
export const brazeMessages = {
  'braze-attribute-name': {
    severity: 'error',
    message: 'The Braze name `{name}` of `{attribute}` is not an accessor Tailor can emit.',
    hint: 'Write it as `${first_name}` for a standard attribute or `custom_attribute.${loyalty_tier}` for a custom one; the name may not contain `{`, `}`, `$`, `"`, `\'`, `\\` or a line break.',
  },
  'braze-unknown-accessor': {
    severity: 'warning',
    message: '`{name}` (the Braze name of `{attribute}`) is neither a Braze standard attribute nor in a namespace Braze documents; Braze will print nothing for it.',
    hint: 'Custom attributes are read as `custom_attribute.${loyalty_tier}`; standard ones are first_name, last_name, email_address, city, country, language, ...',
  },
  'braze-liquid-in-comment': {
    severity: 'error',
    message: 'A dynamic value or condition sits inside an HTML comment; Braze removes HTML comments before it runs Liquid, so it would never be rendered.',
    hint: 'Move the dynamic content out of the comment (Outlook conditional comments included), or make it static.',
  },
  'braze-comment-across-logic': {
    severity: 'error',
    message: 'An HTML comment opens or closes inside one branch of a condition or loop; Braze removes HTML comments before Liquid runs, which would cut the Liquid block apart.',
    hint: 'Keep each HTML comment (Outlook conditional comments included) entirely inside or entirely outside the condition or loop.',
  },
  'braze-delimiter-in-comment': {
    severity: 'error',
    message: 'An HTML comment contains text that looks like Liquid (`{found}`); Braze handles comments before Liquid, so this text cannot be protected.',
    hint: 'Remove the `{{`, `{%` or `${` sequence from the comment.',
  },
  'braze-liquid-outside-body': {
    severity: 'warning',
    message: 'Dynamic content before `<body>`; Braze documents that Liquid outside the body may render inconsistently.',
    hint: 'Keep personalization inside the email body (for example not in `mj-title`).',
  },
  'braze-date-output': {
    severity: 'error',
    message: 'Printing the date `{ref}` without a format: Braze holds date attributes as times and prints them in its own layout, not as stored.',
    hint: 'Add a format, for example `{{ {ref} | date("%Y-%m-%d") }}`.',
  },
  'braze-date-filter-type': {
    severity: 'error',
    message: 'The `date` filter is applied to `{ref}`, which is not a date attribute.',
    hint: 'Declare the attribute with `type: date`, or drop the filter.',
  },
  'braze-date-format': {
    severity: 'error',
    message: 'The date format `{format}` uses `{token}`, which Tailor cannot render identically in Braze.',
    hint: 'Use only %Y %m %d %e %B %b %A %a %H %M and %% (write a literal percent sign as %%).',
  },
  'braze-date-literal': {
    severity: 'error',
    message: 'The date `{value}` cannot be compared in Braze: {reason}.',
    hint: 'Write an ISO-8601 date or date-time with whole seconds, e.g. "2026-01-31" or "2026-01-31T09:30:00Z".',
  },
  'braze-string-ordering': {
    severity: 'error',
    message: '`{op}` on `{ref}` ({type}) cannot be expressed in Braze Liquid the way the preview evaluates it.',
    hint: 'Compare numbers or dates with `<` `<=` `>` `>=`; compare text with `==` or `!=` only.',
  },
  'braze-literal-type': {
    severity: 'error',
    message: '`{ref}` is a {type} attribute but is compared with the {literalType} {value}.',
    hint: 'Compare with a value of the attribute\'s type (numbers unquoted, text quoted, true/false for booleans).',
  },
  'braze-number-literal': {
    severity: 'error',
    message: 'The number {value} cannot be written as a Liquid number.',
    hint: 'Use a plain decimal number such as 5, -3 or 2.5.',
  },
  'braze-output-list': {
    severity: 'error',
    message: '`{ref}` is a list; a list cannot be printed as a value.',
    hint: 'Loop over it with `{% for item in {ref} %}` and print the item fields.',
  },
  'braze-field-name': {
    severity: 'error',
    message: 'The list item field `{field}` cannot be read in Liquid.',
    hint: 'Rename the field to letters, digits and underscores.',
  },
  'braze-loop-limit': {
    severity: 'error',
    message: 'The loop limit {limit} is not a positive whole number.',
    hint: 'Use a limit of at least 1.',
  },
  'braze-truncate-length': {
    severity: 'error',
    message: 'The truncate length {length} is not a whole number of zero or more.',
    hint: 'Use `truncate(n)` with n >= 0.',
  },
} satisfies Record<string, MessageDef>;
