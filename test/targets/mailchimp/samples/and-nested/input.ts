// `and` becomes nested blocks; the else content appears on each failing path.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { and, attr, cmp, iff, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

export const sample: Sample = {
  template: renderedFromParts({
    html: [iff([[and(cmp(attr('lifecycle_stage', 'enum'), '==', 'active'), truthy(attr('vip', 'boolean'))), [text('VIP')]]], [text('Regular')])],
  }),
};
