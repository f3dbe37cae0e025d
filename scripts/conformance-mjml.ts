// Plain MJML passes through untouched: every *.mjml in <dir> is built by Tailor's own
// pipeline (loaded as a template of a scratch project, parsed, lowered to IR, rendered) and
// the HTML part is compared with mjml2html on the same source and options (random navbar
// and carousel ids renamed on both sides). A file holding another template language's
// `{{ }}` / `{% %}` is wrapped in `{% raw %}` first, as a user would do. Prints PASS/FAIL per
// file and `N passed, N failed`; exits 1 on any failure.
//
//   npx tsx scripts/conformance-mjml.ts <dir> [--timing]
//
// --timing also measures, after a warm-up, ms per template for mjml2html alone, for the
// whole render phase, and for the text-part conversion inside it; then the same for a
// personalised copy of each file (every mj-text's content wrapped in an if/else, with an
// output in the first branch).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { buildTemplateIR } from '../src/ir/build.js';
import type { Node, Span } from '../src/ir/nodes.js';
import type { TemplateIR } from '../src/targets/target.js';
import { compareWithReference, mjmlReferenceHtml, staticHtml, staticTemplateIR } from '../src/render/mjml-conformance.js';
import { loadMjml } from '../src/render/mjml-engine.js';
import { mjmlOptions, renderTemplate } from '../src/render/render.js';
import { serializeTemplate } from '../src/render/serialize.js';
import { htmlToText } from '../src/render/text-part.js';
import { loadProject } from '../src/source/load.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/conformance-mjml.ts <dir> [--timing]');
  process.exit(2);
}
const root = path.resolve(dir);
const files = readdirSync(root).filter((f) => f.endsWith('.mjml')).sort();
const config = DEFAULT_CONFIG;

