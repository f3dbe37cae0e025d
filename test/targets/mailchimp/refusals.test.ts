// Everything check() refuses, one case per diagnostic code, with the line it points at;
// and the refusals left to the capability table (the analyzer reports those).
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../src/diagnostics/diagnostic.js';
import { mailchimpMessages } from '../../../src/diagnostics/messages/mailchimp.js';
import type { Cond, Node } from '../../../src/ir/nodes.js';
import type { AttributeDef } from '../../../src/source/model.js';
import { mailchimpTarget } from '../../../src/targets/mailchimp/index.js';
import type { RenderedTemplate, TargetContext } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { and, attr, cmp, each, filter, iff, item, or, out, seg, text, truthy } from '../../support/nodes.js';
import { contextWith, onLine, refusedByTable, spanAt } from './helpers.js';

const stage = attr('lifecycle_stage', 'enum');
const seen = new Set<string>();

function codesOf(template: RenderedTemplate, ctx: TargetContext = TEST_CONTEXT): { code: string; line: number; severity: string }[] {
  const diagnostics = mailchimpTarget.check(template, ctx);
  for (const d of diagnostics) {
    seen.add(d.code);
    expect(d.hint, d.code).toBeTruthy();
    expect(d.target).toBe('mailchimp');
  }
  return diagnostics.map((d) => ({ code: d.code, line: d.line, severity: d.severity }));
}

const html = (...nodes: Node[]) => renderedFromParts({ html: nodes });
const onIf = (line: number, cond: Cond) => iff([[onLine(line, cond), [text('x')]]]);
const err = (code: string, line: number) => ({ code, line, severity: 'error' });

function withAttributes(...defs: Partial<AttributeDef>[]): TargetContext {
  const attributes = new Map(TEST_CONTEXT.attributes);
  for (const d of defs) {
    const base = { type: 'string', span: spanAt(30), esp: { sfmc: d.name!, mailchimp: d.name!.toUpperCase(), braze: d.name!, sendgrid: d.name!, amp: d.name! } };
    attributes.set(d.name!, { ...base, ...d, esp: { ...base.esp, ...d.esp } } as AttributeDef);
  }
  return { ...TEST_CONTEXT, attributes };
}

