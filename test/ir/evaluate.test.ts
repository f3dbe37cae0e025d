import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/ir/evaluate.js';
import { and, attr, cmp, each, iff, item, not, or, out, text, truthy } from '../support/nodes.js';

describe('reference evaluator', () => {
  it('prints the fallback when a value is missing, escaped by context', () => {
    const nodes = [text('Hi '), out(attr('first_name'), 'there'), text('!')];
    expect(evaluate(nodes, {})).toBe('Hi there!');
    expect(evaluate(nodes, { first_name: '' })).toBe('Hi there!');
    expect(evaluate(nodes, { first_name: ' ' })).toBe('Hi  !');
    expect(evaluate(nodes, { first_name: '<b>"A"</b>' })).toBe('Hi &lt;b&gt;&quot;A&quot;&lt;/b&gt;!');
    expect(evaluate([out(attr('first_name'), '', 'text')], { first_name: '<b>' })).toBe('<b>');
  });

  it('makes every comparison on a missing value false except !=', () => {
    const n = attr('orders_12m', 'number');
    for (const op of ['==', '<', '<=', '>', '>='] as const) expect(evaluate([iff([[cmp(n, op, 5), [text('y')]]], [text('n')])], {})).toBe('n');
    expect(evaluate([iff([[cmp(n, '!=', 5), [text('y')]]], [text('n')])], {})).toBe('y');
    expect(evaluate([iff([[cmp(n, '>=', 5), [text('y')]]], [text('n')])], { orders_12m: 5 })).toBe('y');
  });

  it('compares strings case-sensitively and combines with and/or/not', () => {
    const loc = attr('location');
    const c = or(and(cmp(loc, '==', 'California'), truthy(attr('vip', 'boolean'))), not(truthy(loc)));
    const nodes = [iff([[c, [text('y')]]], [text('n')])];
    expect(evaluate(nodes, { location: 'California', vip: true })).toBe('y');
    expect(evaluate(nodes, { location: 'california', vip: true })).toBe('n');
    expect(evaluate(nodes, { location: 'California', vip: false })).toBe('n');
    expect(evaluate(nodes, {})).toBe('y');
  });

  it('loops with a limit and an empty branch', () => {
    const recs = attr('recommendations', 'list');
    const nodes = [each(recs, [out(item('recommendations', 'name'), '?'), text(';')], [text('none')], 2)];
    expect(evaluate(nodes, { recommendations: [{ name: 'a' }, { name: '' }, { name: 'c' }] })).toBe('a;?;');
    expect(evaluate(nodes, { recommendations: [] })).toBe('none');
    expect(evaluate(nodes, {})).toBe('none');
  });
});
