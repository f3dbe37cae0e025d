// MJML sizes the children of mj-section and mj-group at build time from how many there
// are (two columns: 50% each). A condition around some of those children would leave the
// others sized for the wrong count whenever a branch is not taken. So an if that wraps
// children of a section or group is hoisted around the whole parent element: each branch
// (and an else, which is the parent without the conditional children) gets its own copy
// of the parent, which MJML sizes correctly. Repeated until no if sits directly inside a
// sized parent (an if in a group ends up around the section).
//
// A for loop cannot be hoisted (its count is only known per recipient): columns repeated
// by a loop need explicit widths, otherwise a warning says so.
import type { EachNode, IfNode, Node, StaticNode } from '../ir/nodes.js';
import { MjmlTracker, type MjmlSchema } from './mjml-tracker.js';
import { advanceSpan } from '../ir/span.js';

const SIZED_PARENTS = new Set(['mj-section', 'mj-group']);

interface Position {
  index: number;
  offset: number;
}

export function hoistSizedBlocks(nodes: Node[], schema: MjmlSchema, onLoopInSizedParent: (node: EachNode) => void): Node[] {
  let current = nodes;
  for (let found = findHoistable(current, schema, onLoopInSizedParent); found; found = findHoistable(current, schema, onLoopInSizedParent)) {
    current = hoist(current, found.open, found.index, found.close);
  }
  return current.map((node): Node => {
    if (node.kind === 'if') {
      return {
        ...node,
        branches: node.branches.map((b) => ({ cond: b.cond, body: hoistSizedBlocks(b.body, schema, onLoopInSizedParent) })),
        else: node.else && hoistSizedBlocks(node.else, schema, onLoopInSizedParent),
      };
    }
    if (node.kind === 'each') {
      return { ...node, body: hoistSizedBlocks(node.body, schema, onLoopInSizedParent), empty: hoistSizedBlocks(node.empty, schema, onLoopInSizedParent) };
    }
    return node;
  });
}

/** True when some if or for in the tree could sit between MJML elements. */
export function hasBlocks(nodes: Node[]): boolean {
  return nodes.some((n) => n.kind === 'if' || n.kind === 'each');
}

function findHoistable(
  nodes: Node[],
  schema: MjmlSchema,
  onLoop: (node: EachNode) => void,
): { open: Position; index: number; close: Position } | null {
  const tracker = new MjmlTracker(schema);
  const bases = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'static') {
      bases.set(i, tracker.scanner.offset);
      tracker.feed(node.text);
      continue;
    }
    const parent = tracker.top();
    if ((node.kind === 'if' || node.kind === 'each') && tracker.atBlockLevel() && parent && SIZED_PARENTS.has(parent)) {
      if (node.kind === 'each') {
        if (!childrenHaveWidths(node.body)) onLoop(node);
      } else {
        const open = locate(nodes, bases, tracker.topStart()!);
        const close = open && findClose(nodes, i + 1, parent, schema);
        if (open && close) return { open, index: i, close };
      }
    }
    feedFirstBranch(tracker, node);
  }
  return null;
}

/** Keeps the tracker's state across a dynamic node: every branch ends where it began. */
function feedFirstBranch(tracker: MjmlTracker, node: Node): void {
  const visit = (list: Node[]): void => list.forEach((n) => feedFirstBranch(tracker, n));
  if (node.kind === 'static') tracker.feed(node.text);
  else if (node.kind === 'output') tracker.feed('x');
  else if (node.kind === 'if') visit(node.branches[0]?.body ?? []);
  else visit(node.body);
}

/** The static node (of this list) and offset where stream offset `start` falls. */
function locate(nodes: Node[], bases: Map<number, number>, start: number): Position | null {
  for (const [index, base] of bases) {
    const node = nodes[index] as StaticNode;
    if (start >= base && start < base + node.text.length) return { index, offset: start - base };
  }
  return null;
}

/** Where the parent element (already open before `from`) ends: just after its end tag. */
function findClose(nodes: Node[], from: number, parent: string, schema: MjmlSchema): Position | null {
  const tracker = new MjmlTracker(schema);
  for (let j = from; j < nodes.length; j++) {
    const node = nodes[j]!;
    if (node.kind !== 'static') {
      feedFirstBranch(tracker, node);
      continue;
    }
    const base = tracker.scanner.offset;
    let found: Position | null = null;
    tracker.feed(node.text, (event) => {
      if (!found && event.closing && event.name === parent && !tracker.inside(parent)) found = { index: j, offset: event.end - base };
    });
    if (found) return found;
  }
  return null;
}

function hoist(nodes: Node[], open: Position, index: number, close: Position): Node[] {
  const openNode = nodes[open.index] as StaticNode;
  const closeNode = nodes[close.index] as StaticNode;
  const block = nodes[index] as IfNode;
  const before = [...nodes.slice(0, open.index), slice(openNode, 0, open.offset)];
  const head = [slice(openNode, open.offset), ...nodes.slice(open.index + 1, index)];
  const tail = [...nodes.slice(index + 1, close.index), slice(closeNode, 0, close.offset)];
  const after = [slice(closeNode, close.offset), ...nodes.slice(close.index + 1)];
  const hoisted: IfNode = {
    ...block,
    branches: block.branches.map((b) => ({ cond: b.cond, body: nonEmpty([...head, ...b.body, ...tail]) })),
    else: nonEmpty([...head, ...(block.else ?? []), ...tail]),
  };
  return nonEmpty([...before, hoisted, ...after]);
}

function slice(node: StaticNode, from: number, to?: number): StaticNode {
  const text = node.text.slice(from, to);
  const out: StaticNode = { kind: 'static', text };
  if (node.span) out.span = from === 0 ? node.span : advanceSpan(node.span, node.text.slice(0, from));
  return out;
}

function nonEmpty(nodes: Node[]): Node[] {
  return nodes.filter((n) => n.kind !== 'static' || n.text !== '');
}

/** Columns and groups a loop repeats are fine when each states its width. */
function childrenHaveWidths(body: Node[]): boolean {
  let text = '';
  const visit = (list: Node[]): void => {
    for (const n of list) {
      if (n.kind === 'static') text += n.text;
      else if (n.kind === 'if') n.branches.forEach((b) => visit(b.body));
      else if (n.kind === 'each') visit(n.body);
    }
  };
  visit(body);
  const tags = text.match(/<mj-(?:column|group)\b[^>]*>/g) ?? [];
  return tags.every((tag) => /\swidth\s*=/.test(tag));
}
