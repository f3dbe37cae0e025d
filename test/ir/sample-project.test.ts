// The sample project at the repository root builds to IR without a problem, and every
// template means something sensible for every fixture profile.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProjectIR } from '../../src/ir/build.js';
import { evaluate } from '../../src/ir/evaluate.js';
import { walkNodes } from '../../src/ir/nodes.js';
import { loadProject } from '../../src/source/load.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the sample project', () => {
  it('builds every template with no diagnostics', async () => {
    const loaded = await loadProject(ROOT);
    const project = loaded.project!;
    const { templates, diagnostics } = buildProjectIR(project);
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(templates.map((t) => t.name)).toEqual(project.templates.map((t) => t.name));
    for (const t of templates) {
      expect(t.subject.length, `${t.name} has a subject`).toBeGreaterThan(0);
      walkNodes([...t.body, ...t.subject, ...t.preheader], (n) => {
        if (n.kind === 'output') expect(typeof n.fallback).toBe('string');
      });
      for (const p of project.profiles) {
        const html = evaluate(t.body, p.data);
        expect(html).toMatch(/^\s*<mjml>/);
        expect(html).not.toMatch(/undefined|\[object Object\]/);
        expect(evaluate(t.subject, p.data).trim()).not.toBe('');
      }
    }
  });
});
