// The cache through the command line: the summary line, --no-cache, and large builds
// whose worker threads store what they compile.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/cache/store.js';
import { main } from '../../src/cli/main.js';
import { edit, entries, REPO, removeCopies, sampleProject, snapshot } from './support.js';

afterAll(removeCopies);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const code = await main(argv, { out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
  return { code, out, err };
}

describe('tailor build and the cache', () => {
  it('says how many templates came from the cache; --no-cache neither reads nor writes it', async () => {
    const root = sampleProject();
    const off = await run('build', '--root', root, '--no-cache');
    expect(off.code).toBe(0);
    expect(off.out).toMatch(/^built 4 template\(s\) for /);
    expect(existsSync(cacheDir(root))).toBe(false);
    expect((await run('build', '--root', root)).out).toMatch(/^built 4 template\(s\) \(0 from cache\) for /);
    expect((await run('build', '--root', root)).out).toMatch(/^built 4 template\(s\) \(4 from cache\) for /);
    expect((await run('build', '--root', root, '--no-cache')).out).toMatch(/^built 4 template\(s\) for /);
    const json = JSON.parse((await run('build', '--root', root, '--format', 'json')).out);
    expect(json.cache).toEqual({ enabled: true, fromCache: ['newsletter', 'post-purchase', 'reengagement', 'welcome'], compiled: [] });
  });

  it('stores what worker threads compile, and a warm large build gives the same bytes as a cold one', async () => {
    const root = sampleProject();
    const names = readdirSync(path.join(root, 'templates'));
    for (let i = 0; i < 52; i++) {
      const name = names[i % names.length]!;
      cpSync(path.join(root, 'templates', name), path.join(root, 'templates', `copy-${i}-${name}`));
    }
    const tailor = (...args: string[]) =>
      execFileSync(process.execPath, [path.join(REPO, 'bin', 'tailor.js'), 'build', '--root', root, '--target', 'sfmc,braze', ...args], {
        env: { ...process.env, TAILOR_WORKERS: '2' },
        encoding: 'utf8',
      });
    expect(tailor('--out', path.join(root, 'reference'), '--no-cache')).toMatch(/^built 56 template\(s\) for /);
    expect(tailor()).toMatch(/^built 56 template\(s\) \(0 from cache\)/);
    expect(entries(root)).toHaveLength(56);
    expect(tailor()).toMatch(/^built 56 template\(s\) \(56 from cache\)/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(snapshot(path.join(root, 'reference')));
    // hero-vip is used by the copies of newsletter and reengagement: 2 + 26 of them.
    edit(root, 'components/hero-vip.mjml', (t) => t.replace('Get early access', 'Shop the early edit'));
    expect(tailor()).toMatch(/^built 56 template\(s\) \(28 from cache\)/);
    expect(tailor('--out', path.join(root, 'reference'), '--no-cache')).toMatch(/^built 56 template\(s\) for /);
    expect(snapshot(path.join(root, 'dist'))).toEqual(snapshot(path.join(root, 'reference')));
  }, 180_000);
});