// A scratch project holding every corpus file as a template.
const project = mkdtempSync(path.join(os.tmpdir(), 'tailor-conformance-'));
mkdirSync(path.join(project, 'templates'));
const wrapped = new Set<string>();
for (const file of files) {
  let source = readFileSync(path.join(root, file), 'utf8');
  if (/\{[{%#]/.test(source)) {
    source = `{% raw %}${source}{% endraw %}`;
    wrapped.add(file);
  }
  writeFileSync(path.join(project, 'templates', file), source);
}
const loaded = await loadProject(project);
if (!loaded.project) throw new Error(`scratch project did not load: ${JSON.stringify(loaded.diagnostics)}`);

let passed = 0;
let failed = 0;
for (const file of files) {
  const source = readFileSync(path.join(root, file), 'utf8');
  const name = file.replace(/\.mjml$/, '');
  const template = loaded.project.templates.find((t) => t.name === name)!;
  const built = buildTemplateIR(template, loaded.project);
  const outcome = built.ir ? await renderTemplate(built.ir, loaded.project.config, { root }) : null;
  const actual = outcome?.rendered ? staticHtml(outcome.rendered.parts.html) : null;
  let problem: string | undefined;
  if (actual === null) {
    const errors = [...built.diagnostics, ...(outcome?.diagnostics ?? [])].map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`).join('; ');
    problem = outcome?.rendered ? 'the html part holds dynamic nodes' : `not built: ${errors}`;
  } else {
    const comparison = compareWithReference(actual, await mjmlReferenceHtml(source, config, file, root));
    if (!comparison.equal) problem = comparison.detail;
  }
  const note = wrapped.has(file) ? ' (wrapped in {% raw %}: holds another template language)' : '';
  if (problem) {
    failed++;
    console.log(`FAIL ${file}${note}: ${problem}`);
  } else {
    passed++;
    console.log(`PASS ${file}${note}`);
  }
}
rmSync(project, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);

if (args.includes('--timing')) await timing();
process.exit(failed > 0 ? 1 : 0);

async function timing(): Promise<void> {
  const engine = loadMjml();
  const sources = files.map((f) => ({ file: f, name: f.replace(/\.mjml$/, ''), text: readFileSync(path.join(root, f), 'utf8') }));
  const variants: [string, (s: (typeof sources)[number]) => TemplateIR][] = [
    ['plain', (s) => staticTemplateIR(s.name, s.file, s.text)],
    ['personalised', (s) => personalised(s.name, s.file, s.text)],
  ];
  for (const [label, makeIR] of variants) {
    const irs = sources.map(makeIR);
    // What mjml itself is given: the serialized MJML, placeholders and mj-raw markers included.
    const serialized = irs.map((ir) => serializeTemplate(ir, engine.schema).mjml);
    const htmls: string[] = [];
    for (const ir of irs) {
      const outcome = await renderTemplate(ir, config, { root });
      if (!outcome.rendered) throw new Error(`${ir.file}: ${outcome.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`).join("; ")}`);
      htmls.push(staticOrJoined(outcome.rendered.parts.html));
    }
    const rounds = 15;
    const mjmlMs: number[] = [];
    const tailorMs: number[] = [];
    const textMs: number[] = [];
    for (let round = 0; round < rounds + 3; round++) {
      let a = 0;
      let b = 0;
      let c = 0;
      // Interleaved per template, so machine noise hits both sides alike.
      for (const [k, s] of sources.entries()) {
        const t0 = performance.now();
        await engine.renderPlain(serialized[k]!, mjmlOptions(config, s.file, root));
        const t1 = performance.now();
        await renderTemplate(irs[k]!, config, { root });
        const t2 = performance.now();
        htmlToText(htmls[k]!);
        const t3 = performance.now();
        a += t1 - t0;
        b += t2 - t1;
        c += t3 - t2;
      }
      if (round >= 3) {
        mjmlMs.push(a / sources.length);
        tailorMs.push(b / sources.length);
        textMs.push(c / sources.length);
      }
    }
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
    const m = median(mjmlMs);
    const t = median(tailorMs);
    const x = median(textMs);
    console.log(`timing, ${label} (median of ${rounds} rounds, ms per template):`);
    console.log(`  mjml2html alone (same MJML)     ${m.toFixed(2)}`);
    console.log(`  renderTemplate (total)          ${t.toFixed(2)}  (${(t / m).toFixed(2)}x mjml)`);
    console.log(`  of which text conversion        ${x.toFixed(2)}`);
    console.log(`  the rest of Tailor's work       ${(t - m - x).toFixed(2)}`);
  }
}

/** The html part's text with dynamic nodes left out (only the text converter's input size matters here). */
function staticOrJoined(nodes: Node[]): string {
  return nodes.map((n) => (n.kind === 'static' ? n.text : '')).join('');
}

/** Every mj-text's content wrapped in {% if profile.vip %}content {{ profile.first_name }}{% else %}content{% endif %}. */
function personalised(name: string, file: string, source: string): TemplateIR {
  const span: Span = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const body: Node[] = [];
  let pos = 0;
  const bodyStart = source.indexOf('<mj-body');
  for (const m of source.matchAll(/(<mj-text\b[^>]*[^/]>)([\s\S]*?)(<\/mj-text\s*>)/g)) {
    if (m.index < bodyStart) continue;
    const contentStart = m.index + m[1]!.length;
    body.push({ kind: 'static', text: source.slice(pos, contentStart) });
    const content: Node = { kind: 'static', text: m[2]! };
    const output: Node = { kind: 'output', ref: { kind: 'attr', name: 'first_name', type: 'string', span }, filters: [], fallback: 'there', context: 'html', span };
    body.push({ kind: 'if', branches: [{ cond: { kind: 'truthy', ref: { kind: 'attr', name: 'vip', type: 'boolean', span }, span }, body: [content, output] }], else: [content], span });
    pos = contentStart + m[2]!.length;
  }
  body.push({ kind: 'static', text: source.slice(pos) });
  return { ...staticTemplateIR(name, file, source), body };
}
