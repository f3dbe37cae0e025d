// Static HTML that looks like merge tags, in text, attributes and comments, never goes live.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, out, text } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

export const sample: Sample = {
  template: renderedFromParts({
    html: [
      text('<!--*|IF:MC_PREVIEW_TEXT|*--><p title="*|FNAME|*">Use *|FNAME|* in Mailchimp; a|*b; 5 * |x| *</p>'),
      text('<p>|'), out(attr('first_name'), 'x'), text('*</p>'),
      text('<style>td { width: 1px }</style><p>***||</p>'),
    ],
    text: [text('Stars * and pipes | apart are fine.')],
  }),
};
