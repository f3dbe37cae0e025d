// `not`: IFNOT for presence, swapped branches for equality, never an empty true branch.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, cmp, iff, not, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const stage = attr('lifecycle_stage', 'enum');
export const sample: Sample = {
  template: renderedFromParts({
    html: [
      iff([[not(truthy(attr('first_name'))), [text('[no name]')]]]),
      iff([[not(cmp(stage, '==', 'new')), [text('[old]')]]], [text('[new]')]),
      iff([[cmp(stage, '==', 'new'), []]], [text('[only else]')]),
    ],
  }),
};
