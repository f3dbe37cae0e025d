// Parse samples: test/parse/samples/<case>/ holds template.mjml (parsed as a template)
// or component.mjml (parsed as a component), and expected.json: the diagnostics and a
// digest of the syntax tree with every span. UPDATE_SAMPLES=1 rewrites expected.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseComponentFile, parseTemplateFile } from '../../src/parse/parse-file.js';
import { digestTree, pos } from './support/digest.js';

const SAMPLES = join(import.meta.dirname, 'samples');

function runSample(dir: string): unknown {
  const diagnostics = (list: readonly { severity: string; code: string; line: number; column: number; endLine: number; endColumn: number }[]) =>
    list.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
  if (existsSync(join(dir, 'component.mjml'))) {
    const text = readFileSync(join(dir, 'component.mjml'), 'utf8');
    const parsed = parseComponentFile({ file: 'components/sample.mjml', name: 'sample', text });
    return {
      diagnostics: diagnostics(parsed.diagnostics),
      props: [...parsed.props.values()].map(
        (p) =>
          `${p.name}: ${p.type}${p.required ? ' required' : ''}${
            p.default ? ` default ${p.default.kind === 'literal' ? JSON.stringify(p.default.value) : JSON.stringify(digestTree(p.default.nodes))}` : ''
          } @${pos(p.span)}`,
      ),
      data: parsed.data,
      body: digestTree(parsed.body),
    };
  }
  const text = readFileSync(join(dir, 'template.mjml'), 'utf8');
  const parsed = parseTemplateFile({ file: 'templates/sample.mjml', name: 'sample', text });
  return {
    diagnostics: diagnostics(parsed.diagnostics),
    subject: parsed.subject && digestTree(parsed.subject),
    preheader: parsed.preheader && digestTree(parsed.preheader),
    data: parsed.data,
    body: digestTree(parsed.body),
  };
}

const cases = readdirSync(SAMPLES).filter((d) => existsSync(join(SAMPLES, d, 'template.mjml')) || existsSync(join(SAMPLES, d, 'component.mjml')));

describe('parse samples', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, () => {
      const dir = join(SAMPLES, name);
      const actual = runSample(dir);
      const expectedFile = join(dir, 'expected.json');
      if (process.env.UPDATE_SAMPLES === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_SAMPLES=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
