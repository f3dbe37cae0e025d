// Each attribute's name in each ESP: the defaults, and what a valid name looks like.
// Facts behind the rules: reference notes on each ESP's personalization language.
import type { EspNames, TargetId } from './model.js';

/**
 * Braze's standard attributes are read as `${name}` (everything else is
 * `custom_attribute.${name}`). Keys: attribute names users commonly give them; values:
 * Braze's own Liquid tag names (its "Supported personalization tags" list).
 */
export const BRAZE_STANDARD_ATTRIBUTES: Readonly<Record<string, string>> = {
  first_name: 'first_name',
  last_name: 'last_name',
  email: 'email_address',
  email_address: 'email_address',
  country: 'country',
  city: 'city',
  home_city: 'city',
  language: 'language',
  gender: 'gender',
  phone: 'phone_number',
  phone_number: 'phone_number',
  date_of_birth: 'date_of_birth',
  time_zone: 'time_zone',
};

/** The names used when esp: {} does not set one. */
export function defaultEspNames(name: string): EspNames {
  const standard = BRAZE_STANDARD_ATTRIBUTES[name];
  return {
    sfmc: name,
    mailchimp: name.toUpperCase().replace(/[^A-Z0-9_]/g, '').slice(0, 10),
    braze: standard ? `\${${standard}}` : `custom_attribute.\${${name}}`,
    sendgrid: name,
    amp: name,
  };
}

export interface EspNameRule {
  pattern: RegExp;
  /** What a valid name is, for messages. */
  rule: string;
  /** Whether the ESP treats names differing only in case as the same field. */
  caseInsensitive: boolean;
}

export const ESP_NAME_RULES: Record<TargetId, EspNameRule> = {
  // Written inside AttributeValue("...") and data extension lookups; SFMC field names
  // are case-insensitive. Conservative: no quotes, percent signs or brackets.
  sfmc: {
    pattern: /^[A-Za-z0-9_](?:[A-Za-z0-9_ -]{0,126}[A-Za-z0-9_-])?$/,
    rule: 'letters, digits, _, - and inner spaces, at most 128 characters',
    caseInsensitive: true,
  },
  mailchimp: {
    pattern: /^[A-Z0-9_]{1,10}$/,
    rule: 'upper-case letters, digits and _, at most 10 characters',
    caseInsensitive: false,
  },
  // ${name} inside may hold spaces, never braces, $ or quotes.
  braze: {
    pattern: /^(?:custom_attribute\.)?\$\{[^${}'"\r\n]+\}$/,
    rule: 'the form ${standard_name} or custom_attribute.${name}',
    caseInsensitive: false,
  },
  // A Handlebars path segment: no dots, spaces or punctuation.
  sendgrid: {
    pattern: /^[A-Za-z_][A-Za-z0-9_-]*$/,
    rule: 'letters, digits, _ and -, not starting with a digit or -',
    caseInsensitive: false,
  },
  // A mustache key in the endpoint's JSON.
  amp: {
    pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
    rule: 'letters, digits and _, not starting with a digit',
    caseInsensitive: false,
  },
};
