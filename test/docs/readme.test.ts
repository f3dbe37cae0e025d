// The README's generated parts must match the code they describe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceCapabilitySection } from '../../src/targets/capability-table.js';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('shows the current capability table (npm run docs:capabilities)', () => {
    expect(readme).toBe(replaceCapabilitySection(readme));
  });

  it('has a Quick start of exactly two commands', () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme);
    expect(quick?.[1]?.trim().split('\n')).toEqual(['npm ci && npx tailor build', 'npm test']);
  });
});
