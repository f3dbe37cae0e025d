// The intermediate representation shared by every phase after parsing.
//
// A template (and each of its parts) is a list of `Node`s. Before rendering, `Static`
// text holds MJML source; after rendering it holds HTML (or plain text for the text
// part, subject and preheader). The dynamic nodes are the same in both, so the
// reference evaluator and every target work on one shape.

/** Where something came from in the user's sources. Lines and columns are 1-based. */
export interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type AttributeType = 'string' | 'number' | 'boolean' | 'enum' | 'date' | 'email' | 'url' | 'list';

/** A per-recipient value: a profile attribute, or a field of the current loop item. */
export type ValueRef = AttrRef | ItemRef;

/** `profile.<name>`: an attribute declared in rules/attributes.yaml. */
export interface AttrRef {
  kind: 'attr';
  name: string;
  type: AttributeType;
  span: Span;
}

/** `<loopVar>.<field>` inside `{% for loopVar in profile.<list> %}`. */
export interface ItemRef {
  kind: 'item';
  /** The list attribute the loop walks. */
  list: string;
  loopVar: string;
  field: string;
  /** Type of the item field (from the list's `items` declaration). */
  type: AttributeType;
  span: Span;
}

export type Literal = string | number | boolean;

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * A condition. After the IR is built, conditions only contain these shapes:
 * build-time names are folded to `const`, `in [..]` is lowered to `or` of `==`,
 * and comparisons always put the per-recipient value on the left.
 */
export type Cond =
  | { kind: 'const'; value: boolean; span: Span }
  /** True when the value is present (not missing) and not `false`. */
  | { kind: 'truthy'; ref: ValueRef; span: Span }
  /** Missing values make every comparison false, except `!=`, which is true. */
  | { kind: 'compare'; op: CompareOp; ref: ValueRef; value: Literal; span: Span }
  | { kind: 'and'; items: Cond[]; span: Span }
  | { kind: 'or'; items: Cond[]; span: Span }
  | { kind: 'not'; item: Cond; span: Span }
  /** A named segment from rules/segments.yaml, kept by name: a target may read it from a precomputed per-ESP field. */
  | { kind: 'segment'; name: string; cond: Cond; span: Span };

/** Filters applied to a present value, in order. */
export type FilterCall =
  | { name: 'upper' | 'lower' | 'capitalize' | 'trim'; span: Span }
  | { name: 'truncate'; length: number; span: Span }
  /** strftime-style subset: %Y %m %d %e %B %b %A %a %H %M %%. Input is an ISO-8601 date. */
  | { name: 'date'; format: string; span: Span };

/** How a value must be escaped where it is written. */
export type OutputContext =
  /** HTML text content: escape & < > " ' */
  | 'html'
  /** An HTML attribute value: escape & < > " ' */
  | 'attr'
  /** Plain text (text part, subject, preheader): no escaping. */
  | 'text';

export interface StaticNode {
  kind: 'static';
  text: string;
  /** Where the text came from, when it maps to user source (not for MJML's own output). */
  span?: Span;
}

export interface OutputNode {
  kind: 'output';
  ref: ValueRef;
  filters: FilterCall[];
  /** Printed, as is, when the value is missing. Already escaped for nothing: targets escape it by context. */
  fallback: string;
  /** Set by the render phase; 'html' before rendering. */
  context: OutputContext;
  span: Span;
}

export interface IfNode {
  kind: 'if';
  branches: { cond: Cond; body: Node[] }[];
  else: Node[] | null;
  /** The content slot this chain came from (rules matrix), to name it in messages. */
  slot?: string;
  span: Span;
}

export interface EachNode {
  kind: 'each';
  loopVar: string;
  list: AttrRef;
  /** Maximum number of items rendered (from `| limit(n)` or the attribute's `max`). */
  limit: number;
  body: Node[];
  /** Rendered when the list is missing or empty. */
  empty: Node[];
  span: Span;
}

export type Node = StaticNode | OutputNode | IfNode | EachNode;

export type PartName = 'html' | 'text' | 'subject' | 'preheader';
export const PART_NAMES: readonly PartName[] = ['html', 'text', 'subject', 'preheader'];

/** Visit every node of a tree, depth first. */
export function walkNodes(nodes: Node[], visit: (node: Node) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'if') {
      for (const b of node.branches) walkNodes(b.body, visit);
      if (node.else) walkNodes(node.else, visit);
    } else if (node.kind === 'each') {
      walkNodes(node.body, visit);
      walkNodes(node.empty, visit);
    }
  }
}

/** A copy of a tree with each static and output node replaced by `map(node)`; blocks are copied around the new bodies. */
export function mapLeaves(nodes: Node[], map: (node: StaticNode | OutputNode) => Node): Node[] {
  return nodes.map((node): Node => {
    switch (node.kind) {
      case 'if':
        return { ...node, branches: node.branches.map((b) => ({ cond: b.cond, body: mapLeaves(b.body, map) })), else: node.else && mapLeaves(node.else, map) };
      case 'each':
        return { ...node, body: mapLeaves(node.body, map), empty: mapLeaves(node.empty, map) };
      default:
        return map(node);
    }
  });
}

/**
 * Visit every condition atom and combinator of a condition tree, and a segment's own
 * condition unless `intoSegment` says no (a target that reads the segment from a
 * precomputed field never writes that condition).
 */
export function walkCond(cond: Cond, visit: (c: Cond) => void, intoSegment: (segment: Cond & { kind: 'segment' }) => boolean = () => true): void {
  visit(cond);
  if (cond.kind === 'and' || cond.kind === 'or') cond.items.forEach((c) => walkCond(c, visit, intoSegment));
  else if (cond.kind === 'not') walkCond(cond.item, visit, intoSegment);
  else if (cond.kind === 'segment' && intoSegment(cond)) walkCond(cond.cond, visit, intoSegment);
}
