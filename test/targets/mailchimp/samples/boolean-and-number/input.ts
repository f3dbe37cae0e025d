// Booleans are stored as true/false; numbers compare as their decimal text.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, cmp, iff, out, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const vip = attr('vip', 'boolean');
const orders = attr('orders_12m', 'number');
export const sample: Sample = {
  template: renderedFromParts({
    html: [
      iff([[truthy(vip), [text('[vip]')]]]),
      iff([[cmp(vip, '==', false), [text('[not vip]')]]]),
      iff([[cmp(vip, '!=', true), [text('[vip unknown or false]')]]]),
      iff([[cmp(orders, '==', 0), [text('[no orders]')]], [cmp(orders, '==', 2.5), [text('[two and a half]')]]]),
      iff([[truthy(orders), [text('[orders: '), out(orders, '0'), text(']')]]]),
      text(' vip='), out(vip, 'unknown'),
    ],
  }),
};
