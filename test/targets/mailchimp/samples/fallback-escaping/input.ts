// Fallback text is escaped like the reference escapes it; delimiter-looking fallbacks in
// HTML are made harmless.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, out, text } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

export const sample: Sample = {
  template: renderedFromParts({
    html: [text('<p>'), out(attr('first_name'), 'you & "friends" <3 *|FNAME|*'), text('</p>')],
    text: [out(attr('first_name'), 'you & "friends" <3', 'text')],
  }),
};
