// Everything Tailor lists or writes is ordered by code units, the same on every machine:
// a locale's collation would put "a" before "B" and "_" before letters.
import { describe, expect, it } from 'vitest';
import { diag, fileSpan, sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { compareCodeUnits } from '../../src/order.js';

describe('order', () => {
  it('compares by code units, not by locale', () => {
    expect(['b', 'a_b', 'B', 'ab', 'a'].sort(compareCodeUnits)).toEqual(['B', 'a', 'a_b', 'ab', 'b']);
  });

  it('sorts diagnostics by file in code-unit order, and keeps each once', () => {
    const d = (file: string) => diag('file-unreadable', fileSpan(file), { file, reason: 'x' });
    const sorted = sortDiagnostics([d('templates/b.mjml'), d('templates/B.mjml'), d('templates/b.mjml'), d('templates/a_b.mjml')]);
    expect(sorted.map((x) => x.file)).toEqual(['templates/B.mjml', 'templates/a_b.mjml', 'templates/b.mjml']);
  });
});
