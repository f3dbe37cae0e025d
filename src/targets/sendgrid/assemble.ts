// The last step of emission: pieces joined into Handlebars source. Adjacent texts are merged
// first (a condition whose branches vanished can bring two texts together), then each text
// is protected knowing which of its neighbours are tags.
import { InternalError } from '../../diagnostics/diagnostic.js';
import type { PartName, Span } from '../../ir/nodes.js';
import type { Piece } from './pieces.js';
import { protectText, type TextMode } from './static-text.js';

export interface TextIssue {
  kind: 'brace-before-tag' | 'unverified-escape';
  /** The source of the text, when known. */
  span?: Span;
}

export interface Assembled {
  code: string;
  issues: TextIssue[];
}

type TextPiece = Extract<Piece, { kind: 'text' }>;

export function textMode(part: PartName): TextMode {
  return part === 'html' ? 'html' : 'plain';
}

export function assemble(pieces: readonly Piece[], mode: TextMode): Assembled {
  const merged: Piece[] = [];
  for (const p of pieces) {
    if (p.kind === 'slot') throw new InternalError('sendgrid: a slot was left after lowering');
    const last = merged[merged.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') {
      const joined: TextPiece = { kind: 'text', text: last.text + p.text };
      const span = last.span ?? p.span;
      if (span) joined.span = span;
      merged[merged.length - 1] = joined;
    } else if (p.kind !== 'text' || p.text !== '') merged.push(p);
  }
  let code = '';
  const issues: TextIssue[] = [];
  const issue = (kind: TextIssue['kind'], span: Span | undefined) => issues.push(span ? { kind, span } : { kind });
  merged.forEach((p, i) => {
    if (p.kind === 'tag') {
      code += p.code;
      return;
    }
    const t = p as TextPiece;
    const safe = protectText(t.text, mode, merged[i - 1]?.kind === 'tag', merged[i + 1]?.kind === 'tag');
    code += safe.code;
    if (safe.braceBeforeTag) issue('brace-before-tag', t.span);
    if (safe.unverifiedEscape) issue('unverified-escape', t.span);
  });
  return { code, issues };
}
