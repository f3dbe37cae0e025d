// The CSS sanitizer keeps what AMP for Email allows and says what it leaves out.
import { describe, expect, it } from 'vitest';
import { sanitizeDeclarations, sanitizeStylesheet, type CssIssue } from '../../../src/targets/amp/css.js';

function run(f: (issues: CssIssue[]) => string) {
  const issues: CssIssue[] = [];
  const css = f(issues);
  return { css, issues: issues.map((i) => `${i.code} ${i.css}`) };
}

describe('amp CSS sanitizer', () => {
  it('keeps allowed declarations, strips !important, drops what AMP rejects', () => {
    const r = run((i) =>
      sanitizeDeclarations(
        'color: red !important; mso-line-height-rule: exactly; -webkit-text-size-adjust:100%; cursor:auto; cursor: help; z-index: 500; ' +
          'visibility: collapse; position: fixed; background: url(http://x.example.com/a.png); background-image: url("https://x.example.com/a.png"); ' +
          'transition: opacity 1s, width 2s; --brand: red; user-select: none; font-family: "Helvetica Neue", Arial',
        i,
      ),
    );
    expect(r.css).toBe('color:red;background-image:url("https://x.example.com/a.png");font-family:"Helvetica Neue", Arial');
    expect(r.issues).toEqual([
      'amp-css-important color:red !important',
      'amp-css-dropped cursor:help',
      'amp-css-dropped z-index:500',
      'amp-css-dropped visibility:collapse',
      'amp-css-dropped position:fixed',
      'amp-css-dropped background:url(http://x.example.com/a.png)',
      'amp-css-dropped transition:opacity 1s, width 2s',
      'amp-css-dropped --brand:red',
      'amp-css-dropped user-select:none',
    ]);
  });

  it('keeps allowed rules and media queries of a stylesheet', () => {
    const r = run((i) =>
      sanitizeStylesheet(
        `/* c */ @import url(https://x.example.com/a.css);
        @font-face { font-family: X; src: url(https://x.example.com/x.woff) }
        .a, .b::before, a:visited, [data-x] { color: red }
        .c:hover > td:first-child { color: blue }
        @media only screen and (max-width: 480px) { .d { display: none !important } }
        @media print { .e { color: red } }
        @media (prefers-color-scheme: dark) { .f { color: white } }
        div[class=x] { margin: 0 }`,
        i,
      ),
    );
    expect(r.css).toBe('.a{color:red}.c:hover > td:first-child{color:blue}@media only screen and (max-width: 480px){.d{display:none}}div[class=x]{margin:0}');
    expect(r.issues).toEqual([
      'amp-css-dropped @import url(https://x.example.com/a.css)',
      'amp-css-dropped @font-face',
      'amp-css-dropped .b::before',
      'amp-css-dropped a:visited',
      'amp-css-dropped [data-x]',
      'amp-css-important display:none !important',
      'amp-css-dropped @media print',
      'amp-css-dropped @media (prefers-color-scheme: dark)',
    ]);
  });
});
