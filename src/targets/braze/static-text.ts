// Static text that must come out of Liquid exactly as written, whatever it contains.
//
// Liquid starts a tag at `{{` and `{%`; Braze additionally rewrites `${...}`. So:
// - every `{%` is printed by an output tag, `{{ "{%" }}`, never left in the text (this
//   also keeps `{% endraw %}` out of every raw block, so no raw block can end early);
// - every `$` followed by `{`, or last in the text (the next thing emitted starts with
//   `{`), is printed as `{{ "$" }}`;
// - a run of the remaining text that contains `{{`, or ends with `{` (which would join
//   the `{` of the next tag into `{{`), is wrapped in `{% raw %}...{% endraw %}`.
// Every other run is copied as is. Both engines render the result as the input text
// (property-tested in test/targets/braze).
import { splitComments } from './html-comments.js';

const PERCENT_TAG = '{{ "{%" }}';
const DOLLAR_TAG = '{{ "$" }}';

/** True when the text needs any protection at all. */
export function needsProtection(text: string): boolean {
  return /\{\{|\{%|\$\{|[{$]$/.test(text);
}

/** Liquid source that renders exactly `text` (text outside HTML comments). */
export function encodeStaticText(text: string): string {
  if (!needsProtection(text)) return text;
  let out = '';
  let run = '';
  const flush = () => {
    if (run === '') return;
    out += run.includes('{{') || run.endsWith('{') ? `{% raw %}${run}{% endraw %}` : run;
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{' && text[i + 1] === '%') {
      flush();
      out += PERCENT_TAG;
      i++;
    } else if (ch === '$' && (i === text.length - 1 || text[i + 1] === '{')) {
      flush();
      out += DOLLAR_TAG;
    } else {
      run += ch;
    }
  }
  flush();
  return out;
}

/**
 * Static HTML of the html part. HTML comments are copied verbatim (Braze removes them
 * before Liquid runs, so nothing in them may be Liquid; check() refuses comments that
 * would need protection); the text between them is encoded.
 */
export function encodeStaticHtml(html: string): string {
  // Concatenated, not joined: no copy of the whole static text here (see mailchimp/lower.ts).
  let out = '';
  for (const s of splitComments(html).segments) out += s.comment ? s.text : encodeStaticText(s.text);
  return out;
}
