// The command line end to end, on copies of the bundled sample project: exit codes,
// the manifest, determinism, atomic replacement of dist/, target selection, render and verify.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tailor-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the sample project. */
function sampleProject(): string {
  const dir = path.join(scratch, `project-${copies++}`);
  for (const entry of ['tailor.config.yaml', 'rules', 'components', 'templates', 'fixtures', 'schemas']) {
    cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const code = await main(argv, { out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
  return { code, out, err };
}

/** path -> sha256 of every file under dir. */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
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

describe('tailor build', () => {
  it('builds the sample project for every target and part, with a truthful manifest', async () => {
    const root = sampleProject();
    const { code, out } = await run('build', '--root', root);
    expect(code).toBe(0);
    expect(out).toMatch(/built 4 template\(s\)/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));
    expect(manifest.templates).toEqual(['newsletter', 'post-purchase', 'reengagement', 'welcome']);
    for (const template of manifest.templates) {
      for (const target of ['sfmc', 'mailchimp', 'braze', 'sendgrid']) {
        for (const part of ['html', 'text', 'subject', 'preheader', 'eml']) {
          expect(manifest.outputs.some((o: { target: string; template: string; part: string }) => o.target === target && o.template === template && o.part === part), `${target} ${template} ${part}`).toBe(true);
        }
      }
      expect(manifest.outputs.some((o: { target: string; template: string; part: string }) => o.target === 'amp' && o.template === template && o.part === 'html')).toBe(true);
    }
    for (const o of manifest.outputs) {
      const bytes = readFileSync(path.join(root, 'dist', o.path));
      expect(bytes.length).toBe(o.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(o.sha256);
    }
  });

  it('is deterministic: two builds give identical bytes', async () => {
    const root = sampleProject();
    expect((await run('build', '--root', root, '--out', path.join(root, 'a'))).code).toBe(0);
    expect((await run('build', '--root', root, '--out', path.join(root, 'b'))).code).toBe(0);
    expect(snapshot(path.join(root, 'b'))).toEqual(snapshot(path.join(root, 'a')));
  });

  it('leaves the previous dist/ exactly as it was when the build fails, and leaves no staging folder', async () => {
    const root = sampleProject();
    expect((await run('build', '--root', root)).code).toBe(0);
    const before = snapshot(path.join(root, 'dist'));
    const file = path.join(root, 'templates', 'welcome.mjml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{% endif %}', ''));
    const { code, err } = await run('build', '--root', root);
    expect(code).toBe(1);
    expect(err).toMatch(/templates\/welcome\.mjml:\d+:\d+ error/);
    expect(err).toMatch(/template-block-unclosed/);
    expect(err).toMatch(/nothing written/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.includes('tailor-tmp') || n.includes('tailor-old'))).toEqual([]);
  });

  it('replaces dist/ in a folder whose path holds the staging folder\'s own words', async () => {
    const out = path.join(sampleProject(), 'a-tailor-tmp-folder', 'dist');
    expect((await run('build', '--root', path.dirname(path.dirname(out)), '--target', 'sendgrid', '--out', out, '--no-cache')).code).toBe(0);
    const { code, err } = await run('build', '--root', path.dirname(path.dirname(out)), '--target', 'sendgrid', '--out', out, '--no-cache');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(path.dirname(out))).toEqual(['dist']);
  });

  it('selects targets with --target and moves the output with --out', async () => {
    const root = sampleProject();
    const out = path.join(root, 'elsewhere');
    expect((await run('build', '--root', root, '--target', 'braze,sendgrid', '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['braze', 'manifest.json', 'sendgrid']);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('prints diagnostics as JSON with --format json', async () => {
    const root = sampleProject();
    writeFileSync(path.join(root, 'templates', 'welcome.mjml'), readFileSync(path.join(root, 'templates', 'welcome.mjml'), 'utf8').replace('profile.location', 'profile.locaton'));
    const { code, out } = await run('build', '--root', root, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.diagnostics[0]).toMatchObject({ code: 'unknown-attribute', file: 'templates/welcome.mjml', severity: 'error' });
    expect(report.diagnostics[0].hint).toMatch(/location/);
  });

  it('exits 2 for usage and configuration failures', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('build', '--target', 'myspace')).code).toBe(2);
    expect((await run('build', '--bogus', 'x')).code).toBe(2);
    expect((await run('render', 'welcome')).code).toBe(2);
    const root = sampleProject();
    writeFileSync(path.join(root, 'tailor.config.yaml'), 'targets: [sfmc, nope]\n');
    const { code, err } = await run('build', '--root', root);
    expect(code).toBe(2);
    expect(err).toMatch(/tailor\.config\.yaml:1:\d+/);
  });
});

