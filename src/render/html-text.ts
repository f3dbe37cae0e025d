// HTML to plain text, laid out exactly as html-to-text 10 lays it out with the options the
// text part used to pass it (no word wrap; Tailor's own formats for links, images and
// table cells, rows as blocks, tables as plain blocks, headings keeping their case, hidden
// elements and carousel thumbnails skipped). It is the same algorithm written for that one
// configuration: no selector engine, no wrapping arithmetic. The tests compare it with
// html-to-text on generated documents.
//
// The document is parsed by htmlparser2, as html-to-text parses it; the layout below is
// html-to-text's BlockTextBuilder, whose rules it keeps one for one:
//   - text is split into words on ' \t\r\n\f\u200b'; words join with one space, and text
//     that starts without whitespace continues the previous word;
//   - a block collects its words and, when closed, is added to its parent separated by
//     max(line breaks the parent asks after its last block, the block's leading breaks);
//   - a line break (br) starts a new line; in <pre> text is kept as it is.
import { parseDocument } from 'htmlparser2';

/** Per-conversion hooks the link format calls. */
export interface TextHooks {
  /** Maps placeholders to a form in which two outputs of the same expression are equal. */
  canonical: (s: string) => string;
  /**
   * Wraps the printed url of a link whose href may turn out empty (only outputs) in a
   * condition, so an empty url prints nothing, as it would for a static empty href.
   */
  guardLink: (href: string, printed: string) => string;
}

/** The parts of htmlparser2's DOM nodes the layout reads. */
interface DomText {
  type: 'text';
  data: string;
}
interface DomElement {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  parent: { name?: string } | null;
}
type DomNode = DomText | DomElement | { type: 'comment' | 'directive' | 'cdata' | 'root' };

/** html-to-text's input limit (longer input is cut, with a warning). */
const MAX_INPUT_LENGTH = 1 << 24;

// html-to-text's whitespace characters (not U+00A0: a no-break space is part of a word).
const WORD = /[^ \t\r\n\f\u200b]+/g;
const LEADING_SPACE = /^[ \t\r\n\f\u200b]/;
const TRAILING_SPACE = /[ \t\r\n\f\u200b]$/;
const ONLY_SPACE = /^[ \t\r\n\f\u200b]*$/;

/** Words of the lines of one block, before they are joined. */
class InlineText {
  lines: string[][] = [];
  words: string[] = [];
  stashedSpace = false;

  pushWord(word: string): void {
    this.words.push(word);
  }
  /** Appends to the last word of the current line (or starts one). */
  concatWord(word: string): void {
    const last = this.words.pop();
    this.words.push(last ? last + word : word);
  }
  startNewLine(n = 1): void {
    this.lines.push(this.words);
    for (let i = 1; i < n; i++) this.lines.push([]);
    this.words = [];
  }
  isEmpty(): boolean {
    return this.lines.length === 0 && this.words.length === 0;
  }
  clear(): void {
    this.lines.length = 0;
    this.words.length = 0;
  }
  toString(): string {
    let out = '';
    for (const line of this.lines) out += line.join(' ') + '\n';
    return out + this.words.join(' ');
  }
}

/** A block, list or list item being built (html-to-text's stack items). */
class Block {
  readonly inline = new InlineText();
  rawText = '';
  stashedLineBreaks = 0;
  readonly isPre: boolean;
  constructor(
    readonly next: Block | null,
    public leadingLineBreaks: number,
    isPre = false,
    /** Lists: the widest item prefix. List items: their prefix. */
    readonly prefix = '',
    readonly maxPrefixLength = 0,
  ) {
    this.isPre = isPre || (next?.isPre ?? false);
  }

  text(): string {
    return this.inline.isEmpty() ? this.rawText : this.rawText + this.inline.toString();
  }

  /** Adds a finished child's text, separated from what is there by the line breaks asked for. */
  addText(text: string, leadingLineBreaks: number, trailingLineBreaks: number): void {
    const parentText = this.text();
    const lineBreaks = Math.max(this.stashedLineBreaks, leadingLineBreaks);
    this.inline.clear();
    if (parentText) this.rawText = parentText + '\n'.repeat(lineBreaks) + text;
    else {
      this.rawText = text;
      this.leadingLineBreaks = lineBreaks;
    }
    this.stashedLineBreaks = trailingLineBreaks;
  }
}

class TextBuilder {
  private top = new Block(null, 1);
  /** Word transforms, innermost first (links record their label through one). */
  private transforms: ((word: string) => string)[] = [];

  constructor(readonly hooks: TextHooks) {}

  pushWordTransform(transform: (word: string) => string): void {
    this.transforms.unshift(transform);
  }
  popWordTransform(): void {
    this.transforms.shift();
  }

  addLineBreak(): void {
    if (this.top.isPre) this.top.rawText += '\n';
    else this.top.inline.startNewLine();
  }

