// check(): what the sfmc target refuses, by code, with the template position.
import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/ir/nodes.js';
import { sfmcTarget } from '../../../src/targets/sfmc/index.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, each, iff, out, SPAN, text } from '../../support/nodes.js';

const codes = (html: Node[]) => sfmcTarget.check(renderedFromParts({ html, text: html }), TEST_CONTEXT).map((d) => d.code);
const at = { ...SPAN, line: 7, column: 3 };

describe('sfmc check()', () => {
  it('accepts what it can write exactly', () => {
    expect(codes([iff([[cmp(attr('orders_12m', 'number'), '<', 2.5), [text('x')]]]), out(attr('first_name'), 'there')])).toEqual([]);
  });

  it('refuses ordering comparisons on text (culture order, case-insensitive)', () => {
    expect(codes([iff([[cmp(attr('first_name'), '<', 'M'), [text('x')]]])])).toEqual(['sfmc-string-order']);
  });

  it('refuses ordering comparisons on booleans', () => {
    expect(codes([iff([[cmp(attr('vip', 'boolean'), '>', false), [text('x')]]])])).toEqual(['sfmc-boolean-order']);
  });

  it('refuses literals of another type', () => {
    expect(codes([iff([[cmp(attr('orders_12m', 'number'), '==', '5'), [text('x')]]])])).toEqual(['sfmc-literal-type']);
    expect(codes([iff([[cmp(attr('first_name'), '==', 5), [text('x')]]])])).toEqual(['sfmc-literal-type']);
  });

  it('refuses dates it cannot read', () => {
    expect(codes([iff([[cmp(attr('last_order_date', 'date'), '<', 'next tuesday'), [text('x')]]])])).toEqual(['sfmc-date-literal']);
  });

  it('refuses printing a date without formatting it first', () => {
    expect(codes([out(attr('last_order_date', 'date'))])).toEqual(['sfmc-date-output']);
    expect(codes([out(attr('last_order_date', 'date'), '', 'html', [{ name: 'upper', span: SPAN }, { name: 'date', format: '%Y', span: SPAN }])])).toEqual(['sfmc-date-filter-input']);
    expect(codes([out(attr('first_name'), '', 'html', [{ name: 'date', format: '%Y', span: SPAN }])])).toEqual(['sfmc-date-filter-input']);
  });

  it('refuses list values outside loops and out-of-range loop limits', () => {
    expect(codes([out(attr('recommendations', 'list'))])).toEqual(['sfmc-list-value']);
    expect(codes([each(attr('recommendations', 'list'), [text('x')], [], 5000)])).toEqual(['sfmc-loop-limit']);
  });

  it('names the template line, the target and what to do', () => {
    const node: Node = { kind: 'if', branches: [{ cond: { kind: 'compare', op: '>=', ref: attr('first_name'), value: 'M', span: at }, body: [] }], else: null, span: at };
    const [d] = sfmcTarget.check(renderedFromParts({ html: [node] }), TEST_CONTEXT);
    expect(d).toMatchObject({ code: 'sfmc-string-order', file: 'templates/test.mjml', line: 7, column: 3, target: 'sfmc', severity: 'error' });
    expect(d!.hint).toBeTruthy();
  });
});
