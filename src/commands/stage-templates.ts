// Compiles templates and writes their files into the staging directory as soon as each
// one is done; returns the manifest entries and diagnostics. Shared by the in-process
// build and the worker threads of large builds. With a build cache, templates found in
// it are staged from it instead, and every freshly compiled template without errors is
// stored in it.
import type { BuildCache } from '../cache/build-cache.js';
import { compileTemplate, type CompiledTemplate } from '../compile.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PartName } from '../ir/nodes.js';
import type { Project, TargetId, TemplateSource } from '../source/model.js';
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
  cache: BuildCache | null = null,
): Promise<StagedTemplates> {
  const result: StagedTemplates = { diagnostics: [], entries: [], compiled: [] };
  // Nothing will be committed once an error is found: the writes are skipped from then on
  // (but the cache is still filled).
  let failed = false;
  for (const name of names) {
    const startedAt = Date.now();
    const { compiled, diagnostics } = await compileTemplate(project, name, targets);
    result.diagnostics.push(...diagnostics);
    const sound = !hasErrors(diagnostics);
    failed ||= !sound;
    if (!compiled) continue;
    result.compiled.push(name);
    const storable = cache !== null && sound;
    if (failed && !storable) continue;
    const files = templateFiles(project, compiled, targets);
    const entries = files.map(manifestEntry);
    if (!failed) await writeFiles(staging, files);
    if (storable) cache.store(templateSource(project, name), compiled, { files, entries, diagnostics }, startedAt, failed ? null : staging);
    if (!failed) result.entries.push(...entries);
  }
  return result;
}

/**
 * Stages every template the cache holds, exactly as a compile would have: its files in
 * the staging directory (linked from the cache), their manifest entries, its diagnostics.
 * Returns the rest.
 */
export async function stageFromCache(
  project: Project,
  names: readonly string[],
  staging: string,
  cache: BuildCache,
): Promise<{ staged: StagedTemplates; misses: string[] }> {
  const staged: StagedTemplates = { diagnostics: [], entries: [], compiled: [] };
  const misses: string[] = [];
  for (const name of names) {
    const hit = cache.lookup(templateSource(project, name));
    if (!hit || !cache.restore(hit, staging)) {
      misses.push(name);
      continue;
    }
    staged.entries.push(...hit.entries);
    staged.diagnostics.push(...hit.diagnostics);
    staged.compiled.push(name);
  }
  return { staged, misses };
}

function templateSource(project: Project, name: string): TemplateSource {
  const source = project.templates.find((t) => t.name === name);
  if (!source) throw new Error(`unknown template ${name}`);
  return source;
}
