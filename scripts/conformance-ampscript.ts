// Conformance of Tailor's AMPscript interpreter with the test corpus of Salesforce's
// open-source AMPscript engine (ampscript-core, `src/Sage.Engine.Tests/Corpus/`).
//
//   npx tsx scripts/conformance-ampscript.ts <corpus-dir>
//
// Corpus format (the engine's CorpusLoader): a case is a title between two `===` lines,
// the code, optionally `---` and a parse tree, then `+++` and the expected output. The
// engine compares its output trimmed with the expected text trimmed (line breaks as
// `\n`); "!" means the code must fail at run time. A `<file>.subscribercontext.json`
// beside a file gives the subscriber attributes of its cases.
//
// A case is in scope when it parses with constructs the interpreter supports and calls
// only functions it implements; every other case is listed with the reason. Cases with
// no expected output (parser tests) are checked to parse when in scope. Exit code 1 on
// any failure.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { calledFunctions, parse, runAmpscript, SUPPORTED_FUNCTIONS, UnsupportedConstruct, AmpscriptError } from '../src/targets/sfmc/interpreter/index.js';

interface CorpusCase {
  file: string;
  title: string;
  line: number;
  code: string;
  expected: string | null;
}

/** Functions the corpus calls that need something the corpus does not ship. */
const NEEDS_FIXTURES: Record<string, string> = {
  LOOKUP: 'needs the "Loyalty" data extension, which the corpus does not include',
  LOOKUPROWS: 'needs the "Loyalty" data extension, which the corpus does not include',
  LOOKUPROWSCS: 'needs the "Loyalty" data extension, which the corpus does not include',
};

function readCases(file: string): CorpusCase[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const cases: CorpusCase[] = [];
  let title = '';
  let section: 'title' | 'code' | 'tree' | 'output' | 'none' = 'none';
  let code: string[] = [];
  let output: string[] | null = null;
  let start = 0;
  const finish = () => {
    if (code.join('').trim() || title) {
      cases.push({ file, title: title.trim(), line: start + 1, code: code.join('\n').trim(), expected: output && output.join('\n').trim() });
    }
    title = '';
    code = [];
    output = null;
  };
  lines.forEach((line, i) => {
    if (line.startsWith('===')) {
      if (section === 'title') section = 'code';
      else {
        if (section !== 'none') finish();
        section = 'title';
        start = i;
      }
    } else if (line.startsWith('---') && section !== 'title') section = 'tree';
    else if (line.startsWith('+++') && section !== 'title') {
      section = 'output';
      output = [];
    } else if (section === 'title') title = line;
    else if (section === 'code') code.push(line);
    else if (section === 'output') output!.push(line);
  });
  if (section !== 'none') finish();
  return cases;
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? corpusFiles(path) : [path];
    });
}

/** Why a case is out of scope, or null when it is in scope. */
function outOfScope(c: CorpusCase): string | null {
  let items;
  try {
    items = parse(c.code);
  } catch (e) {
    if (e instanceof UnsupportedConstruct) return `uses ${e.message.replace(/ is not supported.*/, '')}`;
    return null; // a syntax error is the interpreter's to explain: in scope
  }
  for (const fn of calledFunctions(items)) {
    if (NEEDS_FIXTURES[fn]) return `${fn}: ${NEEDS_FIXTURES[fn]}`;
    if (!SUPPORTED_FUNCTIONS.has(fn) && fn !== 'ISNULL') return `uses ${fn}`;
  }
  return null;
}

const normalise = (s: string) => s.replace(/\r\n/g, '\n').trim();

function main(): number {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error('usage: npx tsx scripts/conformance-ampscript.ts <corpus-dir>');
    return 2;
  }
  let passed = 0;
  let failed = 0;
  const skipped: string[] = [];
  for (const file of corpusFiles(dir)) {
    const name = relative(dir, file);
    if (file.endsWith('.json') || /(^|\/)(SOURCES\.md|LICENSE)$/.test(name)) continue;
    if (!file.endsWith('.txt')) {
      skipped.push(`${name}: whole file — not a corpus case file of the engine's runtime tests (${file.includes('Incompatible') ? "records where the open-source engine knowingly differs from production" : 'compiler fixture'})`);
      continue;
    }
    const contextFile = file.replace(/\.txt$/, '.subscribercontext.json');
    const attributes = existsSync(contextFile) ? (JSON.parse(readFileSync(contextFile, 'utf8').replace(/^\uFEFF/, '')) as Record<string, string>) : {};
    const inScope: string[] = [];
    for (const c of readCases(file)) {
      const label = `${name}:${c.line} ${c.title}`;
      const reason = outOfScope(c);
      if (reason) {
        skipped.push(`${label} — ${reason}`);
        continue;
      }
      inScope.push(c.title);
      let actual: string;
      try {
        actual = c.expected === null ? (parse(c.code), '(parsed)') : normalise(runAmpscript(c.code, { attributes }));
      } catch (e) {
        if (!(e instanceof AmpscriptError)) throw e;
        actual = c.expected === '!' ? '!' : `error: ${e.message}`;
      }
      const expected = c.expected === null ? '(parsed)' : normalise(c.expected);
      if (actual === expected) passed++;
      else {
        failed++;
        console.log(`FAIL ${label}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
      }
    }
    if (inScope.length) console.log(`in scope  ${name}: ${inScope.length} case(s)`);
  }
  console.log(`\nout of scope (${skipped.length}):`);
  for (const s of skipped) console.log(`  ${s}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = main();
