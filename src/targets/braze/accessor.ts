// Braze's own way of naming per-recipient data: `${first_name}` for a standard attribute,
// `custom_attribute.${orders_12m}` (or another namespace such as `event_properties`) for
// the rest. This syntax is Braze's, not Liquid's: neither liquidjs nor Ruby Liquid parse
// it, so the oracles see it rewritten to plain Liquid paths (see ./plain-liquid.ts).

export interface BrazeAccessor {
  /** `custom_attribute`, `event_properties`, ...; null for a standard attribute (`${x}`). */
  namespace: string | null;
  /** The name inside `${...}`; may contain spaces. */
  name: string;
}

// A name may hold anything but what would end the accessor or break the plain-Liquid
// rewrite (a bracketed string literal): braces, `$`, quotes of either kind, backslash, line breaks.
const NAME = String.raw`[^{}$"'\\\r\n]+`;
const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_]*';
const ACCESSOR = new RegExp(String.raw`^(?:(${IDENTIFIER})\.)?\$\{(${NAME})\}$`);
/** An accessor inside a larger pattern (no anchors, no groups). */
const ACCESSOR_TEXT = String.raw`(?:${IDENTIFIER}\.)?\$\{${NAME}\}`;

/** Parses `${x}` / `namespace.${x}`; null when the text is not an accessor Tailor can emit. */
export function parseAccessor(text: string): BrazeAccessor | null {
  const m = ACCESSOR.exec(text);
  if (!m) return null;
  return { namespace: m[1] ?? null, name: m[2]! };
}

export function formatAccessor(a: BrazeAccessor): string {
  return a.namespace ? `${a.namespace}.\${${a.name}}` : `\${${a.name}}`;
}

/** Braze's standard attributes (`${name}`), from its list of supported personalization tags. */
export const STANDARD_ATTRIBUTES = new Set([
  'city', 'country', 'date_of_birth', 'email_address', 'first_name', 'gender', 'language', 'last_name',
  'last_used_app_date', 'most_recent_app_version', 'most_recent_locale', 'most_recent_location', 'phone_number',
  'time_zone', 'user_id', 'braze_id', 'random_bucket_number',
  'set_user_to_unsubscribed_url', 'set_user_to_subscribed_url', 'set_user_to_opted_in_url',
]);

/** Namespaces Braze documents for `namespace.${name}`. */
export const KNOWN_NAMESPACES = new Set([
  'custom_attribute', 'event_properties', 'canvas_entry_properties', 'api_trigger_properties', 'context',
  'most_recently_used_device', 'targeted_device', 'subscribed_state', 'campaign', 'canvas', 'card', 'sms',
]);

/** True when Braze documents the accessor (a standard attribute or a known namespace). */
export function isDocumentedAccessor(a: BrazeAccessor): boolean {
  return a.namespace === null ? STANDARD_ATTRIBUTES.has(a.name) : KNOWN_NAMESPACES.has(a.namespace);
}

/** The top-level key standard attributes live under in the oracles' data. */
export const STANDARD_NAMESPACE_KEY = 'braze_standard';

/** The oracles' data key holding the accessor's namespace. */
export function namespaceKey(a: BrazeAccessor): string {
  return a.namespace ?? STANDARD_NAMESPACE_KEY;
}

/** The same value as a plain Liquid path: `braze_standard["first_name"]`, `custom_attribute["x"]`. */
export function plainPath(a: BrazeAccessor): string {
  return `${namespaceKey(a)}["${a.name}"]`;
}

/**
 * Matches the one shape Tailor emits an accessor in: a prelude `assign` with the accessor
 * wrapped in `{{ }}` (the form Braze documents for use inside tags). Group 1 = variable,
 * group 2 = accessor.
 */
export function accessorAssignRegex(): RegExp {
  return new RegExp(String.raw`\{% assign (${IDENTIFIER}) = \{\{(${ACCESSOR_TEXT})\}\} %\}`, 'g');
}

/** The markup (after `assign`) of that same prelude assign, for the lint. */
export const ACCESSOR_ASSIGN_MARKUP = new RegExp(String.raw`^${IDENTIFIER} = \{\{${ACCESSOR_TEXT}\}\}$`);
