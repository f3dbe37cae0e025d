// One part's IR tree lowered to pieces (text, Handlebars tags). Conditions become decision
// trees (./conditions.ts); outputs print `{{@root.x}}` (html, attr: Handlebars escapes) or
// `{{{@root.x}}}` (plain text) behind an explicit presence guard when a fallback is needed;
// loops become `{{#each}}` with a `#lessThan @index` limit and an `{{else}}` for the empty case.
import type { EachNode, IfNode, Node, OutputNode } from '../../ir/nodes.js';
import { escapeFor, refName } from '../../ir/evaluate.js';
import type { TargetContext } from '../target.js';
import { lowerCond } from './conditions.js';
import { toFormatDate } from './date-format.js';
import { BudgetExceeded, createEnv, report, valuePath, type LowerEnv } from './env.js';
import { block, countSlots, fillSlots, slot, tag, text, type Piece } from './pieces.js';

export interface LoweredPart {
  pieces: Piece[];
  env: LowerEnv;
}

export function lowerPart(nodes: Node[], ctx: TargetContext): LoweredPart {
  const env = createEnv(ctx);
  return { pieces: lowerNodes(nodes, env), env };
}

function lowerNodes(nodes: Node[], env: LowerEnv): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'static':
        out.push(text(node.text, node.span));
        break;
      case 'output':
        out.push(...lowerOutput(node, env));
        break;
      case 'if':
        out.push(...lowerIf(node, env));
        break;
      case 'each':
        out.push(...lowerEach(node, env));
        break;
    }
  }
  return out;
}

function lowerOutput(node: OutputNode, env: LowerEnv): Piece[] {
  const path = valuePath(node.ref, env, node.span);
  if (node.ref.type === 'list') report(env, 'sendgrid-output-list', node.span, { ref: refName(node.ref) });
  let expression = path;
  let dated = false;
  for (const filter of node.filters) {
    if (filter.name !== 'date') {
      // Refused by the capability table; the analyzer reports it.
      env.refused.push(`filter-${filter.name}`);
      continue;
    }
    if (dated) {
      report(env, 'sendgrid-date-format', filter.span, { format: filter.format, reason: 'an earlier date filter already formatted the value' });
      continue;
    }
    if (node.ref.type !== 'date') report(env, 'sendgrid-date-input', filter.span, { ref: refName(node.ref), type: node.ref.type });
    const mapped = toFormatDate(filter.format);
    if (!mapped.ok) report(env, 'sendgrid-date-format', filter.span, { format: filter.format, reason: mapped.reason });
    else expression = `formatDate ${path} "${mapped.format}"`;
    dated = true;
  }
  const value = [tag(unescaped(node) ? `{{{${expression}}}}` : `{{${expression}}}`)];
  const fallback = node.fallback === '' ? [] : [text(escapeFor(node.fallback, node.context), node.span)];
  // A missing value prints "" in Handlebars, which is the reference's empty fallback;
  // formatDate's output for a missing value is not documented, so it is always guarded.
  if (fallback.length === 0 && !dated) return value;
  return presenceGuard(node, path, value, fallback);
}

/**
 * Plain-text outputs use the triple-stash, except numbers and booleans: escaping changes
 * nothing in them, and handlebars.js joins adjacent triple-stash values with `+`, so two
 * numbers side by side at the start of a block would be added (`{{{a}}}{{{b}}}` with 1 and
 * 2 prints "3"). Escaped output always makes strings.
 */
function unescaped(node: OutputNode): boolean {
  return node.context === 'text' && node.ref.type !== 'number' && node.ref.type !== 'boolean';
}

/** `value` when the output's value is present (Tailor's meaning), else `fallback`. */
function presenceGuard(node: OutputNode, path: string, value: Piece[], fallback: Piece[]): Piece[] {
  switch (node.ref.type) {
    case 'number':
      return block('if', [path], value, block('equals', [path, '0'], value, fallback));
    case 'boolean':
      return block('if', [path], value, block('equals', [path, 'false'], value, fallback));
    default:
      return block('if', [path], value, fallback);
  }
}

function lowerIf(node: IfNode, env: LowerEnv): Piece[] {
  // Lower the chain once with numbered slots for the bodies, count how often each body is
  // repeated, then lower each body once and put it in its slots.
  const elseId = node.branches.length;
  let chain: Piece[] = node.else ? [slot(elseId)] : [];
  try {
    for (let i = node.branches.length - 1; i >= 0; i--) chain = lowerCond(node.branches[i]!.cond, [slot(i)], chain, env);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    report(env, 'sendgrid-too-many-branches', node.span, { copies: 'too many', limit: env.maxBranches });
    return [];
  }
  const copies = countSlots(chain);
  const most = Math.max(0, ...copies.values()) * env.multiplier;
  if (most > env.maxBranches) {
    report(env, 'sendgrid-too-many-branches', node.span, { copies: most, limit: env.maxBranches });
    return [];
  }
  const bodies = new Map<number, Piece[]>();
  const outer = env.multiplier;
  for (const [id, count] of copies) {
    env.multiplier = outer * count;
    bodies.set(id, lowerNodes(id === elseId ? node.else! : node.branches[id]!.body, env));
  }
  env.multiplier = outer;
  return fillSlots(chain, bodies);
}

function lowerEach(node: EachNode, env: LowerEnv): Piece[] {
  const path = valuePath(node.list, env, node.span);
  env.loops.push(node.loopVar);
  const body = lowerNodes(node.body, env);
  env.loops.pop();
  const empty = lowerNodes(node.empty, env);
  let limited = body;
  if (Number.isFinite(node.limit)) {
    if (!Number.isInteger(node.limit) || node.limit < 0) report(env, 'sendgrid-loop-limit', node.span, { limit: node.limit });
    // Handlebars' each has no limit: skip the items from index `limit` on.
    else limited = block('lessThan', ['@index', String(node.limit)], body, []);
  }
  if (limited.length === 0 && empty.length === 0) return [];
  const elsePart = empty.length === 0 ? [] : [tag('{{else}}'), ...empty];
  return [tag(`{{#each ${path}}}`), ...limited, ...elsePart, tag('{{/each}}')];
}
