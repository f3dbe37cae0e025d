// `!=` is true on an empty field in Tailor; Mailchimp's `!=` is only trusted once the field
// is known to hold a value, so the empty case gets its own ELSE.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, cmp, iff, text } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const stage = attr('lifecycle_stage', 'enum');
export const sample: Sample = {
  template: renderedFromParts({
    html: [
      iff([[cmp(stage, '!=', 'active'), [text('[not active]')]]]),
      iff([[cmp(stage, '!=', 'active'), [text('[not active]')]]], [text('[active]')]),
    ],
  }),
};
