// check() and emit() share one lowering per part, done once per template and context:
// check() reports what the lowering could not express, emit() assembles the Handlebars
// source (and treats any problem as a bug, since check() and the analyzer ran first).
import { diag, fileSpan, hasErrors, InternalError, uniqueDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { PART_NAMES, type PartName } from '../../ir/nodes.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../target.js';
import { assemble, textMode, type Assembled } from './assemble.js';
import { checkDataKeys, templateDataKeys } from './data-keys.js';
import { lowerPart } from './lower.js';

interface PartResult {
  assembled: Assembled;
  problems: Diagnostic[];
  /** Capability-table refusals met (reported by the analyzer, not here). */
  refused: string[];
}

const lowered = new WeakMap<RenderedTemplate, WeakMap<TargetContext, Map<PartName, PartResult>>>();

function lowerAndAssemble(template: RenderedTemplate, part: PartName, ctx: TargetContext): PartResult {
  let byContext = lowered.get(template);
  if (!byContext) lowered.set(template, (byContext = new WeakMap()));
  let byPart = byContext.get(ctx);
  if (!byPart) byContext.set(ctx, (byPart = new Map()));
  let result = byPart.get(part);
  if (!result) byPart.set(part, (result = lowerAndAssembleOnce(template, part, ctx)));
  return result;
}

function lowerAndAssembleOnce(template: RenderedTemplate, part: PartName, ctx: TargetContext): PartResult {
  const { pieces, env } = lowerPart(template.parts[part], ctx);
  const assembled = assemble(pieces, textMode(part));
  const problems = [...env.problems];
  const fallbackSpan = fileSpan(template.file);
  const braces = assembled.issues.filter((i) => i.kind === 'brace-before-tag');
  for (const issue of braces) problems.push(diag('sendgrid-static-brace', issue.span ?? fallbackSpan, { part }, { target: 'sendgrid' }));
  const escape = assembled.issues.find((i) => i.kind === 'unverified-escape');
  if (escape) problems.push(diag('sendgrid-unverified-escape', escape.span ?? fallbackSpan, { part }, { target: 'sendgrid' }));
  return { assembled, problems, refused: env.refused };
}

export function checkTemplate(template: RenderedTemplate, ctx: TargetContext): Diagnostic[] {
  const diagnostics = checkDataKeys(templateDataKeys(template, ctx));
  for (const part of PART_NAMES) diagnostics.push(...lowerAndAssemble(template, part, ctx).problems);
  // Duplicated branches would repeat a problem: each once.
  return uniqueDiagnostics(diagnostics);
}

export function emitTemplate(template: RenderedTemplate, ctx: TargetContext): EmittedParts {
  const emitted = {} as EmittedParts;
  for (const part of PART_NAMES) {
    const { assembled, problems, refused } = lowerAndAssemble(template, part, ctx);
    if (hasErrors(problems) || refused.length > 0) {
      const what = [...problems.filter((d) => d.severity === 'error').map((d) => d.code), ...refused].join(', ');
      throw new InternalError(`sendgrid emit called on a template it cannot express (${template.file}, ${part}: ${what})`);
    }
    emitted[part] = assembled.code;
  }
  return emitted;
}
