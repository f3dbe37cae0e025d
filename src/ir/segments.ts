// Named conditions from rules/segments.yaml. Each is parsed and lowered once per
// Project; a reference `segment.x` becomes `{kind: 'segment', name, cond}`, so a target
// can read it from a precomputed field instead. Segments may use other segments; cycles
// are reported.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import { parseConditionSource } from '../parse/parse-file.js';
import { didYouMean } from '../parse/suggest.js';
import type { Project } from '../source/model.js';
import { constCond } from './fold.js';
import { lowerCondition } from './lower-condition.js';
import type { Cond, Span } from './nodes.js';
import { lowerOnce, projectCache, type Lowered, type ProjectCache } from './project-cache.js';
import { rulesScope, type BuildContext } from './scope.js';

/** The condition `segment.<name>` stands for, at `span`; null (reported) when there is none. */
export function segmentReference(name: string, nameSpan: Span, span: Span, ctx: BuildContext): Cond | null {
  const { project, cache } = ctx;
  if (!project.segments.has(name)) {
    ctx.diagnostics.push(diag('unknown-segment', nameSpan, { name, suggestion: didYouMean(name, project.segments.keys()) }));
    return null;
  }
  const cycleStart = cache.segmentsInProgress.indexOf(name);
  if (cycleStart >= 0) {
    const chain = [...cache.segmentsInProgress.slice(cycleStart), name].join(' → ');
    ctx.diagnostics.push(diag('segment-cycle', nameSpan, { name, chain }));
    return null;
  }
  const entry = loweredSegment(name, project, cache);
  ctx.diagnostics.push(...entry.diagnostics);
  return { kind: 'segment', name, cond: entry.value, span };
}

function loweredSegment(name: string, project: Project, cache: ProjectCache): Lowered<Cond> {
  return lowerOnce(cache.segments, name, (diagnostics) => {
    const def = project.segments.get(name)!;
    cache.segmentsInProgress.push(name);
    const expr = parseConditionSource(def.expression, diagnostics);
    const ctx: BuildContext = { project, cache, diagnostics, stack: [], templateData: {} };
    const value = expr ? lowerCondition(expr, rulesScope(), ctx) : constCond(false, def.expression.span);
    cache.segmentsInProgress.pop();
    return value;
  });
}

/** Every segment of the project, lowered, with every problem found in segments.yaml. */
export function parseSegments(project: Project): { segments: Map<string, Cond>; diagnostics: Diagnostic[] } {
  const cache = projectCache(project);
  const segments = new Map<string, Cond>();
  const diagnostics: Diagnostic[] = [];
  for (const name of project.segments.keys()) {
    const entry = loweredSegment(name, project, cache);
    segments.set(name, entry.value);
    diagnostics.push(...entry.diagnostics);
  }
  return { segments, diagnostics };
}
