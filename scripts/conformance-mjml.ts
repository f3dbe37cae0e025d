// Plain MJML passes through untouched: every *.mjml in <dir> is rendered by Tailor's render
// phase and compared with mjml2html on the same source and options (random navbar and
// carousel ids renamed on both sides). Prints PASS/FAIL per file and `N passed, N failed`;
// exits 1 on any failure.
//
//   npx tsx scripts/conformance-mjml.ts <dir> [--timing]
//
// --timing also measures, after a warm-up, ms per template for mjml2html alone, for the
// whole render phase, and for the text-part conversion inside it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { compareWithReference, mjmlReferenceHtml, staticHtml, staticTemplateIR } from '../src/render/mjml-conformance.js';
import { loadMjml } from '../src/render/mjml-engine.js';
import { mjmlOptions, renderTemplate } from '../src/render/render.js';
import { htmlToText } from '../src/render/text-part.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/conformance-mjml.ts <dir> [--timing]');
  process.exit(2);
}
const root = path.resolve(dir);
const files = readdirSync(root).filter((f) => f.endsWith('.mjml')).sort();
const config = DEFAULT_CONFIG;

let passed = 0;
let failed = 0;
for (const file of files) {
  const source = readFileSync(path.join(root, file), 'utf8');
  const name = file.replace(/\.mjml$/, '');
  const outcome = await renderTemplate(staticTemplateIR(name, file, source), config, { root });
  const actual = outcome.rendered ? staticHtml(outcome.rendered.parts.html) : null;
  let problem: string | undefined;
  if (actual === null) {
    const errors = outcome.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`).join('; ');
    problem = outcome.rendered ? 'the html part holds dynamic nodes' : `not rendered: ${errors}`;
  } else {
    const comparison = compareWithReference(actual, await mjmlReferenceHtml(source, config, file, root));
    if (!comparison.equal) problem = comparison.detail;
  }
  if (problem) {
    failed++;
    console.log(`FAIL ${file}: ${problem}`);
  } else {
    passed++;
    console.log(`PASS ${file}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);

if (args.includes('--timing')) await timing();
process.exit(failed > 0 ? 1 : 0);

async function timing(): Promise<void> {
  const engine = loadMjml();
  const sources = files.map((f) => ({ file: f, name: f.replace(/\.mjml$/, ''), text: readFileSync(path.join(root, f), 'utf8') }));
  const htmls: string[] = [];
  for (const s of sources) htmls.push((await engine.renderPlain(s.text, mjmlOptions(config, s.file, root))).html);
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
      await engine.renderPlain(s.text, mjmlOptions(config, s.file, root));
      const t1 = performance.now();
      await renderTemplate(staticTemplateIR(s.name, s.file, s.text), config, { root });
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
  console.log(`timing (median of ${rounds} rounds, ms per template):`);
  console.log(`  mjml2html alone            ${m.toFixed(2)}`);
  console.log(`  renderTemplate (total)     ${t.toFixed(2)}  (${(t / m).toFixed(2)}x mjml)`);
  console.log(`  of which text conversion   ${x.toFixed(2)}`);
  console.log(`  overhead besides text      ${(t - m - x).toFixed(2)}`);
}
