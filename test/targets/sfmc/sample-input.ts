// The small JSON language the strategy samples are written in (samples/<case>/input.json):
//
//   "text"                                    static text
//   {"out": "first_name", "fallback": "there", "context": "html", "filters": ["upper", {"truncate": 8}, {"date": "%Y"}]}
//   {"out": "item.name"}                      a field of the current loop item
//   {"if": [[cond, [nodes]], ...], "else": [nodes]}
//   {"each": "recommendations", "limit": 3, "body": [nodes], "empty": [nodes]}
//
//   cond: true | false | "vip" (truthy) | ["==", "first_name", "Ana"] | {"and": [..]} | {"or": [..]} | {"not": c}
//
// Attribute types come from the test schema (test/support/context.ts).
import type { AttributeType, Cond, CompareOp, FilterCall, Literal, Node, OutputContext, PartName, ValueRef } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { TEST_ATTRIBUTES } from '../../support/context.js';
import { SPAN } from '../../support/nodes.js';

export interface SampleInput {
  description: string;
  parts: Partial<Record<PartName, unknown[]>>;
  profiles?: Profile['data'][];
}

type JsonCond = boolean | string | [CompareOp, string, Literal] | { and: JsonCond[] } | { or: JsonCond[] } | { not: JsonCond };

function ref(path: string, list: string | null): ValueRef {
  if (path.startsWith('item.')) {
    const field = path.slice(5);
    const type = (list && TEST_ATTRIBUTES.get(list)?.items?.[field]) ?? 'string';
    return { kind: 'item', list: list ?? '', loopVar: 'item', field, type: type as AttributeType, span: SPAN };
  }
  const def = TEST_ATTRIBUTES.get(path);
  if (!def) throw new Error(`unknown attribute ${path}`);
  return { kind: 'attr', name: path, type: def.type, span: SPAN };
}

function cond(c: JsonCond, list: string | null): Cond {
  if (typeof c === 'boolean') return { kind: 'const', value: c, span: SPAN };
  if (typeof c === 'string') return { kind: 'truthy', ref: ref(c, list), span: SPAN };
  if (Array.isArray(c)) return { kind: 'compare', op: c[0], ref: ref(c[1], list), value: c[2], span: SPAN };
  if ('and' in c) return { kind: 'and', items: c.and.map((x) => cond(x, list)), span: SPAN };
  if ('or' in c) return { kind: 'or', items: c.or.map((x) => cond(x, list)), span: SPAN };
  return { kind: 'not', item: cond(c.not, list), span: SPAN };
}

function filter(f: unknown): FilterCall {
  if (typeof f === 'string') return { name: f as 'upper', span: SPAN };
  const [name, arg] = Object.entries(f as Record<string, unknown>)[0]!;
  return name === 'truncate' ? { name: 'truncate', length: arg as number, span: SPAN } : { name: 'date', format: arg as string, span: SPAN };
}

export function nodes(list: unknown[], loopList: string | null = null): Node[] {
  return list.map((n): Node => {
    if (typeof n === 'string') return { kind: 'static', text: n };
    const o = n as Record<string, unknown>;
    if ('out' in o) {
      return {
        kind: 'output',
        ref: ref(o.out as string, loopList),
        fallback: (o.fallback as string) ?? '',
        context: (o.context as OutputContext) ?? 'html',
        filters: ((o.filters as unknown[]) ?? []).map(filter),
        span: SPAN,
      };
    }
    if ('if' in o) {
      return {
        kind: 'if',
        branches: (o.if as [JsonCond, unknown[]][]).map(([c, body]) => ({ cond: cond(c, loopList), body: nodes(body, loopList) })),
        else: o.else ? nodes(o.else as unknown[], loopList) : null,
        span: SPAN,
      };
    }
    const name = o.each as string;
    return {
      kind: 'each',
      loopVar: 'item',
      list: { kind: 'attr', name, type: 'list', span: SPAN },
      limit: (o.limit as number) ?? 3,
      body: nodes(o.body as unknown[], name),
      empty: nodes((o.empty as unknown[]) ?? [], loopList),
      span: SPAN,
    };
  });
}
