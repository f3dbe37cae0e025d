// `tailor verify`: for every template x fixture profile x target x part, run the emitted
// code with the target's engine and compare it with the reference preview. This is the
// user-facing guarantee that what the ESP sends is what the preview shows.
import { compileProject, targetContext } from '../compile.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PartName } from '../ir/nodes.js';
import type { TargetId } from '../source/model.js';
import { getTarget } from '../targets/registry.js';
import { comparable, comparedParts } from '../verify/compare.js';
import { firstDifference, type TextDiff } from '../verify/diff.js';
import { exitCodeFor, openProject, type ProjectOptions } from './project.js';
import { referenceParts } from './render.js';

export interface VerifyOptions extends ProjectOptions {
  targets?: TargetId[];
  templates?: string[];
}

export interface Mismatch {
  template: string;
  profile: string;
  target: TargetId;
  part: PartName;
  diff: TextDiff;
}

export interface VerifyResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  /** Number of template x profile x target x part comparisons made. */
  checks: number;
  mismatches: Mismatch[];
  /** Comparisons per target. */
  perTarget: Partial<Record<TargetId, number>>;
}

export async function verify(options: VerifyOptions = {}): Promise<VerifyResult> {
  const opened = await openProject(options);
  const { project } = opened;
  if (!project || opened.configFailed) return { exitCode: 2, diagnostics: opened.diagnostics, checks: 0, mismatches: [], perTarget: {} };
  const compileOptions: { targets?: TargetId[]; templates?: string[] } = {};
  if (options.targets) compileOptions.targets = options.targets;
  if (options.templates) compileOptions.templates = options.templates;
  const compiled = await compileProject(project, compileOptions);
  const diagnostics = sortDiagnostics([...opened.diagnostics, ...compiled.diagnostics]);
  const mismatches: Mismatch[] = [];
  const perTarget: Partial<Record<TargetId, number>> = {};
  let checks = 0;
  const ctx = targetContext(project);
  for (const t of compiled.templates) {
    for (const profile of project.profiles) {
      const reference = referenceParts(t.rendered.parts, profile);
      for (const id of compiled.targets) {
        const emitted = t.emitted[id];
        if (!emitted) continue;
        const got = await getTarget(id).execute(emitted, profile, ctx, t.rendered);
        for (const part of comparedParts(id)) {
          checks++;
          perTarget[id] = (perTarget[id] ?? 0) + 1;
          const { expected, actual } = comparable(id, part, reference[part], got[part]);
          const diff = firstDifference(expected, actual);
          if (diff) mismatches.push({ template: t.name, profile: profile.id, target: id, part, diff });
        }
      }
    }
  }
  const exitCode = exitCodeFor(diagnostics) || (mismatches.length > 0 ? 1 : 0);
  return { exitCode, diagnostics, checks, mismatches, perTarget };
}
