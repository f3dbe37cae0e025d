// Conditions lowered to nested SendGrid block helpers: a decision tree whose leaves are the
// branch contents (reference §9.2). SendGrid cannot combine comparisons (no subexpressions,
// `#and`/`#or` take bare values only), so:
//   AND  = nested blocks (the "false" content is repeated),
//   OR   = nested blocks in the else branches (the "true" content is repeated),
//   NOT  = the two branches swapped (`#unless`, `#notEquals` where that reads better).
// `#and`/`#or` are used only for two bare truthiness tests on values whose Handlebars
// truthiness equals Tailor's "present and not false" (strings and booleans).
//
// Each atom is exact against the reference evaluator for data of the declared types:
// - Handlebars `#if` treats 0 as false, and Tailor treats 0 as present: a number is present
//   when `#if` holds or `#equals x 0` holds.
// - Comparisons on a missing value must be false (`!=` true). `#equals` on null/absent is
//   false and `#notEquals` true; ordering helpers run only inside a presence guard, and
//   `>=` / `<=` are the negation of `#lessThan` / `#greaterThan` there (reference §9.12).
// - Literals are written with the attribute's own type, so SendGrid's loose `equals` never
//   coerces (a mixed-type comparison is reported broken, reference §4.2 gotcha 5).
import type { Cond, Literal } from '../../ir/nodes.js';
import { refName } from '../../ir/evaluate.js';
import { BudgetExceeded, report, valuePath, type LowerEnv } from './env.js';
import { handlebarsLiteral } from './literals.js';
import { block as plainBlock, type BlockHelper, type Piece } from './pieces.js';
import { rootPath, isPlainDataPath } from './names.js';

type CompareCond = Extract<Cond, { kind: 'compare' }>;
type TruthyCond = Extract<Cond, { kind: 'truthy' }>;

/** A block, charged against the part's duplication budget. */
function block(env: LowerEnv, helper: BlockHelper, params: string[], whenTrue: Piece[], whenFalse: Piece[]): Piece[] {
  const pieces = plainBlock(helper, params, whenTrue, whenFalse);
  env.budget -= pieces.length;
  if (env.budget < 0) throw new BudgetExceeded();
  return pieces;
}

export function lowerCond(cond: Cond, whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  switch (cond.kind) {
    case 'const':
      return cond.value ? whenTrue : whenFalse;
    case 'segment': {
      const field = env.segmentFields.get(cond.name);
      if (field === undefined) return lowerCond(cond.cond, whenTrue, whenFalse, env);
      // Read from the precomputed field the audience sync fills with "yes" for members.
      if (!isPlainDataPath(field)) report(env, 'sendgrid-field-name', cond.span, { name: field, owner: `segment.${cond.name}` });
      return block(env, 'equals', [rootPath(field), '"yes"'], whenTrue, whenFalse);
    }
    case 'not':
      return lowerCond(cond.item, whenFalse, whenTrue, env);
    case 'and':
      return lowerAnd(groupBareValues(cond.items, 'and'), whenTrue, whenFalse, env);
    case 'or':
      return lowerOr(groupBareValues(cond.items, 'or'), whenTrue, whenFalse, env);
    case 'truthy':
      return lowerTruthy(cond, whenTrue, whenFalse, env);
    case 'compare':
      return lowerCompare(cond, whenTrue, whenFalse, env);
  }
}

/** A pair of bare values tested together with SendGrid's `#and` / `#or`. */
interface BarePair {
  kind: 'pair';
  helper: 'and' | 'or';
  items: [TruthyCond, TruthyCond];
}

type Operand = Cond | BarePair;

/** Values whose Handlebars truthiness is exactly "present and not false". */
function isBareValue(cond: Cond): cond is TruthyCond {
  return cond.kind === 'truthy' && cond.ref.type !== 'number' && cond.ref.type !== 'list';
}

function groupBareValues(items: Cond[], helper: 'and' | 'or'): Operand[] {
  const bare = items.filter(isBareValue);
  const operands: Operand[] = [];
  for (let i = 0; i + 1 < bare.length; i += 2) operands.push({ kind: 'pair', helper, items: [bare[i]!, bare[i + 1]!] });
  if (bare.length % 2 === 1) operands.push(bare[bare.length - 1]!);
  operands.push(...items.filter((c) => !isBareValue(c)));
  return operands;
}

function lowerOperand(op: Operand, whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  if (op.kind !== 'pair') return lowerCond(op, whenTrue, whenFalse, env);
  const params = op.items.map((c) => valuePath(c.ref, env, c.span));
  return block(env, op.helper, params, whenTrue, whenFalse);
}

