// The integrity check: blocks balance, no placeholder, no `${` left in text.
import { describe, expect, it } from 'vitest';
import { liquidIntegrity } from '../../../src/targets/braze/integrity.js';
import { placeholder } from '../../../src/render/placeholder.js';

describe('braze Liquid integrity', () => {
  it.each([
    '{% if a %}x{% elsif b %}y{% else %}z{% endif %}',
    '{% for i in l limit: 2 %}{% unless i.x == nil %}{{ i.x }}{% endunless %}{% else %}e{% endfor %}',
    '{% capture c %}{% raw %}{% if {{ x{% endraw %}{% endcapture %}',
    '{% comment %}{% if %}{% endcomment %}',
    'text } }} %} alone',
  ])('accepts %s', (source) => {
    expect(liquidIntegrity(source)).toEqual([]);
  });

  it.each([
    ['{% if a %}x', /never closed/],
    ['x{% endif %}', /closes nothing/],
    ['{% if a %}{% for i in l %}{% endif %}{% endfor %}', /closes `for`/],
    ['{% for i in l %}{% elsif a %}{% endfor %}', /outside a block that allows it/],
    ['{% if a %}{% else %}{% else %}{% endif %}', /after `else`/],
    ['{% raw %}{{ x }}', /raw block .* never closed/],
    ['{{ x ', /unterminated Liquid delimiter/],
    ['{{ x }', /not closed with/],
    ['{{ "a" }}${first_name}', /accessor syntax/],
    [`<p>${placeholder('o', 3)}</p>`, /placeholder/],
  ])('rejects %s', (source, problem) => {
    expect(liquidIntegrity(source).join('\n')).toMatch(problem);
  });
});
