// A segment precomputed for SFMC (`fields: { sfmc: FIELD }` in rules/segments.yaml) is read
// from that subscriber attribute and tested for exactly "yes"; its condition is not written.
import { describe, expect, it } from 'vitest';
import type { SegmentDef } from '../../../src/source/model.js';
import { sfmcTarget } from '../../../src/targets/sfmc/index.js';
import type { TargetContext } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { expectEquivalent, profile, renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, iff, seg, SPAN, text } from '../../support/nodes.js';

const frequent: SegmentDef = { name: 'frequent', expression: { value: 'profile.orders_12m >= 5', span: SPAN }, fields: { sfmc: 'FrequentBuyer' }, span: SPAN };
const ctx: TargetContext = { ...TEST_CONTEXT, segments: new Map([['frequent', frequent]]) };

const orders = attr('orders_12m', 'number');
const template = renderedFromParts({
  html: [iff([[seg('frequent', cmp(orders, '>=', 5)), [text('welcome back')]]], [text('hello')])],
  subject: [iff([[seg('plain', cmp(orders, '>=', 5)), [text('thanks')]]])],
});

describe('sfmc precomputed segments', () => {
  it('reads membership from the field and writes no condition for it', () => {
    expect(sfmcTarget.check(template, ctx)).toEqual([]);
    const emitted = sfmcTarget.emit(template, ctx);
    expect(emitted.html).toContain('AttributeValue("FrequentBuyer")');
    expect(emitted.html).not.toContain('AttributeValue("orders_12m")');
    // A segment without an sfmc field is written out as its condition.
    expect(emitted.subject).toContain('AttributeValue("orders_12m")');
  });

  it('does not check a condition it never writes (one sfmc cannot write is accepted when precomputed)', () => {
    const name = attr('first_name', 'string');
    const vip: SegmentDef = { name: 'vip', expression: { value: 'profile.first_name >= "M"', span: SPAN }, fields: { sfmc: 'Vip' }, span: SPAN };
    const withVip: TargetContext = { ...ctx, segments: new Map([['vip', vip]]) };
    const byName = renderedFromParts({ html: [iff([[seg('vip', cmp(name, '>=', 'M')), [text('hi')]]])] });
    expect(sfmcTarget.check(byName, withVip)).toEqual([]);
    // Without the field the condition is written, and refused.
    expect(sfmcTarget.check(byName, TEST_CONTEXT).map((d) => d.code)).toEqual(['sfmc-string-order']);
  });

  it('equals the reference for members and non-members', async () => {
    await expectEquivalent(sfmcTarget, template, [profile({ orders_12m: 6 }), profile({ orders_12m: 2 }), profile({})], ctx);
  });
});
