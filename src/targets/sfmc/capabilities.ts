import type { CapabilityRow } from '../capabilities.js';

// What the sfmc target can express. Keep in step with the emitter and README.
export const sfmcCapabilities = {
  output: { level: 'native' },
  'output-in-loop': { level: 'native' },
  'filter-upper': { level: 'native' },
  'filter-lower': { level: 'native' },
  'filter-capitalize': { level: 'native' },
  'filter-trim': { level: 'native' },
  'filter-truncate': { level: 'native' },
  'filter-date': { level: 'native' },
  truthy: { level: 'native' },
  'equals-string': { level: 'native' },
  'equals-number': { level: 'native' },
  'equals-boolean': { level: 'native' },
  'order-number': { level: 'native' },
  'order-date': { level: 'native' },
  'equals-date': { level: 'native' },
  and: { level: 'native' },
  or: { level: 'native' },
  not: { level: 'native' },
  elif: { level: 'native' },
  loop: { level: 'native' },
  'loop-condition': { level: 'native' },
} satisfies CapabilityRow;
