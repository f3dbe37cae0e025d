// Copies of the sample project for cache tests, and what to compare builds by.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/commands/build.js';
import { cacheDir } from '../../src/cache/store.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

// These tests are about the cache: an ambient TAILOR_CACHE=0 must not turn it off under them.
delete process.env.TAILOR_CACHE;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'tailor-cache-'));
let copies = 0;

/** Removes every copy made by this test file. */
export function removeCopies(): void {
  rmSync(scratch, { recursive: true, force: true });
}

/** A fresh copy of the sample project (4 templates, 10 components). */
export function sampleProject(): string {
  const dir = path.join(scratch, `project-${copies++}`);
  for (const entry of ['tailor.config.yaml', 'rules', 'components', 'templates', 'fixtures']) {
    cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/** path -> sha256 of every file under dir (empty when it does not exist). */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  if (!existsSync(dir)) return result;
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else result[`${prefix}${name}`] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return result;
}

/** Builds `root` into dist/ (or `out`) and fails the test on any error. */
export async function buildOk(root: string, options: Omit<BuildOptions, 'root'> = {}): Promise<BuildResult> {
  const result = await build({ root, ...options });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.exitCode !== 0) throw new Error(`build failed: ${JSON.stringify(errors, null, 2)}`);
  return result;
}

/** What a build without the cache writes for the same sources, into a separate folder. */
export async function coldSnapshot(root: string): Promise<Record<string, string>> {
  const out = path.join(root, `cold-${copies++}`);
  await buildOk(root, { out, cache: false });
  const files = snapshot(out);
  rmSync(out, { recursive: true, force: true });
  return files;
}

export function entries(root: string): string[] {
  const dir = cacheDir(root);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort() : [];
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(full, after);
}
