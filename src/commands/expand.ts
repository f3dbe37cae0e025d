// Plain MJML for each template: components expanded and the logic evaluated for one
// profile (default: a profile with no data). Used by the benchmark to give the mjml CLI
// the same templates, and handy for debugging what MJML receives.
import { evaluate } from '../ir/evaluate.js';
import { buildTemplateIR } from '../ir/build.js';
import type { Profile } from '../source/model.js';
import { openProject, type ProjectOptions } from './project.js';

export async function expandToPlainMjml(options: ProjectOptions & { profile?: Profile['data'] }): Promise<Record<string, string>> {
  const { project } = await openProject(options);
  if (!project) throw new Error('project could not be loaded');
  const out: Record<string, string> = {};
  for (const t of project.templates) {
    const { ir } = buildTemplateIR(t, project);
    if (ir) out[t.name] = evaluate(ir.body, options.profile ?? {});
  }
  return out;
}
