// A faster equal of mjml-core's helpers/minifyOutlookConditionnals, which runs once per
// document on the whole body: inside every Outlook conditional comment
// (`<!--[if mso | IE]> ... <![endif]-->`) it removes whitespace between tags and folds
// other runs of whitespace to one space. mjml does it with one regex replace over the
// document, a callback and two more replaces per comment: it copies the whole document
// and every comment even when nothing changes, which is most of the time.
//
// Here the comments are found with indexOf, each one's content goes through mjml's own
// two regexes, and the document is rebuilt only around comments that changed. Comments
// are matched exactly as mjml's regex matches them (`<!--\[if\s[^\]]+]>` up to the first
// `<![endif]-->`); the tests compare the two on generated documents and on real ones.
//
// It replaces the module in Node's require cache before mjml-core loads (mjml holds the
// function itself, as for formatAttributes).
import { mjmlCoreLoaded, putInRequireCache, type Require } from './require-cache.js';

const MODULE = 'mjml-core/lib/helpers/minifyOutlookConditionnals.js';

const OPEN = '<!--[if';
const CLOSE = '<![endif]-->';
// mjml's own inner expressions, applied in the same order.
const BETWEEN_TAGS = /(^|>)(\s+)(<|$)/gm;
const SPACE_RUN = /\s{2,}/gm;
const ONE_SPACE = /\s/;

/** End of the `<!--[if ...]>` that starts at `start` (mjml's `<!--\[if\s[^\]]+]>`), or -1. */
function prefixEnd(content: string, start: number): number {
  const afterIf = start + OPEN.length;
  if (afterIf >= content.length || !ONE_SPACE.test(content[afterIf]!)) return -1;
  const bracket = content.indexOf(']', afterIf + 1);
  // At least one character between the space and `]`, and `]` followed by `>`.
  if (bracket < afterIf + 2 || content[bracket + 1] !== '>') return -1;
  return bracket + 2;
}

export function minifyOutlookConditionals(content: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (let start = content.indexOf(OPEN, from); start >= 0; start = content.indexOf(OPEN, from)) {
    const bodyStart = prefixEnd(content, start);
    if (bodyStart < 0) {
      // No match here: mjml's regex goes on from the next character.
      from = start + 1;
      continue;
    }
    const close = content.indexOf(CLOSE, bodyStart);
    // No end after this one: none after any later start either (theirs end no earlier).
    if (close < 0) break;
    const body = content.slice(bodyStart, close);
    const minified = body.replace(BETWEEN_TAGS, '$1$3').replace(SPACE_RUN, ' ');
    if (minified !== body) {
      out += content.slice(copied, bodyStart) + minified;
      copied = close;
    }
    from = close + CLOSE.length;
  }
  return copied === 0 ? content : out + content.slice(copied);
}

/**
 * Puts the replacement in the require cache, where mjml-core will load it. Does nothing
 * when mjml-core is already loaded or this mjml has no such module. Returns whether it did.
 */
export function installFastOutlookConditionals(requireFromMjml: Require): boolean {
  if (mjmlCoreLoaded(requireFromMjml)) return false;
  let modulePath: string;
  try {
    modulePath = requireFromMjml.resolve(MODULE);
  } catch {
    return false;
  }
  putInRequireCache(requireFromMjml, modulePath, minifyOutlookConditionals);
  return true;
}
