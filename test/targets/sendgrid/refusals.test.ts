// Every sendgrid diagnostic code, triggered by the smallest template that needs it, with the
// position of the construct that caused it. Table-level refusals (filters, date comparisons)
// belong to the analyzer: the capability row says so and emit() refuses to run on them.
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../src/diagnostics/diagnostic.js';
import type { AttributeDef, AttributeSchema } from '../../../src/source/model.js';
import type { Cond, Node, Span } from '../../../src/ir/nodes.js';
import { sendgridCapabilities } from '../../../src/targets/sendgrid/capabilities.js';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import type { TargetContext } from '../../../src/targets/target.js';
import { TEST_ATTRIBUTES } from '../../support/context.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { and, attr, cmp, each, filter, iff, item, or, out, SPAN, text, truthy } from '../../support/nodes.js';
import { sendgridContext } from './context.js';

const AT: Span = { file: 'templates/offer.mjml', line: 7, column: 12, endLine: 7, endColumn: 30 };
const at = <T extends { span: Span }>(x: T): T => ({ ...x, span: AT });
const ifAt = (cond: Cond, body: Node[] = [text('y')]): Node => iff([[at(cond), body]], [text('n')]);
/** An if whose own tag is at AT (chain-level problems point there). */
const ifNodeAt = (cond: Cond, body: Node[] = [text('y')]): Node => ({ kind: 'if', branches: [{ cond, body }], else: [text('n')], span: AT });
const dated = (format: string, name = 'last_order_date', type: 'date' | 'string' = 'date'): Node => ({
  kind: 'output',
  ref: attr(name, type),
  filters: [{ name: 'date', format, span: AT }],
  fallback: '',
  context: 'html',
  span: SPAN,
});

function codes(html: Node[], ctx: TargetContext = sendgridContext(), parts: Record<string, Node[]> = {}) {
  return sendgridTarget.check(renderedFromParts({ html, ...parts }), ctx);
}

function expectCode(diagnostics: ReturnType<typeof codes>, code: string, where: Partial<Span> = { line: AT.line, column: AT.column }) {
  const found = diagnostics.find((d) => d.code === code);
  expect(found, `${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`).toBeDefined();
  expect(found).toMatchObject({ target: 'sendgrid', ...where });
  expect(found!.message.length).toBeGreaterThan(10);
  expect(found!.hint).toBeTruthy();
}

function withAttributes(...defs: Partial<AttributeDef>[]): TargetContext {
  const attributes: AttributeSchema = new Map(TEST_ATTRIBUTES);
  for (const d of defs) {
    const base = TEST_ATTRIBUTES.get(d.name!) ?? TEST_ATTRIBUTES.get('location')!;
    attributes.set(d.name!, { ...base, ...d, esp: { ...base.esp, ...d.esp } } as AttributeDef);
  }
  return { ...sendgridContext(), attributes };
}

