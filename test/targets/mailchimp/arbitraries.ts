// Condition trees built only from what the mailchimp target supports (the shared condArb
// mostly yields free-text and ordering atoms, which it refuses), including segments read
// from precomputed fields and conditions on list presence.
import fc from 'fast-check';
import type { Cond, Literal } from '../../../src/ir/nodes.js';
import { and, attr, cmp, not, or, seg, truthy } from '../../support/nodes.js';
import { contextWith } from './helpers.js';

/** The context the segments below need: frequent_buyers read from FREQBUYER. */
export const SEGMENT_CONTEXT = contextWith({ maxBranches: 256, segments: { frequent_buyers: 'FREQBUYER' } });

const eqOp = fc.constantFrom<'==' | '!='>('==', '!=');
const stage = attr('lifecycle_stage', 'enum');
const orders = attr('orders_12m', 'number');
const vip = attr('vip', 'boolean');

const supportedAtom: fc.Arbitrary<Cond> = fc.oneof(
  fc.tuple(eqOp, fc.constantFrom('new', 'active', 'lapsed', 'vip')).map(([op, v]) => cmp(stage, op, v)),
  fc.tuple(eqOp, fc.constantFrom<Literal>(0, 1, 5, 2.5, -3)).map(([op, v]) => cmp(orders, op, v)),
  fc.tuple(eqOp, fc.boolean()).map(([op, v]) => cmp(vip, op, v)),
  fc
    .constantFrom(
      ['first_name', 'string'],
      ['location', 'string'],
      ['email', 'email'],
      ['lifecycle_stage', 'enum'],
      ['orders_12m', 'number'],
      ['vip', 'boolean'],
      ['last_order_date', 'date'],
      ['recommendations', 'list'],
    )
    .map(([n, t]) => truthy(attr(n!, t as Parameters<typeof attr>[1]))),
  // Opaque: its condition (an ordering) is never lowered, only its field is read.
  fc.constant(seg('frequent_buyers', cmp(orders, '>=', 5))),
  fc.constant<Cond>({ kind: 'const', value: true, span: stage.span }),
);

export const supportedCondArb: fc.Arbitrary<Cond> = fc.letrec<{ cond: Cond }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    supportedAtom,
    fc.array(tie('cond'), { minLength: 2, maxLength: 3 }).map((items) => and(...items)),
    fc.array(tie('cond'), { minLength: 2, maxLength: 3 }).map((items) => or(...items)),
    tie('cond').map((c) => not(c)),
    tie('cond').map((c) => seg('named', c)),
  ),
})).cond;
