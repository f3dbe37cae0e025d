// An incremental tokenizer for HTML-like markup: MJML source on the way in, MJML's HTML
// on the way out. It does not build a tree; it knows, at any point of the stream, whether
// we are in text, inside a tag, inside an attribute value (and which), in a comment or in
// a raw-text element (`<style>`), and reports each start and end tag. It can be fed in
// chunks (the static pieces of a template), so the render phase can ask "where am I?"
// exactly where a dynamic node sits.
//
// Outlook conditional comments (`<!--[if mso]> ... <![endif]-->`) are markup for some
// clients, so their content is tokenized as markup and only counted in `conditionalDepth`.

export type WhereKind = 'text' | 'tag' | 'attr-value' | 'comment' | 'raw-text';

export interface Where {
  kind: WhereKind;
  /** The tag being read (tag, attr-value) or the raw-text element (raw-text). */
  tagName: string;
  /** The attribute whose value is being read (attr-value). */
  attrName: string;
  /** Identifies the tag being read: two positions with the same tagId are in one tag. */
  tagId: number;
  attrIndex: number;
  quote: string;
  /** How many Outlook conditional comments enclose this point. */
  conditionalDepth: number;
}

export interface TagEvent {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Stream offsets of `<` and just after `>`. */
  start: number;
  end: number;
}

const enum S {
  Text,
  TagOpen,
  TagName,
  InTag,
  AttrName,
  AfterAttrName,
  BeforeValue,
  ValueQuoted,
  ValueUnquoted,
  Bang,
  Comment,
  ConditionalHead,
  Bogus,
  Raw,
  RawLt,
  RawEndCheck,
}

/** Elements whose content is not markup (the same list htmlparser2 treats specially). */
const RAW_TEXT_ELEMENTS = new Set(['style', 'script', 'title', 'textarea']);

