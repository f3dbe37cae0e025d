// What the sfmc target cannot write exactly, as diagnostics (before anything is
// emitted). Refusals of whole features are in the capability table (./capabilities.ts)
// and reported by the analyzer; these are the finer-grained ones.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { refName } from '../../ir/evaluate.js';
import { walkCond, walkNodes, PART_NAMES, type Cond, type Node, type ValueRef } from '../../ir/nodes.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { segmentField, sfmcName } from './data-contract.js';
import { utcWallClock } from './dates.js';
import { parseDate } from './interpreter/dates.js';

const MAX_ROWS = 2000;
const STRING_TYPES = new Set(['string', 'enum', 'email', 'url']);

/** The data extension a list value lives in (shown in the sfmc-list-value message). */
function dataExtensionOf(ref: ValueRef, ctx: TargetContext): string {
  return sfmcName(ref.kind === 'attr' ? ref.name : ref.list, ctx.attributes);
}

function checkCompare(c: Cond & { kind: 'compare' }, ctx: TargetContext, out: Diagnostic[]): void {
  const { ref, op, value, span } = c;
  const name = refName(ref);
  const report = (code: Parameters<typeof diag>[0], args: Record<string, string | number>) => out.push(diag(code, span, args, { target: 'sfmc' }));
  const mismatch = (expected: string, example: string) =>
    report('sfmc-literal-type', { name, type: ref.type, value: JSON.stringify(value), valueType: typeof value, expected, example });
  const ordering = op !== '==' && op !== '!=';
  if (ref.type === 'list') {
    report('sfmc-list-value', { name, de: dataExtensionOf(ref, ctx) });
  } else if (ref.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) mismatch('finite number', `${name} >= 5`);
  } else if (ref.type === 'boolean') {
    if (typeof value !== 'boolean') mismatch('boolean', `${name} == true`);
    else if (ordering) report('sfmc-boolean-order', { name, op, value: String(value) });
  } else if (ref.type === 'date') {
    if (typeof value !== 'string') mismatch('date string', `${name} >= "2026-01-31"`);
    else {
      // The literal must be a date for both Tailor (utcWallClock reads it as the reference
      // does) and AMPscript's reader.
      const wall = utcWallClock(value);
      if (!wall || !parseDate(wall, 0)) report('sfmc-date-literal', { value });
    }
  } else if (STRING_TYPES.has(ref.type)) {
    if (typeof value !== 'string') mismatch('string', `${name} == "${String(value)}"`);
    else if (ordering) report('sfmc-string-order', { name, op, value, type: ref.type });
  }
}

function checkNodes(nodes: Node[], ctx: TargetContext, out: Diagnostic[]): void {
  walkNodes(nodes, (node) => {
    if (node.kind === 'if') {
      for (const b of node.branches) {
        // A segment read from a precomputed field is written as that field alone.
        walkCond(
          b.cond,
          (c) => {
            if (c.kind === 'compare') checkCompare(c, ctx, out);
          },
          (segment) => segmentField(segment.name, ctx) === undefined,
        );
      }
    } else if (node.kind === 'each') {
      if (node.limit < 1 || node.limit > MAX_ROWS || !Number.isInteger(node.limit)) {
        out.push(diag('sfmc-loop-limit', node.span, { name: node.list.name, limit: node.limit }, { target: 'sfmc' }));
      }
    } else if (node.kind === 'output') {
      const { ref, filters, span } = node;
      const name = refName(ref);
      if (ref.type === 'list') {
        out.push(diag('sfmc-list-value', span, { name, de: dataExtensionOf(ref, ctx) }, { target: 'sfmc' }));
        return;
      }
      const dateAt = filters.findIndex((f) => f.name === 'date');
      if (dateAt > 0 || (dateAt === 0 && ref.type !== 'date')) {
        out.push(diag('sfmc-date-filter-input', filters[dateAt]!.span, { name }, { target: 'sfmc' }));
      } else if (ref.type === 'date' && dateAt !== 0) {
        out.push(diag('sfmc-date-output', span, { name, ref: name }, { target: 'sfmc' }));
      }
    }
  });
}

export function checkTemplate(template: RenderedTemplate, ctx: TargetContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A problem found in the body shows in both html and text parts: report it once.
  const seen = new Set<string>();
  for (const part of PART_NAMES) {
    const found: Diagnostic[] = [];
    checkNodes(template.parts[part], ctx, found);
    for (const d of found) {
      const key = `${d.code}:${d.file}:${d.line}:${d.column}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(d);
      }
    }
  }
  return out;
}