describe('sendgrid refusals', () => {
  it('sendgrid-literal-quotes: a value with both quote kinds', () => {
    expectCode(codes([ifAt(cmp(attr('first_name'), '==', `both ' and "`))]), 'sendgrid-literal-quotes');
  });

  it('sendgrid-literal-backslash: a value with a backslash', () => {
    expectCode(codes([ifAt(cmp(attr('location'), '!=', 'a\\b'))]), 'sendgrid-literal-backslash');
  });

  it('sendgrid-number-literal: a number Handlebars cannot write', () => {
    expectCode(codes([ifAt(cmp(attr('orders_12m', 'number'), '==', 1e21))]), 'sendgrid-number-literal');
    expectCode(codes([ifAt(cmp(attr('orders_12m', 'number'), '>', 1e-7))]), 'sendgrid-number-literal');
  });

  it('sendgrid-order-unsupported: ordering strings or booleans', () => {
    expectCode(codes([ifAt(cmp(attr('location'), '<', 'M'))]), 'sendgrid-order-unsupported');
    expectCode(codes([ifAt(cmp(attr('vip', 'boolean'), '>=', true))]), 'sendgrid-order-unsupported');
  });

  it('sendgrid-compare-type: ordering against a value of another type', () => {
    expectCode(codes([ifAt(cmp(attr('orders_12m', 'number'), '>', '5'))]), 'sendgrid-compare-type');
    // == / != against another type are exact without a helper (never / always).
    expect(codes([ifAt(cmp(attr('orders_12m', 'number'), '==', '5'))])).toEqual([]);
  });

  it('sendgrid-date-format: formats formatDate cannot reproduce', () => {
    for (const format of ['%d at %H', '%d%e', '%m%m', '%q', '100%', '[%Y]']) {
      expectCode(codes([dated(format)]), 'sendgrid-date-format');
    }
    expect(codes([dated('%A %e %B %Y, %H:%M (%%)')])).toEqual([]);
    const twice = dated('%Y') as Extract<Node, { kind: 'output' }>;
    expectCode(codes([{ ...twice, filters: [...twice.filters, ...twice.filters] }]), 'sendgrid-date-format');
  });

  it('sendgrid-date-input: the date filter on a value that is not a date', () => {
    expectCode(codes([dated('%Y', 'first_name', 'string')]), 'sendgrid-date-input');
  });

  it('sendgrid-output-list: printing a whole list', () => {
    expectCode(codes([at(out(attr('recommendations', 'list')) as Node & { span: Span })]), 'sendgrid-output-list');
  });

  it('sendgrid-too-many-branches: or/and duplication past the cap', () => {
    const atom = (i: number) => cmp(attr('location'), '==', `city ${i}`);
    const wide = and(...[0, 1, 2, 3, 4, 5].map((i) => or(atom(2 * i), atom(2 * i + 1)))); // 2^6 = 64 copies
    expectCode(codes([ifNodeAt(wide)]), 'sendgrid-too-many-branches');
    expect(codes([ifNodeAt(wide)], sendgridContext({ maxBranches: 64 }))).toEqual([]);
    // Copies multiply through nesting: 8 x 8 > 32.
    const eight = and(or(atom(1), atom(2)), or(atom(3), atom(4)), or(atom(5), atom(6)));
    const inner = ifNodeAt(eight, [text('deep')]);
    const nested = iff([[eight, [inner]]]);
    expectCode(codes([nested]), 'sendgrid-too-many-branches');
    // Far past any budget: refused quickly instead of building the tree.
    const huge = and(...Array.from({ length: 40 }, (_, i) => or(atom(2 * i), atom(2 * i + 1))));
    const started = Date.now();
    expectCode(codes([ifNodeAt(huge)]), 'sendgrid-too-many-branches');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('sendgrid-field-name: data keys that are not plain names', () => {
    expectCode(codes([out(attr('first_name'))], withAttributes({ name: 'first_name', esp: { sendgrid: 'first name' } as AttributeDef['esp'] })), 'sendgrid-field-name', { line: SPAN.line });
    expectCode(codes([out(attr('first_name'))], withAttributes({ name: 'first_name', esp: { sendgrid: 'constructor' } as AttributeDef['esp'] })), 'sendgrid-field-name', { line: SPAN.line });
    const badItem = each(attr('recommendations', 'list'), [at(out(item('recommendations', 'bad.field')) as Node & { span: Span })]);
    expectCode(codes([badItem]), 'sendgrid-field-name');
    const segment: Cond = { kind: 'segment', name: 'vips', cond: truthy(attr('vip', 'boolean')), span: AT };
    expectCode(codes([ifAt(segment)], sendgridContext({ segmentFields: { vips: 'is vip' } })), 'sendgrid-field-name');
    expect(codes([out(attr('first_name'))], withAttributes({ name: 'first_name', esp: { sendgrid: 'user.first-name' } as AttributeDef['esp'] }))).toEqual([]);
  });

  it('sendgrid-name-clash: two attributes on the same or overlapping keys', () => {
    const declared: Span = { ...SPAN, file: 'rules/attributes.yaml', line: 4 };
    const ctx = withAttributes({ name: 'location', esp: { sendgrid: 'first_name' } as AttributeDef['esp'], span: declared });
    expectCode(codes([out(attr('first_name')), out(attr('location'))], ctx), 'sendgrid-name-clash', { file: 'rules/attributes.yaml', line: 4 });
    const nested = withAttributes(
      { name: 'first_name', esp: { sendgrid: 'user' } as AttributeDef['esp'] },
      { name: 'location', esp: { sendgrid: 'user.city' } as AttributeDef['esp'], span: declared },
    );
    expectCode(codes([out(attr('first_name')), out(attr('location'))], nested), 'sendgrid-name-clash', { line: 4 });
  });

  it('sendgrid-outer-loop-item: an outer loop item read inside an inner loop', () => {
    const inner = each(attr('recommendations', 'list'), [at(out(item('recommendations', 'name', 'string', 'outer')) as Node & { span: Span })], [], 2, 'inner');
    const outer = each(attr('recommendations', 'list'), [inner], [], 2, 'outer');
    expectCode(codes([outer]), 'sendgrid-outer-loop-item');
  });

  it('sendgrid-loop-limit: a limit that is not a whole number', () => {
    const loop = (limit: number): Node => ({ ...(each(attr('recommendations', 'list'), [text('x')], [], limit) as Node & { span: Span }), span: AT });
    expectCode(codes([loop(-1)]), 'sendgrid-loop-limit');
    expectCode(codes([loop(2.5)]), 'sendgrid-loop-limit');
  });

  it('sendgrid-static-brace: "{" right before a value in plain text', () => {
    const subject = [{ kind: 'static', text: 'Deal {', span: AT } as Node, out(attr('first_name'), '', 'text'), text('}')];
    expectCode(codes([], sendgridContext(), { subject }), 'sendgrid-static-brace');
    // In HTML a character reference does it.
    expect(codes([text('{'), out(attr('first_name')), text('}')])).toEqual([]);
  });

  it('sendgrid-unverified-escape (warning): "{{" in plain-text copy', () => {
    const diagnostics = codes([], sendgridContext(), { text: [{ kind: 'static', text: 'Use {{code}}', span: AT } as Node] });
    expectCode(diagnostics, 'sendgrid-unverified-escape');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('leaves table-level refusals to the analyzer, and emit() will not run on them', () => {
    for (const f of ['filter-upper', 'filter-lower', 'filter-capitalize', 'filter-trim', 'filter-truncate', 'order-date', 'equals-date'] as const) {
      expect(sendgridCapabilities[f].level).toBe('refused');
    }
    const upper = renderedFromParts({ html: [out(attr('first_name'), '', 'html', [filter('upper')])] });
    expect(sendgridTarget.check(upper, sendgridContext())).toEqual([]);
    expect(() => sendgridTarget.emit(upper, sendgridContext())).toThrow(InternalError);
    const dateCompare = renderedFromParts({ html: [ifAt(cmp(attr('last_order_date', 'date'), '>', '2026-01-01'))] });
    expect(() => sendgridTarget.emit(dateCompare, sendgridContext())).toThrow(InternalError);
  });
});
