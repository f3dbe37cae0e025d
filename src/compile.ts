// The compiler, phase by phase. Each phase is a function in its own folder; this file
// only lists them in order:
//   load -> parse + build IR -> analyze -> render (MJML once) -> check per target -> emit -> integrity
import { checkCapabilities } from './analyze/analyze.js';
import { diag, fileSpan, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { buildTemplateIR } from './ir/build.js';
import { renderTemplate } from './render/render.js';
import type { Project, TargetId } from './source/model.js';
import { getTarget } from './targets/registry.js';
import type { EmittedParts, ExtraFile, RenderedTemplate, TargetContext, TemplateIR } from './targets/target.js';

export interface CompileOptions {
  /** Targets to compile for; default: the config's targets. */
  targets?: TargetId[];
  /** Template names to compile; default: all. */
  templates?: string[];
}

export interface CompiledTemplate {
  name: string;
  file: string;
  ir: TemplateIR;
  rendered: RenderedTemplate;
  /** Per target: the emitted parts (absent when the target refused this template). */
  emitted: Partial<Record<TargetId, EmittedParts>>;
  extraFiles: Partial<Record<TargetId, ExtraFile[]>>;
  /**
   * Project files the output was made from besides the template, the config and the rules:
   * the components it expanded and the files it included (<mj-include>), sorted.
   */
  dependencies: string[];
}

export interface CompileResult {
  targets: TargetId[];
  templates: CompiledTemplate[];
  diagnostics: Diagnostic[];
}

export function targetContext(project: Project): TargetContext {
  return { attributes: project.attributes, config: project.config, segments: project.segments, root: project.root };
}

/** Segments a target reads from a precomputed per-ESP field instead of lowering their condition. */
export function opaqueSegmentsFor(project: Project, target: TargetId): Set<string> {
  const names = new Set<string>();
  for (const seg of project.segments.values()) if (seg.fields?.[target]) names.add(seg.name);
  return names;
}

export async function compileTemplate(
  project: Project,
  name: string,
  targets: readonly TargetId[],
): Promise<{ compiled: CompiledTemplate | null; diagnostics: Diagnostic[] }> {
  const source = project.templates.find((t) => t.name === name);
  if (!source) throw new Error(`unknown template ${name}`);
  const diagnostics: Diagnostic[] = [];

  const built = buildTemplateIR(source, project);
  diagnostics.push(...built.diagnostics);
  if (!built.ir) return { compiled: null, diagnostics };
  const ir = built.ir;

  diagnostics.push(...checkCapabilities(ir, targets, (t) => opaqueSegmentsFor(project, t)));

  const rendered = await renderTemplate(ir, project.config, { root: project.root });
  diagnostics.push(...rendered.diagnostics);
  if (!rendered.rendered) return { compiled: null, diagnostics };

  const compiled: CompiledTemplate = {
    name: source.name,
    file: source.file,
    ir,
    rendered: rendered.rendered,
    emitted: {},
    extraFiles: {},
    dependencies: [...new Set([...built.dependencies, ...rendered.read])].sort(),
  };
  // Every target checks the template even when another phase or target found errors,
  // so one run reports every problem; code is emitted only from a sound template.
  const ctx = targetContext(project);
  const sound = !hasErrors(diagnostics);
  for (const id of targets) {
    const target = getTarget(id);
    const refusals = target.check(compiled.rendered, ctx);
    diagnostics.push(...refusals);
    if (!sound || hasErrors(refusals) || hasErrors(diagnostics.filter((d) => d.target === id))) continue;
    const emitted = target.emit(compiled.rendered, ctx);
    for (const problem of target.integrity?.(emitted) ?? []) {
      diagnostics.push(diag('integrity-failed', fileSpan(source.file), { target: id, problem }, { target: id }));
    }
    compiled.emitted[id] = emitted;
    compiled.extraFiles[id] = target.extraFiles?.(compiled.rendered, emitted, ctx) ?? [];
  }
  return { compiled, diagnostics };
}

export async function compileProject(project: Project, options: CompileOptions = {}): Promise<CompileResult> {
  const targets = options.targets ?? project.config.targets;
  const names = options.templates ?? project.templates.map((t) => t.name);
  const diagnostics: Diagnostic[] = [];
  const templates: CompiledTemplate[] = [];
  for (const name of names) {
    const result = await compileTemplate(project, name, targets);
    diagnostics.push(...result.diagnostics);
    if (result.compiled) templates.push(result.compiled);
  }
  return { targets: [...targets], templates, diagnostics: sortDiagnostics(diagnostics) };
}
