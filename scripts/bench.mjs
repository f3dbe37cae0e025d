#!/usr/bin/env node
// npm run bench [-- --n N] [--corpus DIR] [--reps R]
//
// Generates N templates (from the sample project, or cycled from a directory of plain
// MJML files given with --corpus) and times, alternating in the same run:
//   A. `tailor build` for the four string targets (sfmc, mailchimp, braze, sendgrid), all parts;
//   B. the mjml CLI (its default options) rendering the same templates to HTML only.
// Prints medians, the wall-time ratio A/B and both peak memories (VmHWM, read from /proc).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

const n = Number(option('n', '200'));
const reps = Number(option('reps', '3'));
const corpus = option('corpus', undefined);
const targets = 'sfmc,mailchimp,braze,sendgrid';

const work = mkdtempSync(path.join(os.tmpdir(), 'tailor-bench-'));
const project = path.join(work, 'project');
const mjmlIn = path.join(work, 'mjml-in');
const mjmlOut = path.join(work, 'mjml-out');
mkdirSync(path.join(project, 'templates'), { recursive: true });
mkdirSync(mjmlIn, { recursive: true });
mkdirSync(mjmlOut, { recursive: true });

/** Give each generated copy its own text, so no step can cache across copies. */
const vary = (source, i) => source.replace(/<mj-text(\s[^>]*[^/]|)>/, (m) => `${m}<span>Edition ${i}.</span> `);

if (corpus) {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.mjml')).sort();
  if (files.length === 0) throw new Error(`no .mjml files in ${corpus}`);
  writeFileSync(path.join(project, 'tailor.config.yaml'), `targets: [${targets}]\n`);
  mkdirSync(path.join(project, 'rules'), { recursive: true });
  writeFileSync(path.join(project, 'rules', 'attributes.yaml'), '{}\n');
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length];
    const source = vary(readFileSync(path.join(corpus, f), 'utf8'), i);
    const name = `t${String(i).padStart(4, '0')}-${f.replace(/\.mjml$/, '')}`;
    writeFileSync(path.join(project, 'templates', `${name}.mjml`), source);
    writeFileSync(path.join(mjmlIn, `${name}.mjml`), source);
  }
} else {
  for (const dir of ['rules', 'components', 'fixtures']) cpSync(path.join(repo, dir), path.join(project, dir), { recursive: true });
  const config = readFileSync(path.join(repo, 'tailor.config.yaml'), 'utf8').replace(/^targets:.*$/m, `targets: [${targets}]`).replace(/^eml:.*$/m, 'eml: false');
  writeFileSync(path.join(project, 'tailor.config.yaml'), config);
  const samples = readdirSync(path.join(repo, 'templates')).filter((f) => f.endsWith('.mjml')).sort();
  for (let i = 0; i < n; i++) {
    const f = samples[i % samples.length];
    const name = `t${String(i).padStart(4, '0')}-${f.replace(/\.mjml$/, '')}`;
    writeFileSync(path.join(project, 'templates', `${name}.mjml`), vary(readFileSync(path.join(repo, 'templates', f), 'utf8'), i));
  }
  // The mjml CLI gets the same templates as plain MJML: components expanded, slots lowered,
  // and every branch kept, so it renders the same markup Tailor renders once per template.
  const api = await import(path.join(repo, 'lib', 'index.js'));
  const plain = await api.expandToPlainMjml({ root: project, mode: 'all-branches' });
  for (const [name, mjml] of Object.entries(plain)) writeFileSync(path.join(mjmlIn, `${name}.mjml`), mjml);
}

/** Runs a command, returns wall seconds and peak RSS in MiB (VmHWM polled from /proc). */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+)/.exec(status);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {}
    }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr.slice(0, 2000)}`));
      else resolve({ seconds, peakMiB: peakKb / 1024 });
    });
  });
}

const tailor = () => run(process.execPath, [path.join(repo, 'bin', 'tailor.js'), 'build', '--root', project, '--quiet']);
const mjml = () => run(process.execPath, [path.join(repo, 'node_modules', 'mjml', 'bin', 'mjml'), '-r', path.join(mjmlIn, '*.mjml'), '-o', mjmlOut + path.sep]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const a = [];
const b = [];
const ratios = [];
console.log(`bench: ${n} templates (${corpus ? `corpus ${corpus}` : 'sample project'}), targets ${targets}, ${reps} alternating rounds`);
for (let r = 0; r < reps; r++) {
  const first = r % 2 === 0;
  const x = first ? await tailor() : await mjml();
  const y = first ? await mjml() : await tailor();
  const [t, m] = first ? [x, y] : [y, x];
  a.push(t);
  b.push(m);
  ratios.push(t.seconds / m.seconds);
  console.log(`  round ${r + 1}: tailor ${t.seconds.toFixed(2)} s (${t.peakMiB.toFixed(0)} MiB), mjml CLI ${m.seconds.toFixed(2)} s (${m.peakMiB.toFixed(0)} MiB), ratio ${(t.seconds / m.seconds).toFixed(2)}`);
}
const outputs = existsSync(path.join(project, 'dist', 'manifest.json')) ? JSON.parse(readFileSync(path.join(project, 'dist', 'manifest.json'), 'utf8')).outputs.length : 0;
const tMed = median(a.map((x) => x.seconds));
const mMed = median(b.map((x) => x.seconds));
console.log(`tailor build: median ${tMed.toFixed(2)} s, peak ${Math.max(...a.map((x) => x.peakMiB)).toFixed(0)} MiB, ${outputs} files`);
console.log(`mjml CLI:     median ${mMed.toFixed(2)} s, peak ${Math.max(...b.map((x) => x.peakMiB)).toFixed(0)} MiB, ${n} files`);
console.log(`ratio tailor/mjml (median of per-round ratios): ${median(ratios).toFixed(2)}`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
