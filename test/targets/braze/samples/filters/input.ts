// The reference filters, alone and chained, in HTML and text contexts.
import type { FilterCall } from '../../../../../src/ir/nodes.js';
import { attr, filter, out, SPAN, text } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const first = attr('first_name');
const truncate = (length: number): FilterCall => ({ name: 'truncate', length, span: SPAN });
export const description = 'upper, lower, capitalize (emulated), trim, truncate, chains';
export const template = renderedFromParts({
  html: [
    out(first, '-', 'html', [filter('upper')]), text('|'),
    out(first, '-', 'html', [filter('lower')]), text('|'),
    out(first, '-', 'attr', [filter('capitalize')]), text('|'),
    out(first, '-', 'html', [filter('trim'), filter('capitalize'), truncate(6)]), text('|'),
    out(attr('orders_12m', 'number'), '0', 'html', [truncate(2)]),
  ],
  text: [out(first, '-', 'text', [filter('trim'), filter('upper'), truncate(4)])],
});
export const profiles = [
  profile({}, 'none'),
  profile({ first_name: '  ßtraße ÉCOLE  ', orders_12m: 12345 }, 'german-french'),
  profile({ first_name: '𐐨eseret <b>', orders_12m: 2.5 }, 'astral'),
  profile({ first_name: 'ǆemal' }, 'digraph'),
];
