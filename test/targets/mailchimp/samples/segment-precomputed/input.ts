// A segment read from a precomputed merge field (fields: { mailchimp: FREQBUYER }).
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, cmp, iff, seg, text } from '../../../../support/nodes.js';
import { contextWith, SAMPLE_PROFILES, type Sample } from '../../helpers.js';

export const sample: Sample = {
  template: renderedFromParts({
    html: [iff([[seg('frequent_buyers', cmp(attr('orders_12m', 'number'), '>=', 5)), [text('VIP20')]]], [text('WELCOME')])],
  }),
  ctx: contextWith({ segments: { frequent_buyers: 'FREQBUYER' } }),
  profiles: SAMPLE_PROFILES,
};
