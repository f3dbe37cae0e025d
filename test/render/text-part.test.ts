import { describe, expect, it } from 'vitest';
import { htmlToText, tidyText } from '../../src/render/text-part.js';

describe('text part conversion', () => {
  it('formats links, images, headings, lists and tables; skips hidden things', () => {
    const html = [
      '<html><head><title>T</title><style>p { color: red; }</style></head><body>',
      '<div style="display:none;max-height:0px;">preview</div>',
      '<h1>Big Title</h1><p>See <a href="https://e.com/x">the shop</a>, <a href="https://e.com">https://e.com</a>,',
      ' <a href="mailto:a@e.com">mail</a>, <a href="#top">top</a>, <a href="https://e.com/i"><img src="i.png" alt="Logo"></a>',
      ' <a href="https://e.com/y"><img src="y.png" alt=""></a>.</p>',
      '<!--[if mso]><p>outlook</p><![endif]--><ul><li>one</li><li>two</li></ul>',
      '<table><tr><th>Plan</th><td>Pro</td></tr><tr><td>Seats</td><td>3</td></tr></table>',
      '<div style="display: none">juiced</div><p>Word&nbsp;&amp; more</p>',
      '</body></html>',
    ].join('');
    expect(htmlToText(html)).toBe(
      [
        'Big Title',
        '',
        'See the shop (https://e.com/x), https://e.com, mail (a@e.com), top, Logo (https://e.com/i) https://e.com/y.',
        '',
        ' * one',
        ' * two',
        '',
        'Plan Pro',
        'Seats 3',
        '',
        'Word\u00a0& more',
      ].join('\n'),
    );
  });

  it('tidies: trims, collapses blank lines, joins marker-only lines', () => {
    expect(tidyText('A  \n\n\n\u00a0\nB')).toBe('A\n\nB');
    expect(tidyText('Intro\n\ntailorphi1z\n\nA\n\ntailorphl2z\n\nB\n\ntailorphc3z\n\nEnd')).toBe(
      'Introtailorphi1z\n\nAtailorphl2z\n\nBtailorphc3z\n\nEnd',
    );
    // At the start the markers keep their own line, so loop iterations stay on separate lines.
    expect(tidyText('\ntailorphf1z tailorphi2z\n\nX\ntailorphc3z tailorphm4z tailorphd5z\nEnd')).toBe(
      'tailorphf1ztailorphi2z\n\nXtailorphc3ztailorphm4ztailorphd5z\nEnd',
    );
    // Outputs are content, not markers.
    expect(tidyText('A\n\ntailorpho1z\n\nB')).toBe('A\n\ntailorpho1z\n\nB');
  });
});
