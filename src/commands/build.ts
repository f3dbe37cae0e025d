// `tailor build`: compile every template for every selected target and write dist/
// atomically, with a manifest. Nothing is written when any error was found.
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Project, TargetId } from '../source/model.js';
import type { Manifest } from '../write/manifest.js';
import { commitStaging, createStaging, discardStaging, writeFiles } from '../write/write-dist.js';
import { poolSize, stageInWorkers } from './build-pool.js';
import { exitCodeFor, openProject, toolVersion, type ProjectOptions } from './project.js';
import { stageTemplates } from './stage-templates.js';

export interface BuildOptions extends ProjectOptions {
  /** Output directory; default: the config's paths.out (dist). */
  out?: string;
  targets?: TargetId[];
}

export interface BuildResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  project: Project | null;
  /** Absolute output directory. */
  outDir: string | null;
  /** Present when the output directory was written. */
  manifest?: Manifest;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const opened = await openProject(options);
  const { project } = opened;
  if (!project || opened.configFailed) {
    return { exitCode: 2, diagnostics: sortDiagnostics(opened.diagnostics), project, outDir: null };
  }
  const outDir = path.resolve(project.root, options.out ?? project.config.paths.out);
  const targets = options.targets ?? project.config.targets;
  const names = project.templates.map((t) => t.name);
  const staging = await createStaging(outDir);
  try {
    const workers = poolSize(names.length);
    const input = { root: project.root, targets: [...targets], staging, ...(options.config ? { config: options.config } : {}) };
    const staged =
      workers > 0
        ? await stageInWorkers(workers, input, names, (chunk) => stageTemplates(project, chunk, targets, staging))
        : await stageTemplates(project, names, targets, staging);
    const diagnostics = sortDiagnostics([...opened.diagnostics, ...staged.diagnostics]);
    const exitCode = exitCodeFor(diagnostics);
    if (exitCode !== 0) {
      await discardStaging(staging);
      return { exitCode, diagnostics, project, outDir };
    }
    const manifest: Manifest = {
      tool: 'tailor',
      version: toolVersion(),
      targets: [...targets],
      templates: [...staged.compiled].sort(),
      outputs: staged.entries.sort((a, b) => a.path.localeCompare(b.path)),
    };
    await writeFiles(staging, [{ path: 'manifest.json', content: JSON.stringify(manifest, null, 2) + '\n' }]);
    await commitStaging(staging, outDir);
    return { exitCode, diagnostics, project, outDir, manifest };
  } catch (err) {
    await discardStaging(staging);
    throw err;
  }
}
