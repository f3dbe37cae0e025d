// A loop over recommendations unrolled to REC1NAME.. REC3NAME, with an empty branch and a
// condition on an item field.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, each, iff, item, out, text, truthy } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

const recs = attr('recommendations', 'list');
export const sample: Sample = {
  template: renderedFromParts({
    html: [
      each(
        recs,
        [
          text('<a href="'), out(item('recommendations', 'url', 'url'), '#', 'attr'), text('">'),
          out(item('recommendations', 'name'), 'Product'), text('</a>'),
          iff([[truthy(item('recommendations', 'price')), [text(' '), out(item('recommendations', 'price'))]]], [text(' (see price)')]),
          text('<br>'),
        ],
        [text('<p>Our bestsellers</p>')],
        3,
      ),
    ],
    text: [each(recs, [text('- '), out(item('recommendations', 'name'), 'Product', 'text'), text('\n')], [text('No picks this week\n')], 2)],
  }),
};
