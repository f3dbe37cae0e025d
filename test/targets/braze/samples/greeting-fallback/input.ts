// A first name with a fallback in every part; the fallback holds quotes and markup.
import { attr, out, text } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

export const description = 'output with fallback in html, text, subject and preheader';
export const template = renderedFromParts({
  html: [text('<p>Hi '), out(attr('first_name'), `"friend" & <co>`), text(',</p>')],
  text: [text('Hi '), out(attr('first_name'), `"friend" & <co>`, 'text'), text(',')],
  subject: [out(attr('first_name'), 'there', 'text'), text(', your weekly picks')],
  preheader: [text('For '), out(attr('email'), 'you', 'text')],
});
export const profiles = [
  profile({}, 'none'),
  profile({ first_name: '' }, 'empty'),
  profile({ first_name: '  ' }, 'spaces'),
  profile({ first_name: `<script>O'Brien & "co"</script>`, email: 'a@example.com' }, 'markup'),
];
