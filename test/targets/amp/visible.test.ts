// visibleTextAndLinks: what a reader sees and can click.
import { describe, expect, it } from 'vitest';
import { visibleTextAndLinks } from '../../../src/targets/amp/visible.js';

describe('visibleTextAndLinks', () => {
  it('collects text by blocks, decodes entities once, and skips hidden and non-content elements', () => {
    const html =
      '<html><head><title>T</title><style>.a{}</style></head><body>' +
      '<div style="display:none">preview</div><div>Hi <b>Ana</b>,</div><p>a &amp;amp; b &lt;c&gt;</p>' +
      '<template type="amp-mustache">{{x}}</template><!-- note --><td>one</td><td>two</td></body></html>';
    expect(visibleTextAndLinks(html).text).toBe('Hi Ana, a &amp; b <c> one two');
  });

  it('lists links in order, hidden ones included, without in-page fragments', () => {
    const html =
      '<a href="https://x.example.com/?a=1&amp;b=2">x</a><div style="display: none"><a href="https://x.example.com/hidden">h</a></div>' +
      '<a href="#2">thumb</a><a href=" mailto:a@x.example.com ">m</a><a>no href</a>';
    expect(visibleTextAndLinks(html).links).toEqual(['https://x.example.com/?a=1&b=2', 'https://x.example.com/hidden', 'mailto:a@x.example.com']);
  });
});
