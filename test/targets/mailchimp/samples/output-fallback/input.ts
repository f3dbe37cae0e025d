// Outputs with and without fallbacks, in HTML text, an attribute and the subject.
import { renderedFromParts } from '../../../../support/equivalence.js';
import { attr, out, text } from '../../../../support/nodes.js';
import type { Sample } from '../../helpers.js';

export const sample: Sample = {
  template: renderedFromParts({
    html: [
      text('<p>Hi '), out(attr('first_name'), 'there'), text(',</p>'),
      text('<a href="'), out(attr('profile_url', 'url'), 'https://shop.example.com/?a=1&b=2', 'attr'), text('">profile</a>'),
      text('<p>'), out(attr('email', 'email')), text('</p>'),
    ],
    text: [text('Hi '), out(attr('first_name'), 'there', 'text'), text(',\n')],
    subject: [out(attr('first_name'), 'there', 'text'), text(', your weekly picks')],
    preheader: [text('Orders: '), out(attr('orders_12m', 'number'), '0', 'text')],
  }),
};
