// IR -> text the AMP renderer can parse. Dynamic nodes become opaque tokens made of
// private-use characters no HTML or MJML step reads; a token keeps its node, so a
// conditional that wraps elements, sits in text or stands in an attribute value
// survives parsing. Every offset of the text maps back to the template position.
import type { Node, Span } from '../../ir/nodes.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
export const TOKEN_PATTERN = /\uE000(\d+)\uE001/g;
const TOKEN_CHARS = /[\uE000\uE001]/;

/** The dynamic nodes met while serialising one template, indexed by token id. */
export class TokenTable {
  readonly nodes: Node[] = [];
  add(node: Node): string {
    this.nodes.push(node);
    return `${OPEN}${this.nodes.length - 1}${CLOSE}`;
  }
  get(id: number): Node {
    const node = this.nodes[id];
    if (!node) throw new Error(`amp: unknown token ${id}`);
    return node;
  }
}

interface Segment {
  start: number;
  end: number;
  /** Where the segment's first character came from; undefined = no user source. */
  span: Span | undefined;
  /** A token: the whole segment maps to the node's span. */
  token: boolean;
}

/** Serialised MJML or HTML source with a map from offsets to template positions. */
export class SourceText {
  /** Offsets of the line breaks of `text`, ascending. */
  private readonly breaks: number[] = [];

  constructor(
    readonly text: string,
    private readonly segments: Segment[],
    /** Used where no segment has a span (text that came from no user file). */
    readonly defaultSpan: Span,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** Number of line breaks before `offset`. */
  private breaksBefore(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The template position of the character at `offset`. */
  positionAt(offset: number): Span {
    // Segments are contiguous and in order: binary search the one holding `offset`.
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const index = lo;
    const seg = this.segments[index];
    if (!seg) return this.defaultSpan;
    if (!seg.span) {
      // Text with no user source (e.g. from a component's expansion): the nearest
      // earlier position that has one is the best pointer we have.
      for (let j = index - 1; j >= 0; j--) if (this.segments[j]!.span) return this.segments[j]!.span!;
      return this.defaultSpan;
    }
    if (seg.token) return seg.span;
    offset = Math.min(offset, seg.end);
    const lines = this.breaksBefore(offset) - this.breaksBefore(seg.start);
    const line = seg.span.line + lines;
    const column = lines === 0 ? seg.span.column + (offset - seg.start) : offset - this.breaks[this.breaksBefore(offset) - 1]!;
    return { file: seg.span.file, line, column, endLine: line, endColumn: column };
  }

  /** A span from `start` to `end`. */
  span(start: number, end: number): Span {
    const a = this.positionAt(start);
    const b = this.positionAt(Math.max(start, end - 1));
    if (a.file !== b.file) return a;
    return { file: a.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1 };
  }

  /** The text between two offsets, sharing this source's map. */
  slice(start: number, end: number): SourceSlice {
    return new SourceSlice(this, start, end);
  }
}

/** A part of a SourceText (an element's raw content, an attribute value). */
export class SourceSlice {
  readonly text: string;
  constructor(readonly source: SourceText, readonly start: number, readonly end: number) {
    this.text = source.text.slice(start, end);
  }
  span(from = 0, to = this.text.length): Span {
    return this.source.span(this.start + from, this.start + to);
  }
}

/**
 * Serialises IR nodes: static text as is, dynamic nodes as tokens. Branch bodies are not
 * serialised here; the renderer serialises each one when it reaches the token.
 */
export function serializeNodes(nodes: Node[], tokens: TokenTable, defaultSpan: Span): SourceText {
  let text = '';
  const segments: Segment[] = [];
  for (const node of nodes) {
    const start = text.length;
    if (node.kind === 'static') {
      if (TOKEN_CHARS.test(node.text)) throw new Error('amp: static text contains a private-use token character');
      text += node.text;
      segments.push({ start, end: text.length, span: node.span, token: false });
    } else {
      text += tokens.add(node);
      segments.push({ start, end: text.length, span: node.span, token: true });
    }
  }
  return new SourceText(text, segments, defaultSpan);
}

/** Splits text with tokens into static strings and token ids, in order. */
export function splitTokens(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    if (m.index! > last) parts.push(text.slice(last, m.index));
    parts.push(Number(m[1]));
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function hasToken(text: string): boolean {
  return text.includes(OPEN);
}

/** The span of `length` characters at `offset` of a text that starts at `start`. */
export function spanWithin(text: string, start: Span, offset: number, length: number): Span {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { file: start.file, line, column, endLine: line, endColumn: column + length };
}