function lowerAnd(items: Operand[], whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  if (items.length === 0) return whenTrue;
  const [first, ...rest] = items;
  return lowerOperand(first!, lowerAnd(rest, whenTrue, whenFalse, env), whenFalse, env);
}

function lowerOr(items: Operand[], whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  if (items.length === 0) return whenFalse;
  const [first, ...rest] = items;
  return lowerOperand(first!, whenTrue, lowerOr(rest, whenTrue, whenFalse, env), env);
}

function lowerTruthy(cond: TruthyCond, whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  const path = valuePath(cond.ref, env, cond.span);
  if (cond.ref.type === 'number') {
    // 0 is present (and so truthy) in Tailor, but false for Handlebars' #if.
    return block(env, 'if', [path], whenTrue, block(env, 'equals', [path, '0'], whenTrue, whenFalse));
  }
  return block(env, 'if', [path], whenTrue, whenFalse);
}

/** The kind of literal a value of this attribute type compares with. */
function literalKind(type: CompareCond['ref']['type']): 'string' | 'number' | 'boolean' | 'date' | 'list' {
  switch (type) {
    case 'number':
    case 'boolean':
    case 'date':
    case 'list':
      return type;
    default:
      return 'string';
  }
}

function literal(value: Literal, cond: CompareCond, env: LowerEnv): string {
  const written = handlebarsLiteral(value);
  if (written.ok) return written.code;
  report(env, written.code, cond.span, { value: JSON.stringify(value) });
  return '""';
}

function lowerCompare(cond: CompareCond, whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  const { ref, op, value } = cond;
  const kind = literalKind(ref.type);
  const ordering = op !== '==' && op !== '!=';
  if (kind === 'date') {
    // Refused by the capability table (order-date / equals-date); the analyzer reports it.
    env.refused.push(ordering ? 'order-date' : 'equals-date');
    return whenFalse;
  }
  const args = { op, ref: refName(ref), type: ref.type, valueType: typeof value };
  if (kind === 'list' || typeof value !== kind) {
    // A value of another type is never equal in the reference evaluator.
    if (op === '==') return whenFalse;
    if (op === '!=') return whenTrue;
    report(env, 'sendgrid-compare-type', cond.span, args);
    return whenFalse;
  }
  if (ordering && kind !== 'number') {
    report(env, 'sendgrid-order-unsupported', cond.span, args);
    return whenFalse;
  }
  const path = valuePath(ref, env, cond.span);
  const [yes, no] = op === '!=' ? [whenFalse, whenTrue] : [whenTrue, whenFalse];
  if (kind === 'string') {
    // "" is missing, so no present value equals it.
    if (value === '') return no;
    return block(env, 'equals', [path, literal(value, cond, env)], yes, no);
  }
  if (kind === 'boolean') {
    if (value === true) return block(env, 'if', [path], yes, no);
    // false is falsy for #if too: tell it from a missing value with #equals.
    return block(env, 'if', [path], no, block(env, 'equals', [path, 'false'], yes, no));
  }
  const lit = literal(value, cond, env);
  if (!ordering) return block(env, 'equals', [path, lit], yes, no);
  return lowerOrdering(cond, path, lit, whenTrue, whenFalse, env);
}

/** `x op n` on a number: the helper runs inside a presence guard (0 is present). */
function lowerOrdering(cond: CompareCond, path: string, lit: string, whenTrue: Piece[], whenFalse: Piece[], env: LowerEnv): Piece[] {
  const n = cond.value as number;
  let nonZero: Piece[];
  let zeroHolds: boolean;
  switch (cond.op) {
    case '>':
      nonZero = block(env, 'greaterThan', [path, lit], whenTrue, whenFalse);
      zeroHolds = 0 > n;
      break;
    case '<':
      nonZero = block(env, 'lessThan', [path, lit], whenTrue, whenFalse);
      zeroHolds = 0 < n;
      break;
    case '>=':
      nonZero = block(env, 'lessThan', [path, lit], whenFalse, whenTrue);
      zeroHolds = 0 >= n;
      break;
    default:
      nonZero = block(env, 'greaterThan', [path, lit], whenFalse, whenTrue);
      zeroHolds = 0 <= n;
      break;
  }
  // #if fails for 0 and for a missing value; only 0 may still satisfy the comparison.
  const zeroOrMissing = zeroHolds ? block(env, 'equals', [path, '0'], whenTrue, whenFalse) : whenFalse;
  return block(env, 'if', [path], nonZero, zeroOrMissing);
}
