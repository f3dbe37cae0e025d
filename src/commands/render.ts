// `tailor render`: what one recipient receives. Without a target: the reference
// evaluator (the preview's meaning). With a target: the emitted code executed by that
// target's engine or interpreter.
import { compileTemplate, targetContext } from '../compile.js';
import { diag, fileSpan, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { evaluate } from '../ir/evaluate.js';
import { PART_NAMES, type Node, type PartName } from '../ir/nodes.js';
import type { Profile, TargetId } from '../source/model.js';
import { getTarget } from '../targets/registry.js';
import { exitCodeFor, openProject, type ProjectOptions } from './project.js';

export interface RenderOptions extends ProjectOptions {
  template: string;
  profile: string;
  target?: TargetId;
}

export interface RenderResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  /** Every part as the recipient gets it (absent on errors). */
  parts?: Record<PartName, string>;
}

export async function render(options: RenderOptions): Promise<RenderResult> {
  const opened = await openProject(options);
  const { project } = opened;
  if (!project || opened.configFailed) return { exitCode: 2, diagnostics: opened.diagnostics };
  const diagnostics = [...opened.diagnostics];
  const where = fileSpan(project.config.file);
  const template = project.templates.find((t) => t.name === options.template);
  if (!template) {
    diagnostics.push(diag('template-not-found', where, { name: options.template, available: project.templates.map((t) => t.name).join(', ') }));
  }
  const profile = project.profiles.find((p) => p.id === options.profile);
  if (!profile) {
    diagnostics.push(diag('profile-not-found', where, { name: options.profile, available: project.profiles.map((p) => p.id).join(', ') }));
  }
  if (!template || !profile) return { exitCode: 2, diagnostics };

  const targets = options.target ? [options.target] : [];
  const { compiled, diagnostics: compileDiagnostics } = await compileTemplate(project, options.template, targets);
  diagnostics.push(...compileDiagnostics);
  const exitCode = exitCodeFor(diagnostics);
  if (!compiled || exitCode !== 0) return { exitCode: exitCode || 1, diagnostics: sortDiagnostics(diagnostics) };

  if (!options.target) return { exitCode, diagnostics, parts: referenceParts(compiled.rendered.parts, profile) };
  const emitted = compiled.emitted[options.target]!;
  const parts = await getTarget(options.target).execute(emitted, profile, targetContext(project), compiled.rendered);
  return { exitCode, diagnostics, parts };
}

export function referenceParts(parts: Record<PartName, Node[]>, profile: Profile): Record<PartName, string> {
  const out = {} as Record<PartName, string>;
  for (const part of PART_NAMES) out[part] = evaluate(parts[part], profile.data);
  return out;
}
