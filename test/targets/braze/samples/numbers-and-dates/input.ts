// Ordering on numbers (guarded, coerced) and dates (epoch seconds); a formatted date.
import type { FilterCall } from '../../../../../src/ir/nodes.js';
import { attr, cmp, iff, out, SPAN, text } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const orders = attr('orders_12m', 'number');
const lastOrder = attr('last_order_date', 'date');
const date = (format: string): FilterCall => ({ name: 'date', format, span: SPAN });
export const description = 'number and date comparisons, date formats with %e and %%';
export const template = renderedFromParts({
  html: [
    iff([[cmp(orders, '>=', 5), [text('frequent')]], [cmp(orders, '<', 2.5), [text('few')]], [cmp(orders, '!=', 3), [text('not three')]]], [text('three')]),
    text(' | '),
    iff([[cmp(lastOrder, '>', '2026-01-01'), [text('recent')]], [cmp(lastOrder, '==', '2025-12-31T00:00:00Z'), [text('new year eve')]]], [text('older or none')]),
    text(' | last order: '),
    out(lastOrder, 'never', 'html', [date('%A %e %B %Y, %H:%M (100%%)')]),
  ],
});
export const profiles = [
  profile({}, 'none'),
  profile({ orders_12m: 0, last_order_date: '2025-12-31' }, 'zero'),
  profile({ orders_12m: 2.5, last_order_date: '2026-06-01T10:30:00Z' }, 'fraction'),
  profile({ orders_12m: 3, last_order_date: '2026-01-01T00:00:00Z' }, 'three'),
  profile({ orders_12m: 7, last_order_date: '2026-01-05' }, 'seven'),
  profile({ orders_12m: -3 }, 'negative'),
];
