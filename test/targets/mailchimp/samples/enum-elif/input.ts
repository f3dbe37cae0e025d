// An elif chain of enum equalities becomes one block with ELSEIF clauses.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, cmp, iff, text } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const stage = attr('lifecycle_stage', 'enum');
export const sample: Sample = {
  template: renderedFromParts({
    html: [iff([[cmp(stage, '==', 'new'), [text('Welcome')]], [cmp(stage, '==', 'active'), [text('Thanks')]], [cmp(stage, '==', 'lapsed'), [text('Come back')]]], [text('Hello')])],
    subject: [iff([[cmp(stage, '==', 'new'), [text('Welcome')]]], [text('News')])],
  }),
};
