// What a reader gets from an HTML document: its visible text and the links it offers.
// The AMP part's layout differs from MJML's HTML by design, so the two are compared on
// this, not on markup.
//
// - Text: text of the body, except elements hidden by an inline `display:none` (MJML's
//   preview text, hamburger icons), <template>, <script>, <style> and comments; block
//   elements separate words; entities decoded, whitespace collapsed.
// - Links: every <a href> of the body in document order, hidden ones included (a carousel
//   slide is a link whether or not it is the one showing), except in-page fragments
//   (`#...`, the mechanics of MJML's CSS carousel).
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import { normalizeForCompare } from '../../verify/normalize.js';

export interface VisibleContent {
  text: string;
  links: string[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center', 'amp-img', 'img',
  'amp-list', 'amp-carousel', 'amp-accordion', 'label',
]);
const NEVER_TEXT = new Set(['head', 'title', 'style', 'script', 'template', 'noscript']);

function hides(attribs: Record<string, string>): boolean {
  return /(^|;)\s*display\s*:\s*none\b/i.test(attribs.style ?? '');
}

export function visibleTextAndLinks(html: string): VisibleContent {
  let text = '';
  const links: string[] = [];
  // One entry per open element: does it (or an ancestor) hide its text?
  const hidden: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parentHidden = hidden[hidden.length - 1] ?? false;
        if (BLOCK.has(name)) text += '\n';
        const href = attribs.href === undefined ? undefined : decodeHTMLAttribute(attribs.href).trim();
        if (name === 'a' && href !== undefined && !href.startsWith('#')) links.push(href);
        hidden.push(parentHidden || NEVER_TEXT.has(name) || hides(attribs));
      },
      onclosetag(name) {
        hidden.pop();
        if (BLOCK.has(name)) text += '\n';
      },
      ontext(chunk) {
        if (!(hidden[hidden.length - 1] ?? false)) text += chunk;
      },
    },
    // Text stays encoded here: normalizeForCompare decodes it exactly once.
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return { text: normalizeForCompare(text), links };
}
