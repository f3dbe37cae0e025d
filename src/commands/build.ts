// `tailor build`: compile every template for every selected target and write dist/
// atomically, with a manifest. Nothing is written when any error was found.
import path from 'node:path';
import { compileProject, type CompileResult } from '../compile.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PartName } from '../ir/nodes.js';
import type { Project, TargetId } from '../source/model.js';
import { getTarget } from '../targets/registry.js';
import { buildManifest, type Manifest, type OutputFile } from '../write/manifest.js';
import { writeDistAtomically } from '../write/write-dist.js';
import { emlFilesFor } from '../write/eml-files.js';
import { exitCodeFor, openProject, toolVersion, type ProjectOptions } from './project.js';

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
  /** Present when dist/ was written. */
  manifest?: Manifest;
  compiled?: CompileResult;
}

const PART_SUFFIX: Record<Exclude<PartName, 'html'>, string> = {
  text: '.txt',
  subject: '.subject.txt',
  preheader: '.preheader.txt',
};

/** The files of one compile: parts, extra files and (when enabled) .eml messages. */
export function outputFiles(project: Project, compiled: CompileResult): OutputFile[] {
  const files: OutputFile[] = [];
  for (const t of compiled.templates) {
    for (const id of compiled.targets) {
      const emitted = t.emitted[id];
      if (!emitted) continue;
      const target = getTarget(id);
      files.push({ target: id, template: t.name, part: 'html', path: `${id}/${t.name}${target.htmlExtension}`, content: emitted.html });
      for (const part of ['text', 'subject', 'preheader'] as const) {
        if (id === 'amp') continue; // the AMP part is one document; its siblings come from the other targets
        files.push({ target: id, template: t.name, part, path: `${id}/${t.name}${PART_SUFFIX[part]}`, content: emitted[part] });
      }
      for (const extra of t.extraFiles[id] ?? []) {
        files.push({ target: id, template: t.name, part: extra.part, path: `${id}/${extra.path}`, content: extra.content });
      }
    }
    if (project.config.eml) files.push(...emlFilesFor(project, t, compiled.targets));
  }
  return files;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const opened = await openProject(options);
  const { project } = opened;
  if (!project || opened.configFailed) {
    return { exitCode: 2, diagnostics: sortDiagnostics(opened.diagnostics), project, outDir: null };
  }
  const outDir = path.resolve(project.root, options.out ?? project.config.paths.out);
  const compiled = await compileProject(project, options.targets ? { targets: options.targets } : {});
  const diagnostics = sortDiagnostics([...opened.diagnostics, ...compiled.diagnostics]);
  const exitCode = exitCodeFor(diagnostics);
  if (exitCode !== 0) return { exitCode, diagnostics, project, outDir, compiled };

  const files = outputFiles(project, compiled);
  const manifest = buildManifest(toolVersion(), compiled.targets, compiled.templates.map((t) => t.name), files);
  await writeDistAtomically(outDir, [
    ...files.map((f) => ({ path: f.path, content: f.content })),
    { path: 'manifest.json', content: JSON.stringify(manifest, null, 2) + '\n' },
  ]);
  return { exitCode, diagnostics, project, outDir, manifest, compiled };
}
