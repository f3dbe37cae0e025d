// `or` and a mixed chain (the "offer" slot of the sample project) as a decision tree.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { and, attr, cmp, iff, not, or, seg, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const stage = attr('lifecycle_stage', 'enum');
const vip = truthy(attr('vip', 'boolean'));
export const sample: Sample = {
  template: renderedFromParts({
    html: [
      iff([[or(cmp(stage, '==', 'new'), vip), [text('<b>10% off</b>')]]]),
      iff(
        [
          [and(seg('lapsed', cmp(stage, '==', 'lapsed')), not(vip)), [text('COMEBACK25')]],
          [or(truthy(attr('first_name')), cmp(stage, '==', 'new')), [text('FIRSTLOOK10')]],
        ],
        [text('style guide')],
      ),
    ],
  }),
};
