// The text part: MJML's HTML (placeholders still in it) converted to plain text, so the
// text part keeps the same dynamic nodes as the html part.
//
// Rules: links as `label (url)`, or the url alone when the label is empty, or the label
// alone when it is the url; `mailto:` dropped; in-page `#` links print their label only.
// Images print their alt text. Headings, paragraphs, list items and blocks start new
// lines (headings keep their case). The head, comments (so Outlook conditional
// comments), hidden elements (`display:none`: the preview text, carousel controls) and
// carousel thumbnails are left out. No word wrapping. Lines are right-trimmed, runs of
// blank lines collapse to one, and a line holding only if/for markers is joined to the
// previous line, so a branch that is not taken leaves no blank lines behind.
import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { PLACEHOLDER_PREFIX } from './placeholder.js';

/** Per-conversion data the formatters read (html-to-text's "metadata"). */
interface TextMetadata {
  /** Maps placeholders to a form in which two outputs of the same expression are equal. */
  canonical: (s: string) => string;
}

const formatAnchor: FormatCallback = (elem, walk, builder) => {
  const href = String(elem.attribs?.href ?? '').replace(/^mailto:/i, '');
  if (!href || href.startsWith('#')) {
    walk(elem.children, builder);
    return;
  }
  let label = '';
  builder.pushWordTransform((word) => {
    label += word;
    return word;
  });
  walk(elem.children, builder);
  builder.popWordTransform();
  const metadata = (builder as unknown as { metadata?: TextMetadata }).metadata;
  const canonical = metadata?.canonical ?? ((s: string) => s);
  if (label && canonical(label) === canonical(href)) return;
  builder.addInline(label ? ` (${href})` : href, { noWordTransform: true });
};

const formatImage: FormatCallback = (elem, _walk, builder) => {
  const alt = String(elem.attribs?.alt ?? '').trim();
  if (alt) builder.addInline(alt);
};

const keepCase = { uppercase: false };

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { tailorAnchor: formatAnchor, tailorImage: formatImage },
  selectors: [
    { selector: 'a', format: 'tailorAnchor' },
    { selector: 'img', format: 'tailorImage' },
    { selector: 'h1', options: keepCase },
    { selector: 'h2', options: keepCase },
    { selector: 'h3', options: keepCase },
    { selector: 'h4', options: keepCase },
    { selector: 'h5', options: keepCase },
    { selector: 'h6', options: keepCase },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
    { selector: '[style*="display:none"]', format: 'skip' },
    { selector: '[style*="display: none"]', format: 'skip' },
    { selector: '.mj-carousel-thumbnail', format: 'skip' },
  ],
};

let converter: ((html: string, metadata?: TextMetadata) => string) | undefined;

export function htmlToText(html: string, canonical: (s: string) => string): string {
  converter ??= compile(OPTIONS) as (html: string, metadata?: TextMetadata) => string;
  return tidyText(converter(html, { canonical }));
}

const BLANK = /^[\s\u200b\u200c\u200d\ufeff]*$/;
const MARKERS_ONLY = new RegExp(`^\\s*(?:${PLACEHOLDER_PREFIX}[iblcfmd]\\d+z\\s*)+$`);

/** Right-trims lines, collapses blank runs and joins marker-only lines to their neighbour. */
export function tidyText(text: string): string {
  const out: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = BLANK.test(raw) ? '' : raw.trimEnd();
    if (MARKERS_ONLY.test(line)) {
      const markers = line.replace(/\s+/g, '');
      let k = out.length - 1;
      while (k >= 0 && out[k] === '') k--;
      if (k >= 0) {
        out.length = k + 1;
        out[k] += markers;
      } else {
        pending += markers;
      }
    } else if (line === '') {
      if (pending === '' && out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      out.push(pending + line);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