describe('mailchimp refusals', () => {
  it('free-text equality (case handling of = is undocumented)', () => {
    expect(codesOf(html(onIf(3, cmp(attr('location'), '==', 'California'))))).toEqual([err('mailchimp-string-equality', 3)]);
    expect(codesOf(html(onIf(4, cmp(attr('email', 'email'), '!=', 'a@b.c'))))).toEqual([err('mailchimp-string-equality', 4)]);
    const loop = each(attr('recommendations', 'list'), [onIf(6, cmp(item('recommendations', 'name'), '==', 'Cap'))]);
    expect(codesOf(html(loop))).toEqual([err('mailchimp-string-equality', 6)]);
    // An enum without declared values is free text too.
    const ctx = withAttributes({ name: 'tier', type: 'enum', esp: { mailchimp: 'TIER' } as AttributeDef['esp'] });
    expect(codesOf(html(onIf(7, cmp(attr('tier', 'enum'), '==', 'gold'))), ctx)).toEqual([err('mailchimp-string-equality', 7)]);
  });

  it('enum values that differ from a declared one only in case or spaces', () => {
    expect(codesOf(html(onIf(5, cmp(stage, '==', 'Active'))))).toEqual([err('mailchimp-enum-case', 5)]);
    expect(codesOf(html(onIf(5, cmp(stage, '!=', 'NEW'))))).toEqual([err('mailchimp-enum-case', 5)]);
    // A value that is no declared spelling at all is simply never equal: accepted.
    expect(codesOf(html(onIf(5, cmp(stage, '==', 'vip'))))).toEqual([]);
  });

  it('comparison values that cannot be written after = in a merge tag', () => {
    for (const value of ['a|b', 'a*b', 'a=b', 'a!', ' new', 'new ', 'two\nlines', '']) {
      expect(codesOf(html(onIf(8, cmp(stage, '==', value)))), JSON.stringify(value)).toEqual([err('mailchimp-comparison-value', 8)]);
    }
    expect(codesOf(html(onIf(9, cmp(attr('orders_12m', 'number'), '==', Number.POSITIVE_INFINITY))))).toEqual([err('mailchimp-comparison-value', 9)]);
  });

  it('ordering operators on text and booleans (numbers and dates: capability table)', () => {
    expect(codesOf(html(onIf(2, cmp(attr('location'), '<', 'M'))))).toEqual([err('mailchimp-order-comparison', 2)]);
    expect(codesOf(html(onIf(2, cmp(attr('vip', 'boolean'), '>=', true))))).toEqual([err('mailchimp-order-comparison', 2)]);
  });

  it('a value of the wrong type (Mailchimp compares text: "5" would equal 5)', () => {
    expect(codesOf(html(onIf(3, cmp(attr('orders_12m', 'number'), '==', '5'))))).toEqual([err('mailchimp-literal-type', 3)]);
    expect(codesOf(html(onIf(3, cmp(attr('vip', 'boolean'), '==', 'true'))))).toEqual([err('mailchimp-literal-type', 3)]);
    expect(codesOf(html(onIf(3, cmp(stage, '==', 1))))).toEqual([err('mailchimp-literal-type', 3)]);
  });

  it('a list used as one value', () => {
    const recs = attr('recommendations', 'list');
    expect(codesOf(html(onLine(4, out(recs))))).toEqual([err('mailchimp-list-value', 4)]);
    expect(codesOf(html(onIf(5, cmp(recs, '==', 'x'))))).toEqual([err('mailchimp-list-value', 5)]);
  });

  it('a decision tree beyond target.mailchimp.maxBranches, naming the line', () => {
    const names = ['first_name', 'location', 'email', 'profile_url', 'last_order_date'];
    const wide = onLine(12, iff([[and(...names.map((n) => or(truthy(attr(n)), cmp(stage, '==', 'new')))), [text('x')]]], [text('y')]));
    expect(codesOf(html(wide), contextWith({ maxBranches: 4 }))).toEqual([err('mailchimp-branch-limit', 12)]);
    expect(mailchimpTarget.check(html(wide), contextWith({ maxBranches: 4 }))[0]!.message).toMatch(/needs \d+ branches .*maxBranches = 4/);
    expect(codesOf(html(wide), contextWith({ maxBranches: 64 }))).toEqual([]);
    // != on a maybe-empty field repeats its content: counted too.
    const ne = onLine(13, iff([[cmp(stage, '!=', 'new'), [text('x')]]]));
    expect(codesOf(html(ne), contextWith({ maxBranches: 3 }))).toEqual([]);
    expect(codesOf(html(ne), contextWith({ maxBranches: 2 }))).toEqual([err('mailchimp-branch-limit', 13)]);
  });

  it('invalid merge tags of attributes and segment fields, at their definition', () => {
    const ctx = withAttributes(
      { name: 'nick', esp: { mailchimp: 'nick' } as AttributeDef['esp'], span: spanAt(31) },
      { name: 'tier', esp: { mailchimp: 'LOYALTYTIER' } as AttributeDef['esp'], span: spanAt(32) },
      { name: 'kw', esp: { mailchimp: 'ELSE' } as AttributeDef['esp'], span: spanAt(33) },
    );
    const template = html(out(attr('nick')), out(attr('tier')), out(attr('kw')));
    expect(codesOf(template, ctx)).toEqual([err('mailchimp-tag-invalid', 31), err('mailchimp-tag-invalid', 32), err('mailchimp-tag-invalid', 33)]);
    const segCtx = contextWith({ segments: { frequent: 'Freq-Buyer' } });
    expect(codesOf(html(onIf(3, seg('frequent', truthy(attr('vip', 'boolean'))))), segCtx)).toEqual([err('mailchimp-tag-invalid', 40)]);
  });

  it('numbered item tags longer than 10 characters', () => {
    const ctx = withAttributes({ name: 'picks', type: 'list', max: 12, items: { name: 'string', thumbnail: 'url' }, esp: { mailchimp: 'PICK' } as AttributeDef['esp'] });
    const loop = (limit: number) => onLine(9, each(attr('picks', 'list'), [out(item('picks', 'thumbnail'))], [], limit));
    // PICK9THUMBNAIL is 14 characters; PICK1NAME fits.
    expect(codesOf(html(loop(2)), ctx).map((d) => d.code)).toEqual(['mailchimp-loop-tag-too-long', 'mailchimp-loop-tag-too-long']);
    expect(mailchimpTarget.check(html(loop(2)), ctx)[0]!.line).toBe(9);
    const nameOnly = withAttributes({ name: 'picks', type: 'list', max: 12, items: { name: 'string' }, esp: { mailchimp: 'PICKS' } as AttributeDef['esp'] });
    // PICKS9NAME is 10 characters (fits); PICKS10NAME is 11.
    const l = onLine(9, each(attr('picks', 'list'), [out(item('picks', 'name'))], [], 10));
    expect(codesOf(html(l), nameOnly)).toEqual([err('mailchimp-loop-tag-too-long', 9)]);
  });

  it('a list without item fields has nothing to mark an item present', () => {
    const ctx = withAttributes({ name: 'tags', type: 'list', max: 3, esp: { mailchimp: 'TAG' } as AttributeDef['esp'] });
    expect(codesOf(html(onLine(4, each(attr('tags', 'list'), [text('x')]))), ctx)).toEqual([err('mailchimp-loop-no-fields', 4)]);
    expect(codesOf(html(onIf(5, truthy(attr('tags', 'list')))), ctx)).toEqual([err('mailchimp-loop-no-fields', 5)]);
  });

  it('two owners of one merge tag', () => {
    const ctx = withAttributes({ name: 'given_name', esp: { mailchimp: 'FNAME' } as AttributeDef['esp'] }, { name: 'rec_name', esp: { mailchimp: 'REC1NAME' } as AttributeDef['esp'] });
    expect(codesOf(html(onLine(6, out(attr('first_name')))), ctx)).toEqual([err('mailchimp-tag-collision', 6)]);
    const loop = onLine(7, each(attr('recommendations', 'list'), [out(item('recommendations', 'name'))], [], 1));
    expect(codesOf(html(loop), ctx)).toEqual([err('mailchimp-tag-collision', 7)]);
  });

  it('static delimiters where there is no escape: plain-text parts, <style>, <script>', () => {
    const subject = renderedFromParts({ subject: [{ kind: 'static', text: 'Use *|FNAME|* now', span: spanAt(2) }] });
    expect(codesOf(subject)).toEqual([err('mailchimp-static-delimiter', 2)]);
    const textPart = renderedFromParts({ text: [text('a |* b')] });
    expect(codesOf(textPart)).toEqual([err('mailchimp-static-delimiter', 1)]);
    const style = html(text('<p>*|ok|*</p><style>*|div { color: red }</style><script>x = "|*"</script><p>*|ok|*</p>'));
    expect(codesOf(style)).toEqual([err('mailchimp-static-delimiter', 1)]);
    // The <style> element opened in one static text is still open in the next.
    const split = html(text('<style type="text/css">'), out(attr('first_name')), { kind: 'static', text: 'a *| b</style><p>*|x</p>', span: spanAt(7) });
    expect(codesOf(split)).toEqual([err('mailchimp-static-delimiter', 7)]);
    const closed = html(text('<style>a</style>'), out(attr('first_name')), text('<p>*|x</p>'));
    expect(codesOf(closed)).toEqual([]);
    expect(mailchimpTarget.emit(closed, TEST_CONTEXT).html).toBe('<style>a</style>*|FNAME|*<p>&#42;|x</p>');
    const script = html(text('<script>x = "|*"</script>'));
    expect(codesOf(script)).toEqual([err('mailchimp-static-delimiter', 1)]);
    // Harmless texts that form a delimiter where they meet, in a plain-text part.
    const joined = renderedFromParts({ text: [text('a'), { kind: 'static', text: '5 |', span: spanAt(4) }, text('* b')] });
    expect(codesOf(joined)).toEqual([err('mailchimp-static-delimiter', 4)]);
    expect(mailchimpTarget.check(joined, TEST_CONTEXT)[0]!.message).toMatch(/text part, where two texts meet contains "\|\*"/);
    const withFallback = renderedFromParts({ subject: [iff([[truthy(attr('first_name')), [text('|')]]], [text('x|'), out(attr('first_name'), '*', 'text')])] });
    expect(codesOf(withFallback).map((d) => d.code)).toEqual(['mailchimp-static-delimiter']);
    expect(mailchimpTarget.check(style, TEST_CONTEXT).map((d) => d.message).join('\n')).toMatch(/<style> or <script>/);
  });

  it('fallbacks with delimiters in plain-text parts', () => {
    const t = renderedFromParts({ preheader: [onLine(3, out(attr('first_name'), 'star *| pipe', 'text'))] });
    expect(codesOf(t)).toEqual([err('mailchimp-fallback-delimiter', 3)]);
  });

  it('leaves table-level refusals to the analyzer, and emit() treats them as bugs', () => {
    const ordering = html(iff([[cmp(attr('orders_12m', 'number'), '>=', 5), [text('x')]]]));
    const dates = html(iff([[cmp(attr('last_order_date', 'date'), '==', '2026-01-01'), [text('x')]]]));
    const filtered = html(out(attr('first_name'), 'there', 'html', [filter('upper')]));
    for (const [template, feature] of [[ordering, 'order-number'], [dates, 'equals-date'], [filtered, 'filter-upper']] as const) {
      expect(mailchimpTarget.check(template, TEST_CONTEXT)).toEqual([]);
      expect(refusedByTable(template)).toEqual([feature]);
      expect(() => mailchimpTarget.emit(template, TEST_CONTEXT)).toThrow(InternalError);
    }
  });

  it('covers every mailchimp diagnostic code', () => {
    expect([...seen].sort()).toEqual(Object.keys(mailchimpMessages).sort());
  });
});
