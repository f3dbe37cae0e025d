// Placeholders -> Node[]: the inverse of serialize.ts, applied to MJML's HTML (html part)
// or to the text converted from it (text part).
//
// The markers must come back as they went in. In both modes every block must open,
// switch branches and close in order, inside the block (and branch) it was written in.
// In the html part, every node MJML does not copy must appear exactly once and in source
// order; "repeatable" ones (attribute values, mj-title) may appear any number of times
// (MJML copies some attributes, e.g. carousel thumbnails, and drops unknown ones). In the
// text part any node may be missing (hidden elements, attributes that are not text),
// never broken. Synthetic blocks added by the text conversion are transparent: what they
// enclose belongs to the block around them.
// A violation is a bug in Tailor or a change in MJML: InternalError, never silent output.
import { InternalError } from '../diagnostics/diagnostic.js';
import type { EachNode, IfNode, Node, OutputContext } from '../ir/nodes.js';
import { MarkupScanner } from './markup-scanner.js';
import { findPlaceholders } from './placeholder.js';
import type { DynamicEntry, MarkerEntry } from './serialize.js';

export type RebuildMode = 'html' | 'text';

export interface RebuildResult {
  nodes: Node[];
  /** Entries whose placeholder landed inside CSS (a style attribute or a <style> element). */
  inCss: { entry: DynamicEntry; place: string }[];
  /** Attribute-placed entries that never came out (html mode). */
  dropped: DynamicEntry[];
}

interface OpenBlock {
  entry: DynamicEntry;
  node: IfNode | EachNode;
  segment: number;
  body: Node[];
}

export function rebuild(source: string, markers: readonly MarkerEntry[], mode: RebuildMode): RebuildResult {
  const found = findPlaceholders(source);
  const scanner = mode === 'html' ? new MarkupScanner() : null;
  const root: Node[] = [];
  const stack: OpenBlock[] = [];
  const counts = new Map<number, number>();
  const inCss = new Map<number, { entry: DynamicEntry; place: string }>();
  let lastFixed = -1;
  let fixedSeen = 0;
  let pos = 0;

  const body = (): Node[] => stack[stack.length - 1]?.body ?? root;
  const fail = (index: number, problem: string): never => {
    throw new InternalError(`render: placeholder #${index} ${problem} in the ${mode} part`);
  };

  for (const p of found) {
    const between = source.slice(pos, p.start);
    if (between) body().push({ kind: 'static', text: between });
    scanner?.feed(between);
    pos = p.end;
    const marker = markers[p.index];
    if (!marker || marker.role !== p.role) fail(p.index, 'is unknown');
    const { entry, role } = marker!;

    if (!entry.repeatable) {
      if (p.index <= lastFixed) fail(p.index, 'is duplicated or out of order');
      lastFixed = p.index;
      fixedSeen++;
    }

    let context: OutputContext = 'text';
    if (scanner) {
      const where = scanner.where();
      if (where.kind === 'tag') fail(p.index, 'landed inside a tag');
      context = where.kind === 'attr-value' ? 'attr' : 'html';
      const place =
        where.kind === 'attr-value' && where.attrName.toLowerCase() === 'style'
          ? 'a style attribute'
          : where.kind === 'raw-text' && where.tagName === 'style'
            ? 'a <style> element'
            : null;
      if (place && !inCss.has(entry.id)) inCss.set(entry.id, { entry, place });
      scanner.feed(source.slice(p.start, p.end));
    }

    const top = stack[stack.length - 1];
    if (role === 'o' || role === 'i' || role === 'f') {
      const parent = entry.parent;
      const enclosing = [...stack].reverse().find((open) => !open.entry.synthetic);
      const sameParent = parent
        ? enclosing !== undefined && enclosing.entry.id === parent.id && enclosing.segment === parent.segment
        : enclosing === undefined;
      if (!sameParent && !entry.synthetic) fail(p.index, 'is outside the block it was written in');
      counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
    } else if (!top || top.entry.id !== entry.id) {
      fail(p.index, 'closes or continues a block that is not open');
    }

    switch (role) {
      case 'o': {
        if (entry.node.kind !== 'output') fail(p.index, 'is not an output');
        body().push({ ...(entry.node as Extract<Node, { kind: 'output' }>), context });
        break;
      }
      case 'i': {
        const source = entry.node as IfNode;
        const node: IfNode = {
          ...source,
          branches: source.branches.map((b) => ({ cond: b.cond, body: [] })),
          else: source.else ? [] : null,
        };
        body().push(node);
        stack.push({ entry, node, segment: 0, body: node.branches[0]!.body });
        break;
      }
      case 'b':
      case 'l': {
        const open = top!;
        const node = open.node as IfNode;
        if (marker!.segment !== open.segment + 1) fail(p.index, 'switches to a branch out of order');
        open.segment = marker!.segment;
        open.body = role === 'b' ? node.branches[open.segment]!.body : node.else!;
        break;
      }
      case 'f': {
        const source = entry.node as EachNode;
        const node: EachNode = { ...source, body: [], empty: [] };
        body().push(node);
        stack.push({ entry, node, segment: 0, body: node.body });
        break;
      }
      case 'm': {
        const open = top!;
        if (open.segment !== 0) fail(p.index, 'switches to the empty branch out of order');
        open.segment = 1;
        open.body = (open.node as EachNode).empty;
        break;
      }
      case 'c':
      case 'd':
        if (top!.segment !== marker!.segment) fail(p.index, 'closes a block before its last branch');
        stack.pop();
        break;
    }
  }
  const rest = source.slice(pos);
  if (rest) body().push({ kind: 'static', text: rest });
  if (stack.length > 0) fail(markers.indexOf(markers.find((m) => m.entry === stack[stack.length - 1]!.entry)!), 'opens a block that never closes');

  const dropped: DynamicEntry[] = [];
  if (mode === 'html') {
    const fixedTotal = markers.filter((m) => !m.entry.repeatable).length;
    if (fixedSeen !== fixedTotal) throw new InternalError(`render: ${fixedTotal - fixedSeen} placeholder(s) lost in the html part`);
    const seen = new Set<number>();
    for (const m of markers) {
      if (m.entry.repeatable && !seen.has(m.entry.id)) {
        seen.add(m.entry.id);
        // Report the outermost dropped node only: what it encloses went with it.
        const parentDropped = m.entry.parent !== null && dropped.some((d) => d.id === m.entry.parent!.id);
        if (!counts.has(m.entry.id) && !parentDropped) dropped.push(m.entry);
      }
    }
  }
  return { nodes: root, inCss: [...inCss.values()], dropped };
}
