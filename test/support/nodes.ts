// Small builders for hand-written IR trees in tests.
import type { AttributeType, Cond, CompareOp, FilterCall, Literal, Node, OutputContext, Span, AttrRef, ItemRef } from '../../src/ir/nodes.js';

export const SPAN: Span = { file: 'templates/test.mjml', line: 1, column: 1, endLine: 1, endColumn: 1 };

export const attr = (name: string, type: AttributeType = 'string'): AttrRef => ({ kind: 'attr', name, type, span: SPAN });
export const item = (list: string, field: string, type: AttributeType = 'string', loopVar = 'item'): ItemRef => ({
  kind: 'item', list, loopVar, field, type, span: SPAN,
});
export const text = (t: string): Node => ({ kind: 'static', text: t });
export const out = (ref: AttrRef | ItemRef, fallback = '', context: OutputContext = 'html', filters: FilterCall[] = []): Node => ({
  kind: 'output', ref, fallback, context, filters, span: SPAN,
});
export const iff = (branches: [Cond, Node[]][], otherwise: Node[] | null = null): Node => ({
  kind: 'if', branches: branches.map(([cond, body]) => ({ cond, body })), else: otherwise, span: SPAN,
});
export const each = (list: AttrRef, body: Node[], empty: Node[] = [], limit = 3, loopVar = 'item'): Node => ({
  kind: 'each', list, loopVar, limit, body, empty, span: SPAN,
});
export const truthy = (ref: AttrRef | ItemRef): Cond => ({ kind: 'truthy', ref, span: SPAN });
export const cmp = (ref: AttrRef | ItemRef, op: CompareOp, value: Literal): Cond => ({ kind: 'compare', ref, op, value, span: SPAN });
export const and = (...items: Cond[]): Cond => ({ kind: 'and', items, span: SPAN });
export const or = (...items: Cond[]): Cond => ({ kind: 'or', items, span: SPAN });
export const not = (c: Cond): Cond => ({ kind: 'not', item: c, span: SPAN });
export const seg = (name: string, c: Cond): Cond => ({ kind: 'segment', name, cond: c, span: SPAN });
export const filter = (name: 'upper' | 'lower' | 'capitalize' | 'trim'): FilterCall => ({ name, span: SPAN });
