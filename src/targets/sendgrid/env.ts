// What the lowering of one part carries along: where values live, the loops it is inside,
// the duplication budget, and the problems found (reported by check(), fatal for emit()).
import { diag, type Diagnostic, type MessageArgs } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/catalog.js';
import type { Span, ValueRef } from '../../ir/nodes.js';
import { refName } from '../../ir/evaluate.js';
import type { AttributeSchema } from '../../source/model.js';
import type { TargetContext } from '../target.js';
import { rootPath, isPlainDataPath, isPlainKey, itemFieldPath } from './names.js';

export const DEFAULT_MAX_BRANCHES = 32;
/** Pieces one part may allocate while lowering conditions, so refusing stays fast. */
const PIECE_BUDGET = 200_000;

/** Thrown inside condition lowering when duplication runs past every reasonable size. */
export class BudgetExceeded extends Error {}

export interface LowerEnv {
  attributes: AttributeSchema;
  /** Segments read from a precomputed SendGrid field: segment name -> data key. */
  segmentFields: Map<string, string>;
  /** Loop variables of the enclosing loops, innermost last. */
  loops: string[];
  maxBranches: number;
  /** How many copies of the current content the enclosing conditions already make. */
  multiplier: number;
  problems: Diagnostic[];
  /** Features the capability table refuses (reported by the analyzer), met while lowering. */
  refused: string[];
  budget: number;
}

export function createEnv(ctx: TargetContext): LowerEnv {
  const segmentFields = new Map<string, string>();
  for (const seg of ctx.segments?.values() ?? []) {
    const field = seg.fields?.sendgrid;
    if (field) segmentFields.set(seg.name, field);
  }
  const configured: unknown = ctx.config.target.sendgrid?.maxBranches;
  return {
    attributes: ctx.attributes,
    segmentFields,
    loops: [],
    maxBranches: typeof configured === 'number' && configured >= 1 ? configured : DEFAULT_MAX_BRANCHES,
    multiplier: 1,
    problems: [],
    refused: [],
    budget: PIECE_BUDGET,
  };
}

export function report(env: LowerEnv, code: DiagnosticCode, span: Span, args: MessageArgs = {}): void {
  env.problems.push(diag(code, span, args, { target: 'sendgrid' }));
}

/** The Handlebars path of a value, reporting names SendGrid data cannot carry. */
export function valuePath(ref: ValueRef, env: LowerEnv, span: Span): string {
  if (ref.kind === 'attr') {
    const def = env.attributes.get(ref.name);
    const name = def?.esp.sendgrid ?? ref.name;
    if (!isPlainDataPath(name)) report(env, 'sendgrid-field-name', span, { name, owner: refName(ref) });
    return rootPath(name);
  }
  if (env.loops[env.loops.length - 1] !== ref.loopVar) report(env, 'sendgrid-outer-loop-item', span, { ref: refName(ref) });
  if (!isPlainKey(ref.field)) report(env, 'sendgrid-field-name', span, { name: ref.field, owner: refName(ref) });
  return itemFieldPath(ref.field);
}
