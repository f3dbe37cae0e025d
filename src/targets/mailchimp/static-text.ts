// Static text that looks like merge-tag delimiters (`*|`, `|*`) must never become live.
//
// HTML: the `*` next to a `|` is written as the character reference `&#42;`. Browsers show
// `*`; Mailchimp's parser sees no delimiter (UNVERIFIED: assumes Mailchimp does not decode
// character references before reading merge tags). Inside <style> and <script> character
// references are not decoded, so there it cannot be escaped and is refused, as it is in
// plain-text parts (subject, preheader, text), which have no escape at all.
import type { Node, StaticNode } from '../../ir/nodes.js';

/** Inside which raw-text element a position is (character references are not decoded there). */
export type RawState = null | 'style' | 'script';

const DELIMITER = /\*\||\|\*/g;

/** Each `*|` or `|*` in `text`, with its offset. */
export function findDelimiters(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const m of text.matchAll(DELIMITER)) found.push({ index: m.index, text: m[0] });
  return found;
}

interface Run {
  text: string;
  raw: RawState;
}

/**
 * Splits HTML text into runs inside or outside a raw-text element, and gives the state
 * after the text. The element's tags belong to the outside.
 */
function rawRuns(text: string, start: RawState): { runs: Run[]; end: RawState } {
  const runs: Run[] = [];
  let state = start;
  let pos = 0;
  for (;;) {
    const re = state === null ? /<(style|script)\b/gi : new RegExp(`</${state}\\b`, 'gi');
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) {
      if (pos < text.length) runs.push({ text: text.slice(pos), raw: state });
      return { runs, end: state };
    }
    const cut = state === null ? m.index + m[0].length : m.index;
    if (cut > pos) runs.push({ text: text.slice(pos, cut), raw: state });
    pos = cut;
    state = state === null ? (m[1]!.toLowerCase() as RawState) : null;
  }
}

/**
 * The raw-text state at the start of each static node of an HTML part, walking the
 * nodes in document order (branches in order, as the reference evaluator would).
 */
export function rawStatesOf(nodes: Node[]): Map<StaticNode, RawState> {
  const states = new Map<StaticNode, RawState>();
  let state: RawState = null;
  const visit = (list: Node[]) => {
    for (const node of list) {
      if (node.kind === 'static') {
        states.set(node, state);
        state = rawRuns(node.text, state).end;
      } else if (node.kind === 'if') {
        for (const b of node.branches) visit(b.body);
        if (node.else) visit(node.else);
      } else if (node.kind === 'each') {
        visit(node.body);
        visit(node.empty);
      }
    }
  };
  visit(nodes);
  return states;
}

/**
 * HTML text with every `*` that touches a `|` written as `&#42;`, and a `*` or `|` at
 * either end written as a character reference too, so that nothing can pair with the
 * `*|` / `|*` of a neighbouring merge tag. Delimiters inside <style>/<script> cannot be
 * escaped; they are returned in `unescapable`.
 */
export function escapeHtmlDelimiters(text: string, start: RawState): { code: string; unescapable: string[] } {
  if (!/[|*]/.test(text)) return { code: text, unescapable: [] };
  const unescapable: string[] = [];
  const { runs } = rawRuns(text, start);
  const pieces = runs.map((run, i) => {
    if (run.raw !== null) {
      unescapable.push(...findDelimiters(run.text).map((d) => d.text));
      return run.text;
    }
    // Both alternatives match a `*`: most HTML has `|` (MJML's `<!--[if mso | IE]>`) but no `*`.
    let t = run.text.includes('*') ? run.text.replace(/\*(?=\|)|(?<=\|)\*/g, '&#42;') : run.text;
    if (i === 0) t = t.replace(/^[|*]/, (c) => CHAR_REF[c]!);
    if (i === runs.length - 1) t = t.replace(/[|*]$/, (c) => CHAR_REF[c]!);
    return t;
  });
  return { code: pieces.join(''), unescapable };
}

const CHAR_REF: Record<string, string> = { '*': '&#42;', '|': '&#124;' };
