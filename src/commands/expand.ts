// Plain MJML for each template, with components expanded and slots lowered. Used by the
// benchmark to give the mjml CLI the same templates Tailor renders, and handy for seeing
// what MJML receives.
//   'all-branches': every branch of every condition and one pass of every loop body kept,
//                   outputs replaced by their fallback (the same markup MJML renders for Tailor);
//   a profile:      the logic evaluated for that recipient.
import { escapeHtml, evaluate } from '../ir/evaluate.js';
import { buildTemplateIR } from '../ir/build.js';
import type { Node } from '../ir/nodes.js';
import type { Profile } from '../source/model.js';
import { openProject, type ProjectOptions } from './project.js';

export type ExpandMode = 'all-branches' | { profile: Profile['data'] };

export async function expandToPlainMjml(options: ProjectOptions & { mode?: ExpandMode }): Promise<Record<string, string>> {
  const { project } = await openProject(options);
  if (!project) throw new Error('project could not be loaded');
  const mode = options.mode ?? 'all-branches';
  const out: Record<string, string> = {};
  for (const t of project.templates) {
    const { ir } = buildTemplateIR(t, project);
    if (!ir) continue;
    out[t.name] = mode === 'all-branches' ? allBranches(ir.body) : evaluate(ir.body, mode.profile);
  }
  return out;
}

function allBranches(nodes: Node[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.kind === 'static') s += n.text;
    else if (n.kind === 'output') s += escapeHtml(n.fallback);
    else if (n.kind === 'if') {
      for (const b of n.branches) s += allBranches(b.body);
      if (n.else) s += allBranches(n.else);
    } else {
      s += allBranches(n.body) + allBranches(n.empty);
    }
  }
  return s;
}