// Hot path: a whole start or end tag inside one chunk is matched by one regex (no
// backtracking blow-up: every repetition starts with a character the previous part cannot
// take). A tag cut by a chunk boundary falls back to the character-level machine below.
const WHOLE_START_TAG = /<([a-zA-Z][^\t\n\f\r />]*)(?:[\t\n\f\r ]+[^\t\n\f\r />="']+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"']+))?)*[\t\n\f\r ]*(\/?)>/y;
const WHOLE_END_TAG = /<\/([a-zA-Z][^\t\n\f\r />]*)[\t\n\f\r ]*>/y;

// Codes of characters that end a tag or attribute name.
const SPACE_CODES = new Set([32, 10, 9, 13, 12]);
const SLASH = 47;
const GT = 62;
const EQ = 61;

/** End of the run starting at i of name characters (not space, `/`, `>`, and `=` when `attr`). */
function nameRunEnd(chunk: string, i: number, attr: boolean): number {
  let j = i;
  while (j < chunk.length) {
    const code = chunk.charCodeAt(j);
    if (SPACE_CODES.has(code) || code === SLASH || code === GT || (attr && code === EQ)) break;
    j++;
  }
  return j;
}

function spaceRunEnd(chunk: string, i: number): number {
  let j = i;
  while (j < chunk.length && SPACE_CODES.has(chunk.charCodeAt(j))) j++;
  return j;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

export class MarkupScanner {
  /** Characters fed so far. */
  offset = 0;
  conditionalDepth = 0;
  private state: S = S.Text;
  private tagStart = 0;
  private name = '';
  private closing = false;
  private slash = false;
  private tagId = 0;
  private tagCounter = 0;
  private attrName = '';
  private attrIndex = -1;
  private quote = '';
  private head = '';
  private dashes = 0;
  private bracket = false;
  private rawName = '';
  private rawMatch = '';

  where(): Where {
    return {
      kind: this.kind(),
      tagName: this.state === S.Raw || this.state === S.RawLt || this.state === S.RawEndCheck ? this.rawName : this.name,
      attrName: this.attrName,
      tagId: this.tagId,
      attrIndex: this.attrIndex,
      quote: this.quote,
      conditionalDepth: this.conditionalDepth,
    };
  }

  private kind(): WhereKind {
    switch (this.state) {
      case S.Text:
        return 'text';
      case S.TagOpen:
      case S.TagName:
      case S.InTag:
      case S.AttrName:
      case S.AfterAttrName:
      case S.BeforeValue:
        return 'tag';
      case S.ValueQuoted:
      case S.ValueUnquoted:
        return 'attr-value';
      case S.Bang:
      case S.Comment:
      case S.ConditionalHead:
      case S.Bogus:
        return 'comment';
      default:
        return 'raw-text';
    }
  }

  feed(chunk: string, onTag?: (event: TagEvent) => void): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const c = chunk[i]!;
      switch (this.state) {
        case S.Text: {
          const j = chunk.indexOf('<', i);
          if (j < 0) {
            i = n;
          } else {
            this.tagStart = this.offset + j;
            this.state = S.TagOpen;
            i = j + 1;
          }
          break;
        }
        case S.TagOpen:
          if (i > 0 && (c === '/' || isLetter(c))) {
            const whole = c === '/' ? WHOLE_END_TAG : WHOLE_START_TAG;
            whole.lastIndex = i - 1;
            const m = whole.exec(chunk);
            if (m) {
              this.tagId = ++this.tagCounter;
              this.attrIndex = -1;
              i = this.emit(m[1]!.toLowerCase(), c === '/', m[2] === '/', whole.lastIndex - 1, onTag);
              break;
            }
          }
          if (c === '/') {
            this.startTag(true, '');
            i++;
          } else if (c === '!') {
            this.state = S.Bang;
            this.head = '';
            i++;
          } else if (isLetter(c)) {
            this.startTag(false, c.toLowerCase());
            i++;
          } else if (c === '?') {
            this.state = S.Bogus;
            this.head = '';
            i++;
          } else {
            this.state = S.Text; // a literal '<'
          }
          break;
        case S.TagName:
          if (isSpace(c)) {
            this.state = S.InTag;
            i++;
          } else if (c === '>') {
            i = this.emitTag(i, onTag);
          } else if (c === '/' && !(this.closing && this.name === '')) {
            this.slash = true;
            this.state = S.InTag;
            i++;
          } else if (this.closing && this.name === '' && !isLetter(c)) {
            this.state = S.Bogus;
            this.head = '';
          } else {
            const end = nameRunEnd(chunk, i, false);
            this.name += chunk.slice(i, end).toLowerCase();
            i = end;
          }
          break;
        case S.InTag:
        case S.AfterAttrName:
          if (isSpace(c)) {
            i = spaceRunEnd(chunk, i);
          } else if (c === '>') {
            i = this.emitTag(i, onTag);
          } else if (c === '/') {
            this.slash = true;
            this.state = S.InTag;
            i++;
          } else if (c === '=' && this.state === S.AfterAttrName) {
            this.state = S.BeforeValue;
            i++;
          } else {
            this.slash = false;
            this.attrName = c;
            this.attrIndex++;
            this.state = S.AttrName;
            i++;
          }
          break;
        case S.AttrName:
          if (isSpace(c)) {
            this.state = S.AfterAttrName;
            i++;
          } else if (c === '=') {
            this.state = S.BeforeValue;
            i++;
          } else if (c === '>' || c === '/') {
            this.state = S.InTag;
          } else {
            const end = nameRunEnd(chunk, i, true);
            this.attrName += chunk.slice(i, end);
            i = end;
          }
          break;
        case S.BeforeValue:
          if (isSpace(c)) {
            i++;
          } else if (c === '"' || c === "'") {
            this.quote = c;
            this.state = S.ValueQuoted;
            i++;
          } else if (c === '>') {
            i = this.emitTag(i, onTag);
          } else {
            this.quote = '';
            this.state = S.ValueUnquoted;
          }
          break;
        case S.ValueQuoted: {
          const j = chunk.indexOf(this.quote, i);
          if (j < 0) {
            i = n;
          } else {
            this.quote = '';
            this.state = S.InTag;
            i = j + 1;
          }
          break;
        }
        case S.ValueUnquoted:
          if (isSpace(c)) {
            this.state = S.InTag;
            i++;
          } else if (c === '>') {
            i = this.emitTag(i, onTag);
          } else {
            i++;
          }
          break;
        case S.Bang:
          if (this.head === '' && c === '-') {
            this.head = '-';
            i++;
          } else if (this.head === '-' && c === '-') {
            this.state = S.Comment;
            this.head = '';
            this.dashes = 0;
            i++;
          } else {
            this.state = S.Bogus;
          }
          break;
        case S.Bogus: {
          const j = chunk.indexOf('>', i);
          const end = j < 0 ? n : j;
          if (this.head.length < 16) this.head += chunk.slice(i, Math.min(end, i + 16));
          if (j < 0) {
            i = n;
          } else {
            if (this.head.startsWith('[endif]') && this.conditionalDepth > 0) this.conditionalDepth--;
            this.state = S.Text;
            i = j + 1;
          }
          break;
        }
        case S.Comment:
          if (this.head.length >= 9 && this.head !== '[if') {
            // Past the part that tells what the comment is: jump to its end.
            i = this.skipComment(chunk, i);
            break;
          }
          if (this.head.length < 16) this.head += c;
          i++;
          if (this.head === '>' || this.head === '->') {
            this.state = S.Text; // `<!-->` and `<!--->` are empty comments
          } else if (this.head === '[if') {
            this.state = S.ConditionalHead;
            this.bracket = false;
          } else if (c === '-') {
            this.dashes++;
          } else if (c === '>' && this.dashes >= 2) {
            if (this.head.startsWith('<![endif]') && this.conditionalDepth > 0) this.conditionalDepth--;
            this.state = S.Text;
          } else {
            this.dashes = 0;
          }
          break;
        case S.ConditionalHead: {
          if (c === '>' && this.bracket) {
            this.conditionalDepth++;
            this.state = S.Text;
            i++;
            break;
          }
          const j = chunk.indexOf(']>', i);
          if (j < 0) {
            this.bracket = chunk.endsWith(']');
            i = n;
          } else {
            this.conditionalDepth++;
            this.state = S.Text;
            i = j + 2;
          }
          break;
        }
        case S.Raw: {
          const j = chunk.indexOf('<', i);
          if (j < 0) {
            i = n;
          } else {
            this.tagStart = this.offset + j;
            this.rawMatch = '';
            this.state = S.RawLt;
            i = j + 1;
          }
          break;
        }
        case S.RawLt: {
          const expected = '/' + this.rawName;
          const next = this.rawMatch + c.toLowerCase();
          if (expected.startsWith(next)) {
            this.rawMatch = next;
            i++;
            if (next === expected) this.state = S.RawEndCheck;
          } else {
            this.state = S.Raw;
          }
          break;
        }
        case S.RawEndCheck:
          if (isSpace(c) || c === '>' || c === '/') {
            this.startTag(true, this.rawName);
          } else {
            this.state = S.Raw;
          }
          break;
      }
    }
    this.offset += n;
  }

  /** In a comment whose kind is known: finds `-->` (dashes may end the previous chunk). */
  private skipComment(chunk: string, i: number): number {
    const end = (at: number): number => {
      if (this.head.startsWith('<![endif]') && this.conditionalDepth > 0) this.conditionalDepth--;
      this.state = S.Text;
      this.dashes = 0;
      return at;
    };
    if (this.dashes >= 2 && chunk[i] === '>') return end(i + 1);
    if (this.dashes === 1 && chunk.startsWith('->', i)) return end(i + 2);
    const j = chunk.indexOf('-->', i);
    if (j >= 0) return end(j + 3);
    let trailing = 0;
    while (trailing < 2 && chunk.length - 1 - trailing >= i && chunk[chunk.length - 1 - trailing] === '-') trailing++;
    // A chunk of dashes only adds to those the previous chunk ended with.
    this.dashes = trailing === chunk.length - i ? Math.min(2, this.dashes + trailing) : trailing;
    return chunk.length;
  }

  private startTag(closing: boolean, name: string): void {
    this.closing = closing;
    this.name = name;
    this.slash = false;
    this.attrName = '';
    this.attrIndex = -1;
    this.tagId = ++this.tagCounter;
    this.state = S.TagName;
  }

  /** Handles the `>` at chunk[i]; returns the next index. */
  private emitTag(i: number, onTag?: (event: TagEvent) => void): number {
    return this.emit(this.name, this.closing, !this.closing && this.slash, i, onTag);
  }

  private emit(name: string, closing: boolean, selfClosing: boolean, gt: number, onTag?: (event: TagEvent) => void): number {
    this.name = name;
    this.closing = closing;
    this.attrName = '';
    this.quote = '';
    if (!closing && !selfClosing && RAW_TEXT_ELEMENTS.has(name)) {
      this.rawName = name;
      this.state = S.Raw;
    } else {
      this.state = S.Text;
    }
    onTag?.({ name, closing, selfClosing, start: this.tagStart, end: this.offset + gt + 1 });
    return gt + 1;
  }
}
