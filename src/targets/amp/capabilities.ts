import type { CapabilityRow } from '../capabilities.js';

// What the amp target can express. Keep in step with the emitter and docs/targets/amp.md.
// amp-mustache has no logic of its own: every value, condition and list is computed by the
// endpoint's resolver (the reference evaluator) and reaches the template as a string, a
// boolean or an array. So every feature is exact, provided the endpoint uses the resolver.
const RESOLVED = 'computed by the endpoint with resolveAmpData (the reference evaluator)';

export const ampCapabilities = {
  output: { level: 'native', note: `a string field of the response, ${RESOLVED}` },
  'output-in-loop': { level: 'native', note: 'a string field of each list item' },
  'filter-upper': { level: 'native', note: RESOLVED },
  'filter-lower': { level: 'native', note: RESOLVED },
  'filter-capitalize': { level: 'native', note: RESOLVED },
  'filter-trim': { level: 'native', note: RESOLVED },
  'filter-truncate': { level: 'native', note: RESOLVED },
  'filter-date': { level: 'native', note: RESOLVED },
  truthy: { level: 'native', note: `a boolean field, ${RESOLVED}` },
  'equals-string': { level: 'native', note: RESOLVED },
  'equals-number': { level: 'native', note: RESOLVED },
  'equals-boolean': { level: 'native', note: RESOLVED },
  'order-number': { level: 'native', note: RESOLVED },
  'order-date': { level: 'native', note: RESOLVED },
  'equals-date': { level: 'native', note: RESOLVED },
  and: { level: 'native', note: RESOLVED },
  or: { level: 'native', note: RESOLVED },
  not: { level: 'native', note: RESOLVED },
  elif: { level: 'native', note: 'one boolean per branch: {{#c1_0}}...{{/c1_0}}, else under {{^c1}}' },
  loop: { level: 'native', note: 'an array of item objects (limit applied) and an _empty flag' },
  'loop-condition': { level: 'native', note: `booleans in each item, ${RESOLVED}` },
} satisfies CapabilityRow;
