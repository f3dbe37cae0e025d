// Where each character of a YAML string scalar sits in the source file.
//
// YAML rewrites strings while reading them: quotes and escapes disappear, line breaks
// fold into spaces, block scalars lose their indentation. An expression parser that
// reports "column 17 of the condition" needs to know where that character really is,
// so this file replays the `yaml` package's own decoding (compose/resolve-flow-scalar.js
// and resolve-block-scalar.js) while recording source offsets. The replay is checked
// against the value `yaml` produced: on any difference the layout is dropped (null)
// and callers fall back to the scalar's start position.
import { Scalar } from 'yaml';

export interface ScalarLayout {
  /** Offset of the value's first character (after an opening quote or block header). */
  start: number;
  /** Offset just after the value's last character (before a closing quote). */
  end: number;
  /**
   * Source offset of each UTF-16 unit of the decoded value, plus one entry for the
   * end; null when the replay did not reproduce the value (an unsupported corner).
   */
  offsets: number[] | null;
}

/** Collects decoded characters with the source offset each came from. */
class Decoded {
  text = '';
  offsets: number[] = [];
  /** Appends `s`, every unit attributed to `offset`. */
  add(s: string, offset: number): void {
    for (let i = 0; i < s.length; i++) {
      this.text += s[i];
      this.offsets.push(offset);
    }
  }
  /** Appends the source characters [from, to) verbatim. */
  copy(src: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.text += src[i];
      this.offsets.push(i);
    }
  }
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

export function scalarLayout(src: string, node: Scalar): ScalarLayout {
  const [rangeStart, valueEnd] = node.range ?? [0, 0];
  const expected = String(node.value);
  let decoded: Decoded | null;
  let start = rangeStart;
  let end = valueEnd;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      start = rangeStart + 1;
      end = valueEnd - 1;
      decoded = doubleQuoted(src, rangeStart, valueEnd);
      break;
    case Scalar.QUOTE_SINGLE:
      start = rangeStart + 1;
      end = valueEnd - 1;
      decoded = singleQuoted(src, rangeStart + 1, valueEnd - 1);
      break;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const nl = src.indexOf('\n', rangeStart);
      const contentStart = nl === -1 || nl >= valueEnd ? valueEnd : nl + 1;
      decoded = blockScalar(src, rangeStart, contentStart, valueEnd, expected);
      start = contentStart;
      break;
    }
    default:
      decoded = new Decoded();
      unfold(src, rangeStart, valueEnd, decoded);
  }
  if (!decoded || decoded.text !== expected) return { start, end, offsets: null };
  if (decoded.offsets.length > 0) {
    start = decoded.offsets[0]!;
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
      // End after the last character that is not a trailing line break.
      let last = decoded.text.length - 1;
      while (last > 0 && decoded.text[last] === '\n') last--;
      end = decoded.offsets[last]! + 1;
    }
  }
  return { start, end, offsets: [...decoded.offsets, end] };
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its end: the line break (`\r` of CRLF, or `\n`), or the range end. */
  end: number;
}

/** Lines of [from, to), line breaks excluded. */
function splitLines(src: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let at = from;
  for (;;) {
    const nl = src.indexOf('\n', at);
    if (nl === -1 || nl >= to) {
      lines.push({ start: at, end: to });
      return lines;
    }
    lines.push({ start: at, end: nl > at && src[nl - 1] === '\r' ? nl - 1 : nl });
    at = nl + 1;
  }
}

/** Plain and single-quoted folding: yaml's `unfoldLines`. */
function unfold(src: string, from: number, to: number, out: Decoded): void {
  const lines = splitLines(src, from, to);
  if (lines.length === 1) {
    out.copy(src, from, to);
    return;
  }
  const first = lines[0]!;
  let firstEnd = first.end;
  while (firstEnd > first.start && isBlank(src[firstEnd - 1])) firstEnd--;
  out.copy(src, first.start, firstEnd);
  let sep = ' ';
  let sepOffset = first.end;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    let a = line.start;
    let b = line.end;
    while (a < b && isBlank(src[a])) a++;
    while (b > a && isBlank(src[b - 1])) b--;
    if (a === b) {
      if (sep === '\n') out.add('\n', sepOffset);
      sep = '\n';
      sepOffset = line.start;
    } else {
      out.add(sep, sepOffset);
      out.copy(src, a, b);
      sep = ' ';
      sepOffset = line.end;
    }
  }
  const last = lines[lines.length - 1]!;
  let a = last.start;
  while (a < to && isBlank(src[a])) a++;
  out.add(sep, sepOffset);
  out.copy(src, a, to);
}

