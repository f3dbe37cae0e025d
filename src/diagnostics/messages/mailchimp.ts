import type { MessageDef } from '../catalog.js';

// Diagnostics of the mailchimp area. Codes are stable: tests and users refer to them.
// Refusals listed in the capability table (ordering operators, date equality, filters)
// are reported by the analyzer; these are the finer-grained ones.
export const mailchimpMessages = {
  'mailchimp-string-equality': {
    severity: 'error',
    message:
      'Mailchimp cannot compare the free-text attribute {name} ({type}) with "{value}": whether its `=` ignores letter case or spaces is not documented',
    hint:
      'Declare {name} as an enum (type: enum, values: [...]) so only known spellings reach Mailchimp, or read the condition from a precomputed segment field (fields: { mailchimp: TAG } in rules/segments.yaml).',
  },
  'mailchimp-enum-case': {
    severity: 'error',
    message:
      'The comparison value "{value}" differs from the declared value "{declared}" of {name} only in letter case or surrounding spaces, and Mailchimp\'s handling of those is not documented',
    hint: 'Write the value exactly as declared in rules/attributes.yaml ("{declared}").',
  },
  'mailchimp-comparison-value': {
    severity: 'error',
    message: 'The comparison value "{value}" cannot be written in a Mailchimp merge tag: {reason}',
    hint: 'Merge-tag comparison values are raw text with no escaping. Use values without | * = ! or line breaks, or precompute a segment field.',
  },
  'mailchimp-order-comparison': {
    severity: 'error',
    message: '{name} {op} ...: ordering operators on a {type} cannot be written in Mailchimp merge tags (only presence, = and != are documented)',
    hint: 'Precompute a segment field (fields: { mailchimp: TAG } in rules/segments.yaml) and test the segment instead.',
  },
  'mailchimp-literal-type': {
    severity: 'error',
    message: 'The {type} attribute {name} is compared with the {literalType} value {value}; in Mailchimp both sides are text, so this would not mean the same',
    hint: 'Compare with a {type} value.',
  },
  'mailchimp-list-value': {
    severity: 'error',
    message: 'The list {name} is used as a single value; Mailchimp stores lists as numbered merge fields',
    hint: 'Loop over the list with {% for %}, or test whether it has items with `{% if profile.{name} %}`.',
  },
  'mailchimp-branch-limit': {
    severity: 'error',
    message:
      'This condition needs {count} branches once lowered to Mailchimp merge tags (no and/or: content is repeated per case), more than maxBranches = {max} (mailchimp.maxBranches in tailor.config.yaml)',
    hint: 'Simplify the condition, move part of it into a precomputed segment field (fields: { mailchimp: TAG } in rules/segments.yaml), or raise `mailchimp.maxBranches` in tailor.config.yaml.',
  },
  'mailchimp-tag-invalid': {
    severity: 'error',
    message: 'The Mailchimp merge tag "{tag}" of {source} is not valid: {reason}',
    hint: 'Mailchimp merge tags are upper-case letters, digits and _, start with a letter and have at most 10 characters. Set esp.mailchimp (attributes) or fields.mailchimp (segments).',
  },
  'mailchimp-loop-tag-too-long': {
    severity: 'error',
    message: 'Item {index} of the list {name} needs the merge tag "{tag}", longer than the 10 characters Mailchimp allows',
    hint: 'Pick a shorter prefix for {name} (esp.mailchimp, now "{prefix}") or shorter item field names.',
  },
  'mailchimp-loop-no-fields': {
    severity: 'error',
    message: 'The list {name} declares no item fields, so Mailchimp has no merge field to tell whether an item exists',
    hint: 'Declare the item fields (items: { name: string, ... }); the first one marks an item as present.',
  },
  'mailchimp-tag-collision': {
    severity: 'error',
    message: 'The Mailchimp merge tag {tag} is used for {first} and for {second}',
    hint: 'Give each attribute, list item field and segment field its own merge tag.',
  },
  'mailchimp-static-delimiter': {
    severity: 'error',
    message: 'The {where} contains "{text}", which Mailchimp would read as the start or end of a merge tag, and it has no escape there',
    hint: 'Reword the text (for example "* |" with a space); in HTML body text Tailor escapes it automatically.',
  },
  'mailchimp-fallback-delimiter': {
    severity: 'error',
    message: 'The fallback "{fallback}" contains "{text}", which Mailchimp would read as a merge-tag delimiter in the {part}',
    hint: 'Reword the fallback (for example "* |" with a space).',
  },
} satisfies Record<string, MessageDef>;
