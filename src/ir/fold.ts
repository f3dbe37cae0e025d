// Build-time simplification: constant conditions, dead branches, adjacent static text.
import type { Cond, IfNode, Node, Span } from './nodes.js';

export function constCond(value: boolean, span: Span): Cond {
  return { kind: 'const', value, span };
}

/** `and`/`or` of already simplified items: constants absorbed, nested same-kind flattened. */
export function combine(kind: 'and' | 'or', items: Cond[], span: Span): Cond {
  const absorbing = kind === 'or';
  const kept: Cond[] = [];
  for (const item of items) {
    if (item.kind === 'const') {
      if (item.value === absorbing) return constCond(absorbing, span);
      continue;
    }
    if (item.kind === kind) kept.push(...item.items);
    else kept.push(item);
  }
  if (kept.length === 0) return constCond(!absorbing, span);
  if (kept.length === 1) return kept[0]!;
  return { kind, items: kept, span };
}

export function negate(item: Cond, span: Span): Cond {
  if (item.kind === 'const') return constCond(!item.value, span);
  return { kind: 'not', item, span };
}

/** An if-chain with constant conditions resolved: false branches dropped, a true one ends the chain. */
export function foldIf(branches: { cond: Cond; body: Node[] }[], elseBody: Node[] | null, span: Span, slot?: string): Node[] {
  const kept: { cond: Cond; body: Node[] }[] = [];
  let otherwise = elseBody;
  for (const branch of branches) {
    if (branch.cond.kind === 'const') {
      if (!branch.cond.value) continue;
      otherwise = branch.body;
      break;
    }
    kept.push(branch);
  }
  if (kept.length === 0) return otherwise ?? [];
  const node: IfNode = { kind: 'if', branches: kept, else: otherwise, span };
  if (slot !== undefined) node.slot = slot;
  return [node];
}

/** True when `b` starts where (or after) `a` ends, in the same file. */
function follows(a: Span, b: Span): boolean {
  return a.file === b.file && (b.line > a.endLine || (b.line === a.endLine && b.column >= a.endColumn));
}

/** Joins adjacent static nodes. A joined span covers both when the second follows the first in one file. */
export function mergeStatics(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (node.kind === 'static' && node.text === '') continue;
    const last = out[out.length - 1];
    if (node.kind === 'static' && last?.kind === 'static') {
      const merged: Node = { kind: 'static', text: last.text + node.text };
      if (last.span && node.span && follows(last.span, node.span)) {
        merged.span = { ...last.span, endLine: node.span.endLine, endColumn: node.span.endColumn };
      }
      out[out.length - 1] = merged;
    } else out.push(node);
  }
  return out;
}
