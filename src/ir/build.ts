// The IR phase: a template's syntax tree -> TemplateIR, with components expanded,
// slots lowered into if-chains, segments resolved and build-time values folded.
//
// buildTemplateIR reports everything that concerns one template, including problems
// in the components, segments and rules it uses (so it stands alone). buildProjectIR
// builds every template and reports each problem once, plus problems in rules and
// components no template uses.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag, hasErrors, sortDiagnostics, uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import { parseComponentFile, parseTemplateFile } from '../parse/parse-file.js';
import { didYouMean } from '../parse/suggest.js';
import type { Located, Project, TemplateSource } from '../source/model.js';
import type { TemplateIR } from '../targets/target.js';
import { mergeStatics } from './fold.js';
import { lowerNodes } from './lower-nodes.js';
import { walkNodes, type Node } from './nodes.js';
import { ruleCondition, templateString } from './lower-slots.js';
import { projectCache } from './project-cache.js';
import type { BuildContext, Scope } from './scope.js';
import { parseSegments } from './segments.js';
import { checkUrlOutputs } from './url-outputs.js';

export interface TemplateIRResult {
  ir: TemplateIR | null;
  diagnostics: Diagnostic[];
  /** Files of every component the template expanded, directly or through others and slots (sorted). */
  dependencies: string[];
}

export function buildTemplateIR(template: TemplateSource, project: Project): TemplateIRResult {
  const parsed = parseTemplateFile(template);
  const used = new Set<string>();
  const ctx: BuildContext = {
    project,
    cache: projectCache(project),
    diagnostics: [...parsed.diagnostics],
    stack: [],
    templateData: parsed.data,
    used,
  };
  const scope: Scope = { mode: 'markup', data: parsed.data, props: null, loops: new Map(), origin: 'template' };
  const body = lowerNodes(parsed.body, scope, ctx);
  checkUrlOutputs(body, ctx);
  const textScope: Scope = { ...scope, mode: 'text' };
  const subject = plainText(parsed.subject ? lowerNodes(parsed.subject, textScope, ctx) : []);
  const preheader = plainText(parsed.preheader ? lowerNodes(parsed.preheader, textScope, ctx) : []);
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  const dependencies = [...used].sort();
  if (hasErrors(diagnostics)) return { ir: null, diagnostics, dependencies };
  return { ir: { name: template.name, file: template.file, body, subject, preheader, meta: structuredClone(parsed.data) }, diagnostics, dependencies };
}

/**
 * Subject and preheader are plain text: their outputs are not HTML-escaped, and the
 * whitespace around them (e.g. the line break a YAML `>` block adds) is dropped.
 */
function plainText(nodes: Node[]): Node[] {
  walkNodes(nodes, (n) => {
    if (n.kind === 'output') n.context = 'text';
  });
  const first = nodes[0];
  if (first?.kind === 'static') nodes[0] = { ...first, text: first.text.trimStart() };
  const last = nodes[nodes.length - 1];
  if (last?.kind === 'static') nodes[nodes.length - 1] = { ...last, text: last.text.trimEnd() };
  return mergeStatics(nodes);
}

/** Every template of the project, and every problem once. Templates with errors are left out. */
export function buildProjectIR(project: Project): { templates: TemplateIR[]; diagnostics: Diagnostic[] } {
  const templates: TemplateIR[] = [];
  const diagnostics: Diagnostic[] = [...checkProjectRules(project)];
  for (const template of project.templates) {
    const result = buildTemplateIR(template, project);
    diagnostics.push(...result.diagnostics);
    if (result.ir) templates.push(result.ir);
  }
  return { templates, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Problems in rules and components whether or not a template uses them: every segment,
 * every content rule's condition, component name and `with:` strings, and the syntax of
 * every component file. (A component's names and types are checked where it is used,
 * since they depend on its props.)
 */
export function checkProjectRules(project: Project): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...parseSegments(project).diagnostics];
  const ctx: BuildContext = { project, cache: projectCache(project), diagnostics, stack: [], templateData: {} };
  for (const slot of project.content.values()) {
    if (!slot.default) diagnostics.push(diag('slot-without-default', slot.span, { name: slot.slot }));
    for (const rule of slot.rules) ruleCondition(rule, ctx);
    for (const use of [...slot.rules, ...(slot.default ? [slot.default] : [])]) {
      if (!project.components.has(use.use.value)) {
        diagnostics.push(diag('unknown-component', use.use.span, { name: use.use.value, suggestion: didYouMean(use.use.value, project.components.keys()) }));
      }
      for (const value of Object.values(use.with)) if (typeof value.value === 'string') templateString(value as Located<string>, ctx);
    }
  }
  for (const component of project.components.values()) diagnostics.push(...parseComponentFile(component).diagnostics);
  return uniqueDiagnostics(diagnostics);
}

