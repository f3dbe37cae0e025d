// Compiles templates and writes their files into the staging directory as soon as each
// one is done; returns the manifest entries and diagnostics. Shared by the in-process
// build and the worker threads of large builds.
import { compileTemplate, type CompiledTemplate } from '../compile.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PartName } from '../ir/nodes.js';
import type { Project, TargetId } from '../source/model.js';
import { getTarget } from '../targets/registry.js';
import { emlFilesFor } from '../write/eml-files.js';
import { manifestEntry, type ManifestEntry, type OutputFile } from '../write/manifest.js';
import { writeFiles } from '../write/write-dist.js';

const PART_SUFFIX: Record<Exclude<PartName, 'html'>, string> = {
  text: '.txt',
  subject: '.subject.txt',
  preheader: '.preheader.txt',
};

/** The files of one compiled template: parts, extra files and (when enabled) .eml messages. */
export function templateFiles(project: Project, t: CompiledTemplate, targets: readonly TargetId[]): OutputFile[] {
  const files: OutputFile[] = [];
  for (const id of targets) {
    const emitted = t.emitted[id];
    if (!emitted) continue;
    const target = getTarget(id);
    files.push({ target: id, template: t.name, part: 'html', path: `${id}/${t.name}${target.htmlExtension}`, content: emitted.html });
    // The AMP part is one document; its text, subject and preheader come with the other targets.
    if (id !== 'amp') {
      for (const part of ['text', 'subject', 'preheader'] as const) {
        files.push({ target: id, template: t.name, part, path: `${id}/${t.name}${PART_SUFFIX[part]}`, content: emitted[part] });
      }
    }
    for (const extra of t.extraFiles[id] ?? []) {
      files.push({ target: id, template: t.name, part: extra.part, path: `${id}/${extra.path}`, content: extra.content });
    }
  }
  if (project.config.eml) files.push(...emlFilesFor(project, t, targets));
  return files;
}

export interface StagedTemplates {
  diagnostics: Diagnostic[];
  entries: ManifestEntry[];
  compiled: string[];
}

export async function stageTemplates(
  project: Project,
  names: readonly string[],
  targets: readonly TargetId[],
  staging: string,
  keep?: (t: CompiledTemplate) => void,
): Promise<StagedTemplates> {
  const result: StagedTemplates = { diagnostics: [], entries: [], compiled: [] };
  for (const name of names) {
    const { compiled, diagnostics } = await compileTemplate(project, name, targets);
    result.diagnostics.push(...diagnostics);
    if (!compiled) continue;
    result.compiled.push(name);
    keep?.(compiled);
    if (hasErrors(result.diagnostics)) continue; // nothing will be committed; skip the writes
    const files = templateFiles(project, compiled, targets);
    await writeFiles(staging, files);
    result.entries.push(...files.map(manifestEntry));
  }
  return result;
}
