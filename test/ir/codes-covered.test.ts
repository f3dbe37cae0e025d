// Every diagnostic code of the parse and ir areas has at least one sample that
// produces it (test/parse/samples, test/ir/samples), so no code is dead or untested.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { irMessages } from '../../src/diagnostics/messages/ir.js';
import { parseMessages } from '../../src/diagnostics/messages/parse.js';

function producedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const root of ['test/parse/samples', 'test/ir/samples']) {
    for (const dir of readdirSync(root)) {
      const file = join(root, dir, 'expected.json');
      if (!existsSync(file)) continue;
      const { diagnostics } = JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: string[] };
      for (const d of diagnostics) codes.add(d.split(' ')[1]!);
    }
  }
  return codes;
}

describe('diagnostic codes', () => {
  it('each parse and ir code is produced by a sample', () => {
    const produced = producedCodes();
    const missing = [...Object.keys(parseMessages), ...Object.keys(irMessages)].filter((c) => !produced.has(c));
    expect(missing).toEqual([]);
  });
});
