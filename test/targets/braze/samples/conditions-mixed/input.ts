// Mixed and/or/not: flags for what Liquid cannot say in one tag, and an elsif chain.
import { and, attr, cmp, iff, not, or, text, truthy } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const vip = attr('vip', 'boolean');
const location = attr('location');
const stage = attr('lifecycle_stage', 'enum');
export const description = 'and/or/not lowered to single-kind chains and flags';
export const template = renderedFromParts({
  html: [
    iff(
      [
        [and(cmp(location, '==', 'California'), cmp(stage, '==', 'active')), [text('sunshine')]],
        [or(and(truthy(vip), not(cmp(stage, '==', 'lapsed'))), cmp(location, '!=', 'Texas')), [text('vip-or-not-texas')]],
        [not(or(truthy(attr('first_name')), cmp(vip, '==', false))), [text('anonymous')]],
      ],
      [text('default')],
    ),
  ],
});
export const profiles = [
  profile({}, 'none'),
  profile({ location: 'California', lifecycle_stage: 'active' }, 'ca-active'),
  profile({ location: 'Texas', vip: true, lifecycle_stage: 'new' }, 'tx-vip'),
  profile({ location: 'Texas', vip: true, lifecycle_stage: 'lapsed' }, 'tx-vip-lapsed'),
  profile({ location: 'Texas', vip: false, first_name: 'Ana' }, 'tx-not-vip'),
  profile({ location: 'Texas' }, 'tx-only'),
];
