// `if profile.x` / else, and facts: inside *|IF:FNAME|* the output of FNAME needs no guard.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, iff, out, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const name = attr('first_name');
export const sample: Sample = {
  template: renderedFromParts({
    html: [iff([[truthy(name), [text('<p>Hello '), out(name, 'there'), text('</p>')]]], [text('<p>Hello there</p>'), out(name, 'friend')])],
  }),
};
