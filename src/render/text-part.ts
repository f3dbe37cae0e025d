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
import { htmlText, type TextHooks } from './html-text.js';
import { PLACEHOLDER_PREFIX } from './placeholder.js';

export type { TextHooks } from './html-text.js';

const PLAIN_HOOKS: TextHooks = { canonical: (s) => s, guardLink: (_href, printed) => printed };

export function htmlToText(html: string, hooks: TextHooks = PLAIN_HOOKS): string {
  return tidyText(htmlText(html, hooks));
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
