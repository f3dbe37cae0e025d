// The filters the template language knows, and how many arguments each takes.
// Their meaning lives in src/ir/filters.ts (value filters) and src/ir/lower-output.ts
// (default, safe) and src/ir/lower-loop.ts (limit).

export interface FilterSpec {
  minArgs: number;
  maxArgs: number;
  /** Where the filter may appear. */
  use: 'output' | 'loop';
}

export const FILTERS: Record<string, FilterSpec> = {
  // default(text) or default(text, true): nunjucks' second argument asks for the
  // "falsy" test; Tailor's default always tests for missing (absent, null, "").
  default: { minArgs: 1, maxArgs: 2, use: 'output' },
  upper: { minArgs: 0, maxArgs: 0, use: 'output' },
  lower: { minArgs: 0, maxArgs: 0, use: 'output' },
  capitalize: { minArgs: 0, maxArgs: 0, use: 'output' },
  trim: { minArgs: 0, maxArgs: 0, use: 'output' },
  truncate: { minArgs: 1, maxArgs: 1, use: 'output' },
  date: { minArgs: 1, maxArgs: 1, use: 'output' },
  /** Build-time values only: insert without HTML escaping. */
  safe: { minArgs: 0, maxArgs: 0, use: 'output' },
  limit: { minArgs: 1, maxArgs: 1, use: 'loop' },
};

export const FILTER_NAMES = Object.keys(FILTERS);
