import type { MessageDef } from '../catalog.js';

// Diagnostics of the sendgrid target (SendGrid dynamic templates, Handlebars). Codes are
// stable: tests and users refer to them. Features the whole target refuses (filters, date
// comparisons) are reported by the analyzer from the capability table, not here.
export const sendgridMessages = {
  'sendgrid-literal-quotes': {
    severity: 'error',
    message: 'The value {value} contains both a single and a double quote; a SendGrid helper argument cannot hold it',
    hint: 'Compare against a value without one of the quote kinds, or give the segment a precomputed SendGrid field.',
  },
  'sendgrid-literal-backslash': {
    severity: 'error',
    message: 'The value {value} contains a backslash; SendGrid helper arguments are not verified to keep it',
    hint: 'Compare against a value without "\\", or give the segment a precomputed SendGrid field.',
  },
  'sendgrid-number-literal': {
    severity: 'error',
    message: 'The number {value} cannot be written as a Handlebars number literal',
    hint: 'Write it as a plain decimal number such as 1500 or 0.25.',
  },
  'sendgrid-order-unsupported': {
    severity: 'error',
    message: '`{op}` on {ref} ({type}) has no SendGrid helper that compares it exactly',
    hint: 'Only numbers can be ordered on SendGrid. Use == / != here, or a segment with a precomputed SendGrid field.',
  },
  'sendgrid-compare-type': {
    severity: 'error',
    message: '`{op}` compares {ref} ({type}) with a {valueType} value; SendGrid would coerce one of them',
    hint: 'Compare with a value of the attribute\'s own type.',
  },
  'sendgrid-date-format': {
    severity: 'error',
    message: 'The date format "{format}" cannot be reproduced exactly with SendGrid\'s formatDate: {reason}',
    hint: 'Use only %Y %m %d %e %B %b %A %a %H %M %%, separated by digits, spaces or , . : ; / - _ ( ) | + % (no letters).',
  },
  'sendgrid-date-input': {
    severity: 'error',
    message: 'The date filter is applied to {ref}, which is a {type}, not a date',
    hint: 'Declare the attribute with type: date, or remove the filter for this value.',
  },
  'sendgrid-output-list': {
    severity: 'error',
    message: '{ref} is a list; SendGrid cannot print a whole list',
    hint: 'Loop over it with {% for %} and print its item fields.',
  },
  'sendgrid-too-many-branches': {
    severity: 'error',
    message: 'SendGrid needs {copies} copies of one branch of this condition (limit {limit})',
    hint: 'Handlebars on SendGrid has no "or" over comparisons, so content is duplicated per case. Simplify the or/not logic, give the segment a precomputed SendGrid field, or raise `sendgrid.maxBranches` in tailor.config.yaml.',
  },
  'sendgrid-field-name': {
    severity: 'error',
    message: 'The SendGrid data key "{name}" of {owner} is not a plain name',
    hint: 'Use letters, digits, _ and -, starting with a letter or _; set it with esp: { sendgrid: ... }.',
  },
  'sendgrid-name-clash': {
    severity: 'error',
    message: '{first} and {second} use the same or overlapping SendGrid data keys ("{name}")',
    hint: 'Give each attribute its own esp.sendgrid name.',
  },
  'sendgrid-outer-loop-item': {
    severity: 'error',
    message: '{ref} belongs to an outer loop; a SendGrid template can only read the innermost loop item',
    hint: 'Move this use out of the inner loop, or copy the field into the inner list items.',
  },
  'sendgrid-loop-limit': {
    severity: 'error',
    message: 'The loop limit {limit} is not a whole number of at least 0',
    hint: 'Use limit(n) with n = 0, 1, 2, ...',
  },
  'sendgrid-static-brace': {
    severity: 'error',
    message: 'A "{" right before a dynamic value cannot be written in the SendGrid {part}: Handlebars would read "{{{"',
    hint: 'Put a space (or any other character) between "{" and the value.',
  },
  'sendgrid-unverified-escape': {
    severity: 'warning',
    message: 'The {part} holds literal text that looks like Handlebars ("{{" or a "}" after a tag); it is written with Handlebars escapes (\\{{ or {{!}}) that SendGrid is not verified to honour',
    hint: 'Send a test email and check the {part}, or avoid "{{" in plain-text copy.',
  },
} satisfies Record<string, MessageDef>;
