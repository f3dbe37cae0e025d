// A segment read from a precomputed Braze field ("yes" for members) instead of its condition.
import { DEFAULT_CONFIG } from '../../../../../src/config/defaults.js';
import type { SegmentDef } from '../../../../../src/source/model.js';
import { attr, cmp, iff, seg, SPAN, text } from '../../../../support/nodes.js';
import { TEST_ATTRIBUTES } from '../../../../support/context.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const frequent: SegmentDef = {
  name: 'frequent_buyers',
  expression: { value: 'profile.orders_12m >= 5', span: SPAN },
  fields: { braze: 'custom_attribute.${frequent_buyer}' },
  span: SPAN,
};
export const description = 'segment.frequent_buyers read from custom_attribute.${frequent_buyer}';
export const ctx = { attributes: TEST_ATTRIBUTES, config: DEFAULT_CONFIG, segments: new Map([['frequent_buyers', frequent]]) };
export const template = renderedFromParts({
  html: [iff([[seg('frequent_buyers', cmp(attr('orders_12m', 'number'), '>=', 5)), [text('VIP20')]]], [text('no code')])],
});
export const profiles = [profile({}, 'none'), profile({ orders_12m: 5 }, 'five'), profile({ orders_12m: 4 }, 'four')];
