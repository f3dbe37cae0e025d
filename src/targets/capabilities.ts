// What each target can express, as data. The analyzer checks the features a template
// uses against this table before anything is emitted; the README's target tables are
// generated from it. `satisfies` makes a missing cell a compile error.
import type { TargetId } from '../source/model.js';
import { ampCapabilities } from './amp/capabilities.js';
import { brazeCapabilities } from './braze/capabilities.js';
import { mailchimpCapabilities } from './mailchimp/capabilities.js';
import { sendgridCapabilities } from './sendgrid/capabilities.js';
import { sfmcCapabilities } from './sfmc/capabilities.js';

export const FEATURES = {
  output: 'print a profile value',
  'output-in-loop': 'print a field of a list item',
  'filter-upper': '`upper` filter',
  'filter-lower': '`lower` filter',
  'filter-capitalize': '`capitalize` filter',
  'filter-trim': '`trim` filter',
  'filter-truncate': '`truncate(n)` filter',
  'filter-date': '`date(format)` filter',
  truthy: '`if profile.x` (present and not false)',
  'equals-string': '`==` / `!=` on a string, enum, email or url',
  'equals-number': '`==` / `!=` on a number',
  'equals-boolean': '`==` / `!=` on a boolean',
  'order-number': '`<` `<=` `>` `>=` on a number',
  'order-date': '`<` `<=` `>` `>=` on a date',
  'equals-date': '`==` / `!=` on a date',
  and: '`and`',
  or: '`or`',
  not: '`not`',
  elif: '`elif` chains',
  loop: '`for` over a list attribute',
  'loop-condition': 'a condition on a loop item field',
} as const;

export type Feature = keyof typeof FEATURES;

export type Support =
  | { level: 'native'; note?: string }
  | { level: 'emulated'; note: string }
  | { level: 'refused'; note: string; hint: string };

export type CapabilityRow = Record<Feature, Support>;

export const CAPABILITIES = {
  sfmc: sfmcCapabilities,
  mailchimp: mailchimpCapabilities,
  braze: brazeCapabilities,
  sendgrid: sendgridCapabilities,
  amp: ampCapabilities,
} satisfies Record<TargetId, CapabilityRow>;
