// Maps offsets and lines of the serialized MJML (what mjml sees) back to the user's
// sources. The serialized MJML is a concatenation of pieces: static text copied from a
// source file (with its span) and text Tailor inserted (markers, mj-raw wrappers, the
// preview), which maps to the node that caused it.
import type { Span } from '../ir/nodes.js';
import { advanceSpan } from '../ir/span.js';

interface Piece {
  start: number;
  text: string;
  /** Where the text starts in its source file, when it was copied from one. */
  span: Span | undefined;
  /** The node this piece belongs to: used when the piece has no span of its own. */
  owner: Span;
}

export class LineMap {
  private readonly pieces: Piece[] = [];
  private length = 0;
  private lineStarts: number[] | undefined;
  private joined: string | undefined;

  add(text: string, span: Span | undefined, owner: Span): void {
    if (text === '') return;
    this.pieces.push({ start: this.length, text, span, owner });
    this.length += text.length;
    this.joined = undefined;
    this.lineStarts = undefined;
  }

  text(): string {
    this.joined ??= this.pieces.map((p) => p.text).join('');
    return this.joined;
  }

  /** Offset in the serialized text where 1-based `line` starts (clamped). */
  lineStart(line: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      const s = this.text();
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const k = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    return this.lineStarts[k]!;
  }

  /** The serialized text of 1-based `line` (clamped), with its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = this.lineStart(line + 1);
    return this.text().slice(start, end > start ? end : undefined);
  }

  /** The source position of a serialized offset, as a one-character span. */
  spanAt(offset: number, fallback: Span): Span {
    const piece = this.pieceAt(offset);
    if (!piece) return fallback;
    if (!piece.span) return piece.owner;
    return advanceSpan(piece.span, piece.text.slice(0, offset - piece.start));
  }

  private pieceAt(offset: number): Piece | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.pieces[lo];
  }
}
