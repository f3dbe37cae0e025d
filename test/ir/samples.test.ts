// Sample folders: test/ir/samples/<case>/ holds template.mjml, optional components/*.mjml
// and rules/*.yaml (each replaces the shared one in samples/_shared), optional
// profiles.yaml (id -> profile data), and expected.json: the diagnostics, a digest of
// the IR, and the reference render of each part for each profile.
// UPDATE_SAMPLES=1 rewrites expected.json from the current output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildProjectIR, buildTemplateIR } from '../../src/ir/build.js';
import { evaluate } from '../../src/ir/evaluate.js';
import type { Profile } from '../../src/source/model.js';
import { digestNodes } from './support/digest.js';
import { projectFromFiles } from './support/project.js';

const SAMPLES = join(import.meta.dirname, 'samples');
const SHARED = join(SAMPLES, '_shared');
const TEMPLATE = 'templates/template.mjml';

function readTree(dir: string, prefix: string, into: Record<string, string>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) readTree(join(dir, entry.name), `${prefix}${entry.name}/`, into);
    else into[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), 'utf8');
  }
}

function sampleFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  readTree(join(SHARED, 'rules'), 'rules/', files);
  readTree(join(SHARED, 'components'), 'components/', files);
  readTree(join(dir, 'rules'), 'rules/', files);
  readTree(join(dir, 'components'), 'components/', files);
  files[TEMPLATE] = readFileSync(join(dir, 'template.mjml'), 'utf8');
  return files;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function runSample(dir: string): unknown {
  const project = projectFromFiles(sampleFiles(dir));
  const { diagnostics } = buildProjectIR(project);
  const { ir } = buildTemplateIR(project.templates[0]!, project);
  const result: Record<string, unknown> = {
    diagnostics: diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn}`),
  };
  if (!ir) return result;
  result.subject = digestNodes(ir.subject, TEMPLATE);
  result.preheader = digestNodes(ir.preheader, TEMPLATE);
  result.body = digestNodes(ir.body, TEMPLATE);
  const profilesFile = join(dir, 'profiles.yaml');
  if (existsSync(profilesFile)) {
    const profiles = parseYaml(readFileSync(profilesFile, 'utf8')) as Record<string, Profile['data']>;
    const renders: Record<string, Record<string, string>> = {};
    for (const [id, data] of Object.entries(profiles)) {
      renders[id] = { subject: evaluate(ir.subject, data), preheader: evaluate(ir.preheader, data), body: collapse(evaluate(ir.body, data)) };
    }
    result.renders = renders;
  }
  return result;
}

const cases = readdirSync(SAMPLES).filter((d) => !d.startsWith('_') && existsSync(join(SAMPLES, d, 'template.mjml')));

describe('IR samples', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThan(10));
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
