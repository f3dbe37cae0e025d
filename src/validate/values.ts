// What a valid value of each attribute type looks like: one definition shared by
// sample profiles, attribute fallbacks and the config.
import type { AttributeType } from '../ir/nodes.js';

/** Types a single value can have (a list holds items of these). */
export type ScalarType = Exclude<AttributeType, 'list'>;

/** Why a present value does not fit its type. */
export type ValueIssue =
  | { kind: 'type'; expected: string }
  | { kind: 'email' | 'url' | 'date'; reason: string }
  | { kind: 'enum'; values: string[] };

/** How a type is named in messages: "a number", "an email address"... */
export const TYPE_PHRASES: Record<AttributeType, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  enum: 'one of the enum values',
  date: 'an ISO-8601 date',
  email: 'an email address',
  url: 'an absolute http(s) URL',
  list: 'a list of items',
};

/** A YAML mapping, read as a plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How a YAML value is named in messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the boolean ${String(value)}`;
}

/** Checks a present (not missing) value against a scalar type. */
export function checkValue(type: ScalarType, value: unknown, enumValues: readonly string[] = []): ValueIssue | null {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : { kind: 'type', expected: TYPE_PHRASES.number };
    case 'boolean':
      return typeof value === 'boolean' ? null : { kind: 'type', expected: TYPE_PHRASES.boolean };
    case 'string':
      return typeof value === 'string' ? null : { kind: 'type', expected: TYPE_PHRASES.string };
    case 'enum':
      if (typeof value !== 'string') return { kind: 'type', expected: 'a string' };
      return enumValues.includes(value) ? null : { kind: 'enum', values: [...enumValues] };
    case 'email':
    case 'url':
    case 'date': {
      if (typeof value !== 'string') return { kind: 'type', expected: TYPE_PHRASES[type] };
      const reason = type === 'email' ? emailProblem(value) : type === 'url' ? urlProblem(value) : dateProblem(value);
      return reason === null ? null : { kind: type, reason };
    }
  }
}

// local@domain: no blanks, no quotes or brackets, a dot in the domain. Non-ASCII letters
// are allowed (internationalised addresses).
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@(?:[^\s@"<>()[\]\\,;:.]+\.)+[^\s@"<>()[\]\\,;:.]{2,}$/u;

export function emailProblem(value: string): string | null {
  if (/\s/.test(value)) return 'it contains whitespace';
  if (!value.includes('@')) return 'it has no @';
  if (!EMAIL.test(value)) return 'expected the form name@example.com';
  return null;
}

export function urlProblem(value: string): string | null {
  if (/\s/.test(value)) return 'it contains whitespace';
  if (!/^https?:\/\//i.test(value)) return 'it must start with http:// or https://';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not a well-formed URL';
  }
  if (!url.hostname) return 'it has no host name';
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * ISO-8601 calendar dates (2024-03-01) and date-times with a zone
 * (2024-03-01T09:30:00Z, 2024-03-01T09:30+02:00). A date-time without a zone is refused:
 * engines would read it in their own local time, so the same profile could compare
 * differently from one ESP to another.
 */
export function dateProblem(value: string): string | null {
  const m = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2} \d/.test(value)) return "separate the date and the time with 'T', not a space";
    return 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z';
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return 'the time is out of range';
    if (m[7] === undefined) return "a date-time needs a zone: add 'Z' (UTC) or an offset such as +02:00";
  }
  return null;
}

/** A number written as text ("0", "-1.5", "2e3"). */
export function isNumberText(text: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) && Number.isFinite(Number(text));
}
