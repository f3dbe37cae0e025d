// Whole-pipeline sample folders: each folder under samples/ is a small Tailor project.
// - Projects that build: every file written to dist/ must equal expected/<path> (the
//   emitted code of every target, the manifest), and `verify` must find no mismatch.
// - Projects named errors-*: the build must fail with exactly expected-diagnostics.json
//   (code, file, line, column, target) and write nothing.
// UPDATE_SAMPLES=1 rewrites the expected files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { verify } from '../../src/commands/verify.js';

const SAMPLES = path.join(import.meta.dirname, 'samples');
const update = process.env.UPDATE_SAMPLES === '1';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tailor-compile-samples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

describe('compile samples', () => {
  for (const name of readdirSync(SAMPLES).sort()) {
    const root = path.join(SAMPLES, name);
    const out = path.join(scratch, name);
    if (name.startsWith('errors-')) {
      it(`${name}: reports the expected diagnostics and writes nothing`, async () => {
        const result = await build({ root, out, cache: false });
        const digest = result.diagnostics.map((d) => ({
          code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column, ...(d.target ? { target: d.target } : {}),
        }));
        const expectedFile = path.join(root, 'expected-diagnostics.json');
        if (update) writeFileSync(expectedFile, JSON.stringify(digest, null, 2) + '\n');
        expect(digest).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
        expect(result.exitCode).toBe(1);
        expect(existsSync(out)).toBe(false);
        for (const d of result.diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      });
      continue;
    }
    it(`${name}: emits the expected code for every target`, async () => {
      const result = await build({ root, out, cache: false });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.exitCode).toBe(0);
      const expectedDir = path.join(root, 'expected');
      const written = listFiles(out);
      if (update) {
        rmSync(expectedDir, { recursive: true, force: true });
        for (const f of written) {
          mkdirSync(path.dirname(path.join(expectedDir, f)), { recursive: true });
          writeFileSync(path.join(expectedDir, f), readFileSync(path.join(out, f)));
        }
      }
      expect(written).toEqual(listFiles(expectedDir));
      for (const f of written) {
        expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(expectedDir, f), 'utf8'));
      }
    });
    it(`${name}: every target's executed output equals the preview`, async () => {
      const result = await verify({ root });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.mismatches).toEqual([]);
      expect(result.checks).toBeGreaterThan(0);
    });
  }
});
