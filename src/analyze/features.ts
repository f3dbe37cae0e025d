// Which language features a template uses, and where. The analyzer checks them against
// each target's capability row before anything is emitted.
import type { Cond, Node, Span, ValueRef } from '../ir/nodes.js';
import { walkNodes } from '../ir/nodes.js';
import type { TemplateIR } from '../targets/target.js';
import type { Feature } from '../targets/capabilities.js';

export interface FeatureUse {
  feature: Feature;
  span: Span;
}

export interface FeatureOptions {
  /** Segments a target reads from a precomputed field: their conditions are not lowered. */
  opaqueSegments?: ReadonlySet<string>;
}

export function featuresUsed(ir: TemplateIR, options: FeatureOptions = {}): FeatureUse[] {
  const uses: FeatureUse[] = [];
  const add = (feature: Feature, span: Span) => uses.push({ feature, span });
  const visitNodes = (nodes: Node[]) =>
    walkNodes(nodes, (node) => {
      if (node.kind === 'output') {
        add(node.ref.kind === 'item' ? 'output-in-loop' : 'output', node.span);
        for (const f of node.filters) add(`filter-${f.name}` as Feature, f.span);
      } else if (node.kind === 'if') {
        if (node.branches.length > 1) add('elif', node.span);
        for (const b of node.branches) visitCond(b.cond, options, add);
      } else if (node.kind === 'each') {
        add('loop', node.span);
      }
    });
  visitNodes(ir.body);
  visitNodes(ir.subject);
  visitNodes(ir.preheader);
  return uses;
}

function visitCond(cond: Cond, options: FeatureOptions, add: (f: Feature, s: Span) => void): void {
  switch (cond.kind) {
    case 'const':
      return;
    case 'truthy':
      add('truthy', cond.span);
      loopCondition(cond.ref, cond.span, add);
      return;
    case 'compare': {
      loopCondition(cond.ref, cond.span, add);
      const ordering = cond.op !== '==' && cond.op !== '!=';
      switch (cond.ref.type) {
        case 'number':
          add(ordering ? 'order-number' : 'equals-number', cond.span);
          return;
        case 'date':
          add(ordering ? 'order-date' : 'equals-date', cond.span);
          return;
        case 'boolean':
          add('equals-boolean', cond.span);
          return;
        default:
          add('equals-string', cond.span);
          return;
      }
    }
    case 'and':
    case 'or':
      add(cond.kind, cond.span);
      cond.items.forEach((c) => visitCond(c, options, add));
      return;
    case 'not':
      add('not', cond.span);
      visitCond(cond.item, options, add);
      return;
    case 'segment':
      if (options.opaqueSegments?.has(cond.name)) return;
      visitCond(cond.cond, options, add);
      return;
  }
}

function loopCondition(ref: ValueRef, span: Span, add: (f: Feature, s: Span) => void): void {
  if (ref.kind === 'item') add('loop-condition', span);
}
