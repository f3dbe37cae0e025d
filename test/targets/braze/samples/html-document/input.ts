// A whole document as MJML renders it: the prelude goes right after <body>, and static
// HTML comments (Outlook conditional comments included) are copied verbatim.
import { attr, iff, out, text, truthy } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

export const description = 'prelude after <body>, comments copied verbatim';
export const template = renderedFromParts({
  html: [
    text('<!doctype html><html><head><title>Picks</title><style>.a{color:red}</style><!--[if mso]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head><body style="margin:0">'),
    text('<!--[if mso | IE]><table role="presentation"><tr><td><![endif]--><div>Hi '),
    out(attr('first_name'), 'there'),
    text('</div><!--[if mso | IE]></td></tr></table><![endif]-->'),
    iff([[truthy(attr('vip', 'boolean')), [text('<!-- vip block --><p>VIP</p>')]]]),
    text('</body></html>'),
  ],
});
export const profiles = [profile({}, 'none'), profile({ first_name: 'Ana', vip: true }, 'vip')];
