// HTML comments and Braze. Braze removes HTML comments before it runs Liquid, so any
// Liquid inside a comment (Outlook conditional comments included) never runs, and a
// Liquid block cut by a comment falls apart. The emitter copies comments verbatim and
// check() refuses anything dynamic inside one; the oracle run hides comments from Liquid
// the same way (./plain-liquid.ts).

/** One stretch of text: inside an HTML comment (`<!--` up to and including `-->`) or not. */
export interface TextSegment {
  text: string;
  comment: boolean;
}

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * Cuts text into comment and non-comment segments. `inComment` says whether the text
 * starts inside a comment opened earlier. An unterminated comment runs to the end.
 */
export function splitComments(text: string, inComment = false): { segments: TextSegment[]; endsInComment: boolean } {
  const segments: TextSegment[] = [];
  let pos = 0;
  let inside = inComment;
  while (pos < text.length) {
    if (inside) {
      const close = text.indexOf(CLOSE, pos);
      const end = close < 0 ? text.length : close + CLOSE.length;
      segments.push({ text: text.slice(pos, end), comment: true });
      pos = end;
      if (close >= 0) inside = false;
    } else {
      const open = text.indexOf(OPEN, pos);
      if (open < 0) {
        segments.push({ text: text.slice(pos), comment: false });
        pos = text.length;
      } else {
        if (open > pos) segments.push({ text: text.slice(pos, open), comment: false });
        // the comment's own text starts after `<!--`: `<!-->` does not close it
        const close = text.indexOf(CLOSE, open + OPEN.length);
        const end = close < 0 ? text.length : close + CLOSE.length;
        segments.push({ text: text.slice(open, end), comment: true });
        pos = end;
        if (close < 0) inside = true;
      }
    }
  }
  return { segments, endsInComment: inside };
}

/** Liquid-looking sequences that would be live if a comment reached Liquid. */
export const LIQUID_LOOKING = /\{\{|\{%|\$\{/;
