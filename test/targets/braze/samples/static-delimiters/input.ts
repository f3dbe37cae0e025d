// Static text that looks like Liquid or Braze syntax must print as written.
import { attr, out, text } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const tricky = 'a {{ b }} c {% if x %} d {% endraw %} e {%endraw%} ${first_name} price $ {';
export const description = 'static delimiters, raw splitting, Braze ${ and trailing { / $';
export const template = renderedFromParts({
  html: [text(`<p>${tricky}`), out(attr('first_name'), 'there'), text('{'), out(attr('location'), '$'), text('$</p>')],
  text: [text(tricky), out(attr('first_name'), '{% endraw %}', 'text')],
  subject: [text('{{{raw}}} {%- comment -%}')],
});
export const profiles = [profile({}, 'none'), profile({ first_name: '{{ x }}', location: '{% raw %}' }, 'delimiter-values')];
