// The text part: MJML's HTML (placeholders still in it) converted to plain text, so the
// text part keeps the same dynamic nodes as the html part.
//
// Rules: table rows on their own lines, cells separated by a space; links as `label (url)`, or the url alone when the label is empty, or the label
// alone when it is the url; `mailto:` dropped; in-page `#` links print their label only;
// a url made only of outputs prints only when it is not empty.
// Images print their alt text. Headings, paragraphs, list items and blocks start new
// lines (headings keep their case). The head, comments (so Outlook conditional
// comments), hidden elements (`display:none`: the preview text, carousel controls) and
// carousel thumbnails are left out. No word wrapping. Lines are right-trimmed, runs of
// blank lines collapse to one, and a line holding only if/for markers is joined to the
// previous line, so a branch that is not taken leaves no blank lines behind (the line
// break before each line belongs to the block that holds the line).
import { compile, type DomNode, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { PLACEHOLDER_PREFIX } from './placeholder.js';

/** Per-conversion hooks the formatters call (passed as html-to-text's "metadata"). */
export interface TextHooks {
  /** Maps placeholders to a form in which two outputs of the same expression are equal. */
  canonical: (s: string) => string;
  /**
   * Wraps the printed url of a link whose href may turn out empty (only outputs) in a
   * condition, so an empty url prints nothing, as it would for a static empty href.
   */
  guardLink: (href: string, printed: string) => string;
}

const PLAIN_HOOKS: TextHooks = { canonical: (s) => s, guardLink: (_href, printed) => printed };

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
  // Without trailing whitespace, a guarded url can carry its own separating space.
  walk(withoutTrailingSpace(elem.children), builder);
  builder.popWordTransform();
  const hooks = (builder as unknown as { metadata?: TextHooks }).metadata ?? PLAIN_HOOKS;
  if (label && hooks.canonical(label) === hooks.canonical(href)) return;
  builder.addInline(hooks.guardLink(href, label ? ` (${href})` : href), { noWordTransform: true });
};

function withoutTrailingSpace(children: DomNode[]): DomNode[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type !== 'text') break;
    const data = (last.data ?? '').replace(/[ \t\r\n\f]+$/, '');
    if (data) {
      out[out.length - 1] = { ...last, data };
      break;
    }
    out.pop();
  }
  return out;
}

const formatImage: FormatCallback = (elem, _walk, builder) => {
  const alt = String(elem.attribs?.alt ?? '').trim();
  if (alt) builder.addInline(alt);
};

/** Table cells: their content, then a space, so `<td>Plan</td><td>Pro</td>` reads "Plan Pro". */
const formatCell: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
  builder.addInline(' ');
};

const keepCase = { uppercase: false };

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { tailorAnchor: formatAnchor, tailorImage: formatImage, tailorCell: formatCell },
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
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'tailorCell' },
    { selector: 'th', format: 'tailorCell' },
    { selector: '[style*="display:none"]', format: 'skip' },
    { selector: '[style*="display: none"]', format: 'skip' },
    { selector: '.mj-carousel-thumbnail', format: 'skip' },
  ],
};

let converter: ((html: string, metadata?: TextHooks) => string) | undefined;

export function htmlToText(html: string, hooks: TextHooks = PLAIN_HOOKS): string {
  converter ??= compile(OPTIONS) as (html: string, metadata?: TextHooks) => string;
  return tidyText(converter(html, hooks));
}

const BLANK = /^[\s\u200b\u200c\u200d\ufeff]*$/;
const LOOP_MARKER = new RegExp(`${PLACEHOLDER_PREFIX}f\\d+z`);
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
      } else if (LOOP_MARKER.test(pending + markers)) {
        // Nothing before, and a loop: the markers keep a line of their own, so the line
        // break that follows stays inside the loop and iterations stay on separate lines.
        out.length = 0;
        out.push(pending + markers);
        pending = '';
      } else {
        // Nothing before: joined to the first line of content.
        out.length = 0;
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
