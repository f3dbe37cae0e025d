// The lint over emitted Liquid: each file in lint-samples/invalid/ is named after the rule
// its templates (separated by `---` lines) break; lint-samples/valid/ must pass clean.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIQUID_LINT_RULES, lintLiquid } from '../../../src/targets/braze/lint-liquid.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'lint-samples');
const templates = (file: string) => readFileSync(file, 'utf8').split(/^---$/m).map((t) => t.trim());

describe('braze Liquid lint', () => {
  it('has an invalid sample for every rule', () => {
    const covered = readdirSync(join(DIR, 'invalid')).map((f) => basename(f, '.liquid'));
    expect(covered.sort()).toEqual(Object.keys(LIQUID_LINT_RULES).sort());
  });

  for (const file of readdirSync(join(DIR, 'invalid'))) {
    const rule = basename(file, '.liquid');
    templates(join(DIR, 'invalid', file)).forEach((source, i) => {
      it(`${rule} #${i + 1} fails`, () => {
        expect(lintLiquid(source).map((p) => p.rule)).toContain(rule);
      });
    });
  }

  for (const file of readdirSync(join(DIR, 'valid'))) {
    it(`${file} passes`, () => {
      expect(lintLiquid(readFileSync(join(DIR, 'valid', file), 'utf8'))).toEqual([]);
    });
  }

  it('points at the offending tag', () => {
    const source = 'Hello {% if not x %}y{% endif %}';
    expect(lintLiquid(source)).toEqual([expect.objectContaining({ rule: 'no-not', offset: source.indexOf('{% if') })]);
  });
});