  addInline(str: string, noWordTransform = false): void {
    const block = this.top;
    if (block.isPre) {
      block.rawText += str;
      return;
    }
    if (str.length === 0 || (block.stashedLineBreaks && ONLY_SPACE.test(str))) return;
    if (block.stashedLineBreaks) block.inline.startNewLine(block.stashedLineBreaks);
    this.addWords(str, block.inline, noWordTransform ? null : this.transforms);
    block.stashedLineBreaks = 0;
  }

  private addWords(text: string, inline: InlineText, transforms: ((word: string) => string)[] | null): void {
    const previouslyStashedSpace = inline.stashedSpace;
    let anyMatch = false;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let word = m[0];
      if (transforms) for (const transform of transforms) word = transform(word);
      if (!anyMatch && !previouslyStashedSpace && !LEADING_SPACE.test(text)) inline.concatWord(word);
      else inline.pushWord(word);
      anyMatch = true;
    }
    inline.stashedSpace = (previouslyStashedSpace && !anyMatch) || TRAILING_SPACE.test(text);
  }

  openBlock(leadingLineBreaks: number, isPre = false): void {
    this.top = new Block(this.top, leadingLineBreaks, isPre);
  }

  closeBlock(trailingLineBreaks: number, transform?: (text: string) => string): void {
    const block = this.pop();
    const text = transform ? transform(block.text()) : block.text();
    this.top.addText(text, block.leadingLineBreaks, Math.max(block.stashedLineBreaks, trailingLineBreaks));
  }

  openList(leadingLineBreaks: number, maxPrefixLength: number): void {
    this.top = new Block(this.top, leadingLineBreaks, false, '', maxPrefixLength);
  }

  openListItem(prefix: string): void {
    // Items are separated by one line break (the list's inter-row line breaks).
    this.top = new Block(this.top, 1, false, prefix);
  }

  closeListItem(): void {
    const item = this.pop();
    const list = this.top;
    const prefixLength = Math.max(item.prefix.length, list.maxPrefixLength);
    const text = item.prefix.padEnd(prefixLength) + item.text().replace(/\n/g, '\n' + ' '.repeat(prefixLength));
    list.addText(text, item.leadingLineBreaks, Math.max(item.stashedLineBreaks, 1));
  }

  closeList(trailingLineBreaks: number): void {
    const list = this.pop();
    const text = list.text();
    if (text) this.top.addText(text, list.leadingLineBreaks, trailingLineBreaks);
  }

  toString(): string {
    return (this.top.next ?? this.top).text();
  }

  private pop(): Block {
    const block = this.top;
    this.top = block.next!;
    return block;
  }
}

/** Plain text of an HTML document (its <body> elements, or the whole document without one). */
export function htmlText(html: string, hooks: TextHooks): string {
  if (html.length > MAX_INPUT_LENGTH) {
    console.warn(`Input length ${html.length} is above allowed limit of ${MAX_INPUT_LENGTH}. Truncating without ellipsis.`);
    html = html.substring(0, MAX_INPUT_LENGTH);
  }
  const document = parseDocument(html, { decodeEntities: true }) as unknown as { children: DomNode[] };
  const builder = new TextBuilder(hooks);
  walk(bodies(document.children), builder);
  return builder.toString();
}

function bodies(dom: DomNode[]): DomNode[] {
  const found: DomNode[] = [];
  const visit = (nodes: DomNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'body') found.push(node);
      else visit(node.children);
    }
  };
  visit(dom);
  return found.length > 0 ? found : dom;
}

function walk(nodes: DomNode[], builder: TextBuilder): void {
  for (const node of nodes) {
    if (node.type === 'text') builder.addInline(node.data);
    else if (node.type === 'tag') formatElement(node, builder);
  }
}

const BLOCKS_1 = new Set(['article', 'aside', 'div', 'footer', 'form', 'header', 'main', 'nav', 'section', 'tr']);

/** Hidden elements (preview text, carousel controls) and carousel thumbnails are left out. */
function skipped(element: DomElement): boolean {
  const style = element.attribs.style;
  if (style !== undefined && (style.includes('display:none') || style.includes('display: none'))) return true;
  const className = element.attribs.class;
  return className !== undefined && className.split(/[ \t]+/).includes('mj-carousel-thumbnail');
}

