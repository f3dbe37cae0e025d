// A loop over an array-of-objects custom attribute, with a limit, an empty branch,
// item fields in attributes and text, and a condition on an item field.
import { attr, cmp, each, item, iff, out, text, truthy } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const recs = attr('recommendations', 'list');
export const description = 'for ... limit with else, item fields, item conditions';
export const template = renderedFromParts({
  html: [
    text('<ul>'),
    each(
      recs,
      [
        text('<li><a href="'), out(item('recommendations', 'url'), '#', 'attr'), text('">'),
        out(item('recommendations', 'name'), 'Product'), text('</a>'),
        iff([[cmp(item('recommendations', 'price'), '==', '$40'), [text(' (sale)')]], [truthy(item('recommendations', 'price')), [text(' '), out(item('recommendations', 'price'), '')]]]),
        text('</li>'),
      ],
      [text('<li>Our bestsellers</li>')],
      2,
    ),
    text('</ul>'),
  ],
  text: [each(recs, [out(item('recommendations', 'name'), 'Product', 'text'), text('; ')], [text('bestsellers')], 3)],
});
export const profiles = [
  profile({}, 'none'),
  profile({ recommendations: [] }, 'empty'),
  profile({
    recommendations: [
      { name: 'Linen "shirt"', url: 'https://shop.example.com/p/1?a=1&b=2', image: '', price: '$40' },
      { name: '', url: '', image: '', price: '€12,50' },
      { name: '{% endraw %}', url: 'https://shop.example.com/p/3', image: '', price: null },
    ],
  }, 'three-items'),
];
