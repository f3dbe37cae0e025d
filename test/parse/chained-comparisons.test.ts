// Chained comparisons are refused with their own message wherever they appear: after
// `not`, inside `in`, `and`/`or`, parentheses, filters and loop lists.
import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../../src/parse/parse-file.js';

const CHAINS = [
  '{{ a < b < c }}',
  '{{ a == b != c }}',
  '{{ not a < b < c }}',
  '{{ x in y < z < w }}',
  '{{ a < b in c <= d < e }}',
  '{{ (a) < b < c }}',
  '{{ a and b < c < d }}',
  '{{ a or b == c == d }}',
  '{{ a | upper < b | lower >= c }}',
  '{% if a < b < c %}{% endif %}',
  '{% for x in a < b < c %}{% endfor %}',
];

describe('chained comparisons', () => {
  for (const text of CHAINS) {
    it(text, () => {
      const { diagnostics } = parseTemplateFile({ file: 'templates/chain.mjml', name: 'chain', text });
      const syntax = diagnostics.filter((d) => d.code === 'expression-syntax');
      expect(syntax).toHaveLength(1);
      expect(syntax[0]!.message).toBe('Invalid expression: chained comparisons are not supported.');
      expect(syntax[0]!.hint).toContain('`and`');
    });
  }
});