function formatElement(element: DomElement, builder: TextBuilder): void {
  if (skipped(element)) return;
  const name = element.name;
  if (BLOCKS_1.has(name)) return block(element, builder, 1, 1);
  switch (name) {
    case 'a':
      return formatAnchor(element, builder);
    case 'img': {
      const alt = String(element.attribs.alt ?? '').trim();
      if (alt) builder.addInline(alt);
      return;
    }
    case 'td':
    case 'th':
      // Cells: their content, then a space, so `<td>Plan</td><td>Pro</td>` reads "Plan Pro".
      walk(element.children, builder);
      builder.addInline(' ');
      return;
    case 'p':
    case 'table':
    case 'h4':
    case 'h5':
    case 'h6':
      return block(element, builder, 2, 2);
    case 'h1':
    case 'h2':
    case 'h3':
      return block(element, builder, 3, 2);
    case 'pre':
      builder.openBlock(2, true);
      walk(element.children, builder);
      builder.closeBlock(2);
      return;
    case 'blockquote':
      builder.openBlock(2);
      walk(element.children, builder);
      builder.closeBlock(2, (text) =>
        trimNewlines(text)
          .split('\n')
          .map((line) => '> ' + line)
          .join('\n'),
      );
      return;
    case 'br':
      builder.addLineBreak();
      return;
    case 'wbr':
      // A word break opportunity: without word wrap it changes nothing.
      return;
    case 'hr':
      builder.openBlock(2);
      builder.addInline('-'.repeat(40));
      builder.closeBlock(2);
      return;
    case 'ul':
      return formatList(element, builder, () => ' * ');
    case 'ol': {
      let next = Number(element.attribs.start || '1');
      const index = orderedIndex(element.attribs.type);
      return formatList(element, builder, () => ' ' + index(next++) + '. ');
    }
    default:
      walk(element.children, builder);
  }
}

function block(element: DomElement, builder: TextBuilder, leading: number, trailing: number): void {
  builder.openBlock(leading);
  walk(element.children, builder);
  builder.closeBlock(trailing);
}

/**
 * Links as `label (url)`, or the url alone when the label is empty, or the label alone
 * when it is the url; `mailto:` dropped; in-page `#` links print their label only.
 */
function formatAnchor(element: DomElement, builder: TextBuilder): void {
  const href = String(element.attribs.href ?? '').replace(/^mailto:/i, '');
  if (!href || href.startsWith('#')) {
    walk(element.children, builder);
    return;
  }
  let label = '';
  builder.pushWordTransform((word) => {
    label += word;
    return word;
  });
  // Without trailing whitespace, a guarded url can carry its own separating space.
  walk(withoutTrailingSpace(element.children), builder);
  builder.popWordTransform();
  const hooks = builder.hooks;
  if (label && hooks.canonical(label) === hooks.canonical(href)) return;
  builder.addInline(hooks.guardLink(href, label ? ` (${href})` : href), true);
}

function withoutTrailingSpace(children: DomNode[]): DomNode[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type !== 'text') break;
    const data = last.data.replace(/[ \t\r\n\f]+$/, '');
    if (data) {
      out[out.length - 1] = { type: 'text', data };
      break;
    }
    out.pop();
  }
  return out;
}

function formatList(element: DomElement, builder: TextBuilder, nextPrefix: () => string): void {
  const nested = element.parent?.name === 'li';
  let maxPrefixLength = 0;
  const items: { node: DomNode; prefix: string }[] = [];
  for (const child of element.children) {
    if (child.type === 'text' && /^\s*$/.test(child.data)) continue;
    if (child.type !== 'tag' || child.name !== 'li') {
      items.push({ node: child, prefix: '' });
      continue;
    }
    const prefix = nested ? nextPrefix().trimStart() : nextPrefix();
    maxPrefixLength = Math.max(maxPrefixLength, prefix.length);
    items.push({ node: child, prefix });
  }
  if (items.length === 0) return;
  builder.openList(nested ? 1 : 2, maxPrefixLength);
  for (const { node, prefix } of items) {
    builder.openListItem(prefix);
    walk([node], builder);
    builder.closeListItem();
  }
  builder.closeList(nested ? 1 : 2);
}

function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.substring(start, end);
}

/** Item markers of an ordered list by its `type` attribute (html-to-text's, numbers as it writes them). */
function orderedIndex(type = '1'): (i: number) => string {
  switch (type) {
    case 'a':
      return (i) => letterSequence(i, 'a');
    case 'A':
      return (i) => letterSequence(i, 'A');
    case 'i':
      return (i) => roman(i).toLowerCase();
    case 'I':
      return (i) => roman(i);
    default:
      return (i) => i.toString();
  }
}

function letterSequence(num: number, baseChar: string): string {
  const digits: number[] = [];
  do {
    num -= 1;
    digits.push(num % 26);
    num = (num / 26) >> 0;
  } while (num > 0);
  const base = baseChar.charCodeAt(0);
  return digits
    .reverse()
    .map((n) => String.fromCharCode(base + n))
    .join('');
}

const ONES = ['I', 'X', 'C', 'M'];
const FIVES = ['V', 'L', 'D'];

function roman(num: number): string {
  return [...String(num)]
    .map((n) => +n)
    .reverse()
    .map((v, i) => (v % 5 < 4 ? (v < 5 ? '' : FIVES[i]) + ONES[i]!.repeat(v % 5) : ONES[i]! + (v < 5 ? FIVES[i] : ONES[i + 1])))
    .reverse()
    .join('');
}