describe('tailor render', () => {
  it('prints the preview, and the same text from an executed target', async () => {
    const root = sampleProject();
    const preview = await run('render', 'newsletter', '--profile', 'frequent-buyer', '--part', 'subject', '--root', root);
    expect(preview).toMatchObject({ code: 0, out: 'Maya, your weekly picks\n' });
    for (const target of ['sfmc', 'mailchimp', 'braze', 'sendgrid']) {
      const executed = await run('render', 'newsletter', '--profile', 'frequent-buyer', '--part', 'subject', '--target', target, '--root', root);
      expect(executed.code, executed.err).toBe(0);
      expect(executed.out).toBe('Maya, your weekly picks\n');
    }
    const fallback = await run('render', 'welcome', '--profile', 'no-data', '--part', 'subject', '--root', root);
    expect(fallback.out).toBe('Welcome to Harbor & Hem, there\n');
  });

  it('reports an unknown template or profile with the ones available', async () => {
    const root = sampleProject();
    const { code, err } = await run('render', 'welcom', '--profile', 'no-data', '--root', root);
    expect(code).toBe(2);
    expect(err).toMatch(/template-not-found/);
    expect(err).toMatch(/welcome/);
  });
});

describe('tailor verify', () => {
  it('proves every template x profile x target x part of the sample equal to the preview', async () => {
    const root = sampleProject();
    const { code, out } = await run('verify', '--root', root);
    expect(code).toBe(0);
    expect(out).toMatch(/✓ 816 comparisons \(sfmc 192, mailchimp 192, braze 192, sendgrid 192, amp 48\), 0 mismatches/);
  });
});

describe('large builds', () => {
  it('give the same bytes in worker threads as in one thread', async () => {
    const root = sampleProject();
    const names = readdirSync(path.join(root, 'templates'));
    for (let i = 0; i < 52; i++) {
      const name = names[i % names.length]!;
      cpSync(path.join(root, 'templates', name), path.join(root, 'templates', `copy-${i}-${name}`));
    }
    const pooled = path.join(root, 'pooled');
    execFileSync(process.execPath, [path.join(REPO, 'bin', 'tailor.js'), 'build', '--root', root, '--out', pooled, '--target', 'sfmc,braze'], {
      env: { ...process.env, TAILOR_WORKERS: '2' },
    });
    const single = path.join(root, 'single');
    expect((await run('build', '--root', root, '--out', single, '--target', 'sfmc,braze')).code).toBe(0);
    const a = snapshot(pooled);
    expect(Object.keys(a).length).toBe(56 * 2 * 4 + 1);
    expect(a).toEqual(snapshot(single));
  }, 120_000);

  it('stop every worker when one fails, so the failure is reported and the process ends', () => {
    // The main thread is busy with the first chunk while the worker gets the second, which
    // names no template: an internal error in the worker.
    const script = `
      import { stageInWorkers } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'lib', 'commands', 'build-pool.js')).href)};
      import { loadProject } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'lib', 'source', 'load.js')).href)};
      const { project } = await loadProject(${JSON.stringify(REPO)});
      const local = [];
      const busy = async (names) => {
        local.push(...names);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { diagnostics: [], entries: [], compiled: [] };
      };
      const input = { project, targets: ['sendgrid'], staging: ${JSON.stringify(path.join(scratch, 'failing-pool'))} };
      await stageInWorkers(1, input, ['welcome', 'no-such-template'], busy).then(
        () => console.log('resolved', local.join()),
        (err) => console.log('rejected', local.join(), err.message.split('\\n')[0]),
      );`;
    const file = path.join(scratch, 'failing-pool.mjs');
    writeFileSync(file, script);
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    expect(out.trim()).toBe('rejected welcome Error: unknown template no-such-template');
  }, 90_000);
});

describe('the installed command', () => {
  it('runs from bin/ with the compiled tool', () => {
    expect(existsSync(path.join(REPO, 'lib', 'cli', 'main.js')), 'lib/ is built by `npm ci` (prepare) or `npm run build:tool`').toBe(true);
    const version = execFileSync(process.execPath, [path.join(REPO, 'bin', 'tailor.js'), '--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});
