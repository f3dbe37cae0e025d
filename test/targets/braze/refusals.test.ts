// What the braze target refuses, by diagnostic code, with the template position.
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/diagnostics/catalog.js';
import { brazeMessages } from '../../../src/diagnostics/messages/braze.js';
import type { Cond, FilterCall, Node, Span } from '../../../src/ir/nodes.js';
import type { SegmentDef } from '../../../src/source/model.js';
import { brazeTarget } from '../../../src/targets/braze/index.js';
import type { RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { TEST_ATTRIBUTES, TEST_CONTEXT } from '../../support/context.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, each, filter, iff, item, out, seg, SPAN, text, truthy } from '../../support/nodes.js';

const at = (line: number): Span => ({ ...SPAN, line, endLine: line });
const date = (format: string, line = 1): FilterCall => ({ name: 'date', format, span: at(line) });
const truncate = (length: number): FilterCall => ({ name: 'truncate', length, span: SPAN });
const html = (...nodes: Node[]) => renderedFromParts({ html: nodes });
const ifAt = (cond: Cond, line: number): Node => ({ ...iff([[cond, [text('x')]]]), span: at(line) });
const outAt = (node: Node, line: number): Node => ({ ...node, span: at(line) } as Node);
const withBrazeName = (name: string, braze: string): TargetContext => {
  const attributes = new Map(TEST_ATTRIBUTES);
  attributes.set(name, { ...TEST_ATTRIBUTES.get(name)!, esp: { ...TEST_ATTRIBUTES.get(name)!.esp, braze }, span: at(7) });
  return { ...TEST_CONTEXT, attributes };
};

const cases: [DiagnosticCode, RenderedTemplate, TargetContext?][] = [
  ['braze-attribute-name', html(out(attr('first_name'))), withBrazeName('first_name', 'first_name')],
  ['braze-attribute-name', html(out(attr('first_name'))), withBrazeName('first_name', '${first "name"}')],
  ['braze-unknown-accessor', html(out(attr('location'))), withBrazeName('location', '${location}')],
  ['braze-unknown-accessor', html(out(attr('location'))), withBrazeName('location', 'custom_attributes.${location}')],
  ['braze-liquid-in-comment', html(text('<!--[if mso]><td>'), outAt(out(attr('first_name')), 3), text('</td><![endif]-->'))],
  ['braze-liquid-in-comment', html(text('<!-- '), ifAt(truthy(attr('vip', 'boolean')), 3), text(' -->'))],
  ['braze-comment-across-logic', html({ ...iff([[truthy(attr('vip', 'boolean')), [text('<!--[if mso]>')]]]), span: at(3) }, text('<![endif]-->'))],
  ['braze-delimiter-in-comment', html({ kind: 'static', text: '<!-- {{ price }} -->', span: at(3) })],
  ['braze-delimiter-in-comment', html({ kind: 'static', text: '<!-- ${x} -->', span: at(3) })],
  ['braze-date-output', html(outAt(out(attr('last_order_date', 'date')), 3))],
  ['braze-date-output', html(outAt(out(attr('last_order_date', 'date'), '', 'html', [filter('upper'), date('%Y')]), 3))],
  ['braze-date-filter-type', html(out(attr('first_name'), '', 'html', [date('%Y', 3)]))],
  ['braze-date-format', html(out(attr('last_order_date', 'date'), '', 'html', [date('%Y-%j', 3)]))],
  ['braze-date-format', html(out(attr('last_order_date', 'date'), '', 'html', [date('100%', 3)]))],
  ['braze-date-format', html(out(attr('last_order_date', 'date'), '', 'html', [date('%-d', 3)]))],
  ['braze-date-literal', html(ifAt(cmp(attr('last_order_date', 'date'), '>', 'next week'), 3))],
  ['braze-date-literal', html(ifAt(cmp(attr('last_order_date', 'date'), '>', '2026-01-01T00:00:00.250Z'), 3))],
  ['braze-string-ordering', html(ifAt(cmp(attr('first_name'), '<', 'M'), 3))],
  ['braze-string-ordering', html(ifAt(cmp(attr('vip', 'boolean'), '>', false), 3))],
  ['braze-literal-type', html(ifAt(cmp(attr('orders_12m', 'number'), '==', '5'), 3))],
  ['braze-literal-type', html(ifAt(cmp(attr('first_name'), '==', 5), 3))],
  ['braze-literal-type', html(ifAt(cmp(attr('recommendations', 'list'), '==', 'x'), 3))],
  ['braze-number-literal', html(ifAt(cmp(attr('orders_12m', 'number'), '>', 1e21), 3))],
  ['braze-number-literal', html(ifAt(cmp(attr('orders_12m', 'number'), '>', Infinity), 3))],
  ['braze-output-list', html(outAt(out(attr('recommendations', 'list')), 3))],
  ['braze-field-name', html(each(attr('recommendations', 'list'), [out({ ...item('recommendations', 'size'), span: at(3) })]))],
  ['braze-field-name', html(each(attr('recommendations', 'list'), [out({ ...item('recommendations', 'a"b'), span: at(3) })]))],
  ['braze-loop-limit', html({ ...each(attr('recommendations', 'list'), [text('x')], [], 0), span: at(3) })],
  ['braze-truncate-length', html(out(attr('first_name'), '', 'html', [truncate(-1)]))],
  ['braze-liquid-outside-body', html(text('<html><head><title>'), outAt(out(attr('first_name'), '', 'text'), 3), text('</title></head><body>x</body></html>'))],
];

describe('braze refusals', () => {
  it('has a case for every braze diagnostic', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(Object.keys(brazeMessages)));
  });

  it.each(cases.map(([code, template, ctx], i) => [`${code} #${i}`, code, template, ctx] as const))('%s', (_name, code, template, ctx) => {
    const diagnostics = brazeTarget.check(template, ctx ?? TEST_CONTEXT);
    const hit = diagnostics.find((d) => d.code === code);
    expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(hit!.target).toBe('braze');
    expect(hit!.file).toBe('templates/test.mjml');
    expect(hit!.line).toBeGreaterThanOrEqual(1);
    expect(hit!.hint).toBeTruthy();
    if (hit!.line !== 1) expect([3, 7]).toContain(hit!.line);
  });

  it('reports a refused attribute name at its declaration', () => {
    const [d] = brazeTarget.check(html(out(attr('first_name'))), withBrazeName('first_name', 'first_name'));
    expect(d).toMatchObject({ code: 'braze-attribute-name', line: 7 });
  });

  it('reports a segment field that is not a Braze accessor', () => {
    const segment: SegmentDef = { name: 'vips', expression: { value: 'x', span: SPAN }, fields: { braze: 'vips' }, span: at(9) };
    const ctx = { ...TEST_CONTEXT, segments: new Map([['vips', segment]]) };
    const diagnostics = brazeTarget.check(html(ifAt(seg('vips', truthy(attr('vip', 'boolean'))), 3)), ctx);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'braze-attribute-name', line: 9 })]);
  });

  it('reports one diagnostic for a node present in several parts', () => {
    const node = outAt(out(attr('last_order_date', 'date')), 3);
    const diagnostics = brazeTarget.check(renderedFromParts({ html: [node], text: [node], subject: [node] }), TEST_CONTEXT);
    expect(diagnostics.filter((d) => d.code === 'braze-date-output')).toHaveLength(1);
  });

  it('accepts what it can express', () => {
    const template = renderedFromParts({
      html: [
        text('<html><body><!--[if mso]><table><![endif]-->'),
        out(attr('last_order_date', 'date'), 'never', 'html', [date('%e %B %Y (%%)'), filter('upper')]),
        iff([[cmp(attr('last_order_date', 'date'), '>=', '2026-01-01'), [text('<!-- new -->')]]]),
        each(attr('recommendations', 'list'), [out(item('recommendations', 'name'))], [], 4),
        text('</body></html>'),
      ],
    });
    expect(brazeTarget.check(template, TEST_CONTEXT)).toEqual([]);
  });
});
