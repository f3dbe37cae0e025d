#!/usr/bin/env node
// npm run bench [-- --n N] [--corpus DIR] [--reps R]
//
// Generates N templates (from the sample project, or cycled from a directory of plain
// MJML files given with --corpus) and times, in rotating order within each round:
//   cold. `tailor build` for the four string targets (sfmc, mailchimp, braze, sendgrid), all
//         parts, with its build cache emptied first (every template compiled and stored);
//   warm. the same build again with the cache in place and nothing changed (a rebuild);
//   mjml. the mjml CLI (its default options) rendering the same templates to HTML only.
// Prints medians, the wall-time ratios cold/mjml and warm/mjml and the peak memories
// (VmHWM, read from /proc). Every tailor build must write the same manifest.
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

/**
 * Give each generated copy its own text, so no step can cache across copies: in its title
 * and in the first text block of its body (a template may have only one of them in its
 * own markup).
 */
function vary(source, i) {
  const titled = source.replace(/<mj-title>/, `$&Edition ${i}: `);
  const body = Math.max(0, titled.indexOf('<mj-body'));
  return titled.slice(0, body) + titled.slice(body).replace(/<mj-text(\s[^>]*[^/]|)>/, (m) => `${m}<span>Edition ${i}.</span> `);
}

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
    // Another template language's {{ }} or {% %} is plain text to the mjml CLI; Tailor
    // reads it as its own unless wrapped in {% raw %}, as a user would do.
    const forTailor = /\{[{%#]/.test(source) ? `{% raw %}${source}{% endraw %}` : source;
    writeFileSync(path.join(project, 'templates', `${name}.mjml`), forTailor);
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

/** Runs a command, returns wall seconds, peak RSS in MiB (VmHWM polled from /proc) and stdout. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
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
      else resolve({ seconds, peakMiB: peakKb / 1024, stdout });
    });
  });
}

const cache = path.join(project, '.cache', 'tailor', 'build');
const manifests = new Set();
/** A tailor build; checks how many templates came from the cache and records the manifest. */
async function tailor(kind) {
  if (kind === 'cold') rmSync(cache, { recursive: true, force: true });
  const result = await run(process.execPath, [path.join(repo, 'bin', 'tailor.js'), 'build', '--root', project]);
  const fromCache = Number(/\((\d+) from cache\)/.exec(result.stdout)?.[1] ?? NaN);
  const expected = kind === 'cold' ? 0 : n;
  if (fromCache !== expected) throw new Error(`${kind} build: ${fromCache} template(s) from the cache, expected ${expected}:\n${result.stdout}`);
  const manifest = readFileSync(path.join(project, 'dist', 'manifest.json'), 'utf8');
  if (manifests.size === 0) checkCopiesDiffer(JSON.parse(manifest));
  manifests.add(manifest);
  if (manifests.size > 1) throw new Error(`${kind} build: the manifest differs from the previous builds'`);
  return result;
}
/** Every copy's HTML must differ from every other's in each target (see `vary`). */
function checkCopiesDiffer(manifest) {
  for (const target of targets.split(',')) {
    const html = manifest.outputs.filter((o) => o.target === target && o.part === 'html');
    const distinct = new Set(html.map((o) => o.sha256)).size;
    if (html.length !== n || distinct !== n) throw new Error(`${target}: ${distinct} distinct HTML outputs for ${n} templates`);
  }
}
const mjml = () => run(process.execPath, [path.join(repo, 'node_modules', 'mjml', 'bin', 'mjml'), '-r', path.join(mjmlIn, '*.mjml'), '-o', mjmlOut + path.sep]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { cold: () => tailor('cold'), warm: () => tailor('warm'), mjml };
// Rotated so each kind runs first, second and third in turn; a round starting with warm
// finds the cache the previous round's cold build left.
const ORDERS = [['cold', 'warm', 'mjml'], ['mjml', 'cold', 'warm'], ['warm', 'mjml', 'cold']];
const results = { cold: [], warm: [], mjml: [] };
const ratios = { cold: [], warm: [] };
console.log(`bench: ${n} templates (${corpus ? `corpus ${corpus}` : 'sample project'}), targets ${targets}, ${reps} rounds (cold tailor, warm tailor, mjml CLI in rotating order)`);
for (let r = 0; r < reps; r++) {
  const round = {};
  for (const kind of ORDERS[r % ORDERS.length]) round[kind] = await runs[kind]();
  for (const kind of Object.keys(results)) results[kind].push(round[kind]);
  for (const kind of Object.keys(ratios)) ratios[kind].push(round[kind].seconds / round.mjml.seconds);
  const show = (kind) => `${round[kind].seconds.toFixed(2)} s (${round[kind].peakMiB.toFixed(0)} MiB)`;
  console.log(
    `  round ${r + 1}: tailor cold ${show('cold')}, tailor warm ${show('warm')}, mjml CLI ${show('mjml')}; ratios cold ${ratios.cold[r].toFixed(2)}, warm ${ratios.warm[r].toFixed(2)}`,
  );
}
const outputs = JSON.parse([...manifests][0]).outputs.length;
const summary = (kind) => `median ${median(results[kind].map((x) => x.seconds)).toFixed(2)} s, peak ${Math.max(...results[kind].map((x) => x.peakMiB)).toFixed(0)} MiB`;
console.log(`tailor build, cold (empty cache): ${summary('cold')}, ${outputs} files`);
console.log(`tailor build, warm (no change):   ${summary('warm')}, ${outputs} files, all ${n} templates from the cache`);
console.log(`mjml CLI:                         ${summary('mjml')}, ${n} files`);
console.log(`ratio tailor/mjml (median of per-round ratios): cold ${median(ratios.cold).toFixed(2)}, warm ${median(ratios.warm).toFixed(2)}`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
