// The text conversion lays text out exactly as html-to-text does with the text part's
// options: on generated documents (every element it formats, hidden ones, links with
// each kind of href, lists, pre, entities, every whitespace character, broken markup)
// and on the MJML of the render samples.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText, type TextHooks } from '../../src/render/html-text.js';
import { referenceHtmlText } from './support/html-to-text-reference.js';

const PLAIN: TextHooks = { canonical: (s) => s, guardLink: (_href, printed) => printed };
/** Hooks whose effect shows in the text, so a call made differently changes the output. */
const MARKING: TextHooks = {
  canonical: (s) => s.replace(/tailorph\w\d+z/g, 'P').toLowerCase(),
  guardLink: (href, printed) => `<${href.length}|${printed}>`,
};

const WORDS = ['Shop', 'now', 'x', 'tailorpho3z', 'tailorphi4z', 'tailorphc5z', '*|', '|*', '-', 'https://e.com', 'a@e.com', 'İ', 'ß', '😀'];
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\f', '\u200b', '\u00a0', '\u2028', '\v'];
const ENTITIES = ['&amp;', '&nbsp;', '&lt;', '&gt;', '&#42;', '&zwnj;', '&copy', '&#x200b;', '&quot;', '&bogus;'];
const TAGS = [
  'a', 'img', 'p', 'div', 'span', 'b', 'table', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote',
  'br', 'wbr', 'hr', 'ul', 'ol', 'li', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'form', 'center', 'font',
  'script', 'style', 'title', 'textarea', 'strong', 'body', 'head', 'html', 'noscript', 'svg', 'dl', 'dd', 'label', 'select', 'option',
];
const ATTRIBUTES: [string, string[]][] = [
  ['style', ['display:none', 'color:red;display: none', 'DISPLAY:NONE', 'display :none', 'color:red', '']],
  ['class', ['mj-carousel-thumbnail', 'x mj-carousel-thumbnail', 'x\tmj-carousel-thumbnail', 'x\nmj-carousel-thumbnail', 'mj-carousel-thumbnails', '']],
  ['href', ['https://e.com/x', 'https://e.com', 'mailto:a@e.com', 'MAILTO:a@e.com', '#top', '', 'tailorpho1z', ' tailorpho1z ', 'Shop', 'shopnow', 'tailorpho3z']],
  ['alt', ['Logo', ' spaced  alt ', '', '\u00a0', 'two words']],
  ['start', ['3', '0', '-2', 'x', '27', '']],
  ['type', ['1', 'a', 'A', 'i', 'I', 'x']],
  ['src', ['i.png']],
];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES), fc.constantFrom(...ENTITIES), fc.string({ maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

const attributesArb = fc
  .subarray(ATTRIBUTES, { maxLength: 3 })
  .chain((chosen) => fc.tuple(...chosen.map(([name, values]) => fc.constantFrom(...values).map((v) => ` ${name}="${v}"`))))
  .map((parts) => parts.join(''));

const { fragment } = fc.letrec<{ fragment: string; node: string }>((tie) => ({
  fragment: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.tuple(fc.constantFrom(...TAGS), attributesArb, tie('fragment'), fc.boolean()).map(([tag, attrs, inner, close]) => `<${tag}${attrs}>${inner}${close ? `</${tag}>` : ''}`),
    fc.constantFrom(
      '<!-- note -->', '<!--[if mso]><table><tr><td><![endif]-->', '<br/>', '</p>', '</li>', '<li>', '<!doctype html>', '<p', '&',
      '<![CDATA[ c ]]>', '<svg><![CDATA[ s ]]>t</svg>', '<?xml x?>', '<math><mi>x</mi></math>',
    ),
  ),
}));

const documentArb = fc.oneof(
  fragment,
  fc.tuple(fragment, fragment).map(([head, body]) => `<!doctype html><html><head><title>T</title>${head}</head><body style="margin:0">${body}</body></html>`),
);

describe('text conversion', () => {
  it('matches html-to-text on generated documents', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(PLAIN, MARKING), (html, hooks) => {
        expect(htmlText(html, hooks)).toBe(referenceHtmlText(html, hooks));
      }),
      { numRuns: 400 },
    );
  });

  it('matches html-to-text on lists, quotes and preformatted text', () => {
    const cases = [
      '<ol start="9"><li>a</li><li>b<ul><li>c</li><li><p>d</p></li></ul></li><!-- c --><li></li>text</ol>',
      '<ol type="i" start="3"><li>x</li></ol><ol type="A" start="27"><li>y</li></ol><ol start="-1"><li>z</li></ol>',
      '<blockquote>\n<p>one</p>\n\n<p>two<br>three</p></blockquote><pre>  keep\n  this <b>as</b>\n is</pre><hr><p>after</p>',
      '<p><a href="https://e.com">x <img alt="Logo"> <hr> </a> <a href="tailorpho1z">tailorpho1z</a> <a href="#a">in page</a></p>',
      '<div></div><p>a</p><div>\n</div><table><tr><td> </td><td>b</td></tr></table><br><br>c',
    ];
    for (const html of cases) for (const hooks of [PLAIN, MARKING]) expect(htmlText(html, hooks)).toBe(referenceHtmlText(html, hooks));
  });

  it('matches html-to-text on the HTML MJML renders for the repository\'s MJML files', async () => {
    const mjml2html = (await import('mjml')).default as unknown as (source: string, options: object) => Promise<{ html: string }>;
    const root = path.join(import.meta.dirname, '../..');
    const files = ['templates', 'components', 'test']
      .flatMap((d) => readdirSync(path.join(root, d), { recursive: true }).map((f) => path.join(root, d, String(f))))
      .filter((f) => f.endsWith('.mjml'));
    let compared = 0;
    for (const file of files) {
      // Templates and components with Tailor syntax MJML cannot read are left out.
      const html = await mjml2html(readFileSync(file, 'utf8'), { validationLevel: 'skip', ignoreIncludes: true }).then(
        (r) => r.html,
        () => null,
      );
      if (html === null) continue;
      expect(htmlText(html, MARKING), file).toBe(referenceHtmlText(html, MARKING));
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});
