// Branches and loops holding only whitespace: Ruby Liquid drops the whitespace of a block
// whose bodies are all blank, so it is kept in raw blocks.
import { attr, each, item, iff, out, text, truthy } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

export const description = 'whitespace-only bodies survive Ruby Liquid blank-block trimming';
export const template = renderedFromParts({
  html: [
    out(attr('first_name'), '!'),
    iff([[truthy(attr('vip', 'boolean')), [text(' ')]]], [text('\n')]),
    each(attr('recommendations', 'list'), [text(' '), iff([[truthy(item('recommendations', 'name')), [text('\t')]]])], [text('  ')]),
    out(attr('location'), '?'),
  ],
});
export const profiles = [
  profile({}, 'none'),
  profile({ vip: true, first_name: 'a', location: 'b' }, 'vip'),
  profile({ recommendations: [{ name: 'x' }, { name: '' }] }, 'items'),
];
