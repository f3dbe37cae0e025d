// The small JSON language of the sample folders (samples/<case>/input.json): IR trees over
// the test schema (test/support/context.ts) without the noise of spans.
//
//   node: "static text"
//       | { "out": "first_name" | "item.name", "fallback"?: "...", "context"?: "html"|"attr"|"text", "date"?: "%Y-%m-%d" }
//       | { "if": [[cond, [node...]], ...], "else"?: [node...] }
//       | { "each": "recommendations", "limit"?: 3, "body": [node...], "empty"?: [node...] }
//   cond: { "truthy": ref } | { "cmp": [ref, op, literal] } | { "and": [cond...] } | { "or": [cond...] }
//       | { "not": cond } | { "segment": name, "cond": cond } | { "const": true|false }
//
// Inside "each", refs starting with "item." are fields of the loop item.
import type { Cond, CompareOp, Literal, Node, OutputContext, PartName, ValueRef } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { TEST_ATTRIBUTES } from '../../support/context.js';
import { attr, item, SPAN } from '../../support/nodes.js';

export type NodeJson =
  | string
  | { out: string; fallback?: string; context?: OutputContext; date?: string }
  | { if: [CondJson, NodeJson[]][]; else?: NodeJson[] }
  | { each: string; limit?: number; body: NodeJson[]; empty?: NodeJson[] };

export type CondJson =
  | { truthy: string }
  | { cmp: [string, CompareOp, Literal] }
  | { and: CondJson[] }
  | { or: CondJson[] }
  | { not: CondJson }
  | { segment: string; cond: CondJson }
  | { const: boolean };

export interface SampleInput {
  description: string;
  parts: Partial<Record<PartName, NodeJson[]>>;
  /** Profiles the emitted code is executed for (compared with the reference evaluator). */
  profiles: Profile['data'][];
  /** Segments read from a precomputed SendGrid field: segment name -> data key. */
  segmentFields?: Record<string, string>;
}

function ref(name: string, list: string | undefined): ValueRef {
  if (name.startsWith('item.')) {
    if (!list) throw new Error(`"${name}" outside a loop`);
    const field = name.slice('item.'.length);
    const type = TEST_ATTRIBUTES.get(list)?.items?.[field];
    if (!type) throw new Error(`unknown item field ${name}`);
    return item(list, field, type);
  }
  const def = TEST_ATTRIBUTES.get(name);
  if (!def) throw new Error(`unknown attribute ${name}`);
  return attr(name, def.type);
}

export function toCond(c: CondJson, list?: string): Cond {
  if ('truthy' in c) return { kind: 'truthy', ref: ref(c.truthy, list), span: SPAN };
  if ('cmp' in c) return { kind: 'compare', ref: ref(c.cmp[0], list), op: c.cmp[1], value: c.cmp[2], span: SPAN };
  if ('and' in c) return { kind: 'and', items: c.and.map((x) => toCond(x, list)), span: SPAN };
  if ('or' in c) return { kind: 'or', items: c.or.map((x) => toCond(x, list)), span: SPAN };
  if ('not' in c) return { kind: 'not', item: toCond(c.not, list), span: SPAN };
  if ('segment' in c) return { kind: 'segment', name: c.segment, cond: toCond(c.cond, list), span: SPAN };
  return { kind: 'const', value: c.const, span: SPAN };
}

export function toNodes(nodes: NodeJson[], list?: string): Node[] {
  return nodes.map((n): Node => {
    if (typeof n === 'string') return { kind: 'static', text: n };
    if ('out' in n) {
      return {
        kind: 'output',
        ref: ref(n.out, list),
        filters: n.date ? [{ name: 'date', format: n.date, span: SPAN }] : [],
        fallback: n.fallback ?? '',
        context: n.context ?? 'html',
        span: SPAN,
      };
    }
    if ('if' in n) {
      return {
        kind: 'if',
        branches: n.if.map(([cond, body]) => ({ cond: toCond(cond, list), body: toNodes(body, list) })),
        else: n.else ? toNodes(n.else, list) : null,
        span: SPAN,
      };
    }
    const listRef = attr(n.each, 'list');
    return { kind: 'each', loopVar: 'item', list: listRef, limit: n.limit ?? Infinity, body: toNodes(n.body, n.each), empty: toNodes(n.empty ?? [], list), span: SPAN };
  });
}