/** `from`/`to` exclude the quotes. */
function singleQuoted(src: string, from: number, to: number): Decoded {
  const unfolded = new Decoded();
  unfold(src, from, to, unfolded);
  const out = new Decoded();
  for (let i = 0; i < unfolded.text.length; i++) {
    out.add(unfolded.text[i]!, unfolded.offsets[i]!);
    if (unfolded.text[i] === "'" && unfolded.text[i + 1] === "'") i++;
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** `from`/`to` include the quotes: yaml's `doubleQuotedValue`. */
function doubleQuoted(src: string, from: number, to: number): Decoded | null {
  const out = new Decoded();
  for (let i = from + 1; i < to - 1; i++) {
    const ch = src[i]!;
    if (ch === '\r' && src[i + 1] === '\n') continue;
    if (ch === '\n') {
      // Fold: one break is a space, N breaks are N-1 newlines; leading blanks go.
      const breakAt = i;
      let fold = '';
      let next = src[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && src[i + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        i++;
        next = src[i + 1];
      }
      out.add(fold || ' ', breakAt);
    } else if (ch === '\\') {
      const escapeAt = i;
      const next = src[++i];
      if (next === undefined) return null;
      if (ESCAPES[next] !== undefined) out.add(ESCAPES[next]!, escapeAt);
      else if (next === '\n' || (next === '\r' && src[i + 1] === '\n')) {
        // Escaped line break: joins the lines, still trimming the next one.
        if (next === '\r') i++;
        while (isBlank(src[i + 1])) i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = src.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return null;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return null;
        out.add(String.fromCodePoint(code), escapeAt);
        i += length;
      } else {
        return null; // invalid escape: yaml already reported it
      }
    } else if (ch === ' ' || ch === '\t') {
      // Blanks before a line break are trimmed; others kept verbatim.
      const runStart = i;
      while (isBlank(src[i + 1])) i++;
      const after = src[i + 1];
      if (after !== '\n' && !(after === '\r' && src[i + 2] === '\n')) out.copy(src, runStart, i + 1);
    } else {
      out.add(ch, i);
    }
  }
  return out;
}

interface BlockLine extends Line {
  /** Number of leading spaces. */
  indent: number;
}

/**
 * `|` and `>` scalars: yaml's `resolveBlockScalar`. The trimmed indentation depends on
 * the parent's indentation when the header carries an explicit indicator, which a node
 * does not record, so each plausible value is tried and the one reproducing `expected`
 * wins.
 */
function blockScalar(src: string, headerStart: number, from: number, to: number, expected: string): Decoded | null {
  const header = src.slice(headerStart, from).replace(/[ \t]*(#.*)?\r?\n?$/, '');
  const mode = header[0];
  const chomp = header.includes('-') ? '-' : header.includes('+') ? '+' : '';
  const explicit = Number(header.replace(/[^1-9]/g, '')[0] ?? 0);
  const lines: BlockLine[] = splitLines(src, from, to).map((l) => {
    let indent = 0;
    while (src[l.start + indent] === ' ' && l.start + indent < l.end) indent++;
    return { ...l, indent };
  });
  // yaml's splitLines yields an empty last line when the source ends with a break.
  const candidates = explicit ? Array.from({ length: 40 }, (_, parent) => parent + explicit) : [0];
  for (const base of candidates) {
    const out = decodeBlock(src, lines, mode === '>', chomp, explicit, base);
    if (out && out.text === expected) return out;
  }
  return null;
}

function decodeBlock(
  src: string,
  lines: BlockLine[],
  folded: boolean,
  chomp: string,
  explicit: number,
  base: number,
): Decoded | null {
  const out = new Decoded();
  const contentOf = (l: BlockLine) => src.slice(l.start + l.indent, l.end);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (contentOf(lines[i]!) === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === '+' && lines.length > 0) {
      const count = Math.max(1, lines.length - 1);
      for (let i = 0; i < count; i++) out.add('\n', lines[Math.min(i, lines.length - 1)]!.end);
    }
    return out;
  }
  let trimIndent = base;
  let contentStart = 0;
  for (let i = 0; i < chompStart; i++) {
    const line = lines[i]!;
    if (contentOf(line) === '') {
      if (!explicit && line.indent > trimIndent) trimIndent = line.indent;
    } else {
      if (!explicit) trimIndent = line.indent;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; i--) {
    if (lines[i]!.indent > trimIndent) chompStart = i + 1;
  }
  // Indentation beyond trimIndent is content.
  const keptIndent = (l: BlockLine): [number, number] => [l.start + Math.min(trimIndent, l.indent), l.start + l.indent];
  for (let i = 0; i < contentStart; i++) {
    const [a, b] = keptIndent(lines[i]!);
    out.copy(src, a, b);
    out.add('\n', lines[i]!.end);
  }
  let sep = '';
  let sepOffset = 0;
  let prevMoreIndented = false;
  for (let i = contentStart; i < chompStart; i++) {
    const line = lines[i]!;
    const content = contentOf(line);
    if (content && line.indent < trimIndent) return null; // yaml reported a bad indent
    const [ia, ib] = keptIndent(line);
    const contentFrom = line.start + line.indent;
    if (!folded) {
      out.add(sep, sepOffset);
      out.copy(src, ia, ib);
      out.copy(src, contentFrom, line.end);
      sep = '\n';
    } else if (line.indent > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      out.add(sep, sepOffset);
      out.copy(src, ia, ib);
      out.copy(src, contentFrom, line.end);
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') out.add('\n', line.start);
      else sep = '\n';
    } else {
      out.add(sep, sepOffset);
      out.copy(src, contentFrom, line.end);
      sep = ' ';
      prevMoreIndented = false;
    }
    sepOffset = line.end;
  }
  const lastContentEnd = lines[chompStart - 1]!.end;
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; i++) {
      out.add('\n', lines[i - 1]!.end);
      const [a, b] = keptIndent(lines[i]!);
      out.copy(src, a, b);
    }
    if (!out.text.endsWith('\n')) out.add('\n', lastContentEnd);
  } else if (chomp !== '-') {
    out.add('\n', lastContentEnd);
  }
  return out;
}
