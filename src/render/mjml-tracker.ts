// Follows MJML source as it is fed in pieces and knows, like mjml's own XML parser,
// which MJML element we are in, whether we are inside the raw content of an "ending
// tag" (mj-text, mj-button, mj-raw ... whose content MJML copies as HTML), and the
// lexical position (text, attribute value, comment ...) from the markup scanner.
import { MarkupScanner, type TagEvent, type Where } from './markup-scanner.js';

/** What the render phase needs to know about MJML's components (read from mjml itself). */
export interface MjmlSchema {
  /** Elements whose content MJML takes as raw HTML (`endingTag` components). */
  endingTags: ReadonlySet<string>;
  /** Elements that accept `<mj-raw>` children (where block markers can stand). */
  rawParents: ReadonlySet<string>;
}

/** HTML elements that never have content (htmlparser2 closes them at once). */
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

interface OpenElement {
  name: string;
  id: number;
  /** Stream offset of its start tag's `<`. */
  start: number;
}

/** Everything that must be equal at the start and end of each branch of a block. */
export interface StructureFrame {
  where: Where;
  mjmlDepth: number;
  mjmlTop: number;
  endingDepth: number;
  htmlDepth: number;
  htmlTop: number;
}

export class MjmlTracker {
  readonly scanner = new MarkupScanner();
  /** Open MJML elements (outside ending-tag content). */
  private readonly stack: OpenElement[] = [];
  /** Nesting of ending tags: > 0 while inside e.g. mj-text's content. */
  private endingDepth = 0;
  /** Open HTML elements inside the current ending tag's content. */
  private html: OpenElement[] = [];
  private counter = 0;

  constructor(private readonly schema: MjmlSchema) {}

  /**
   * Feeds source text; `onTag` sees tags at the MJML level (not those inside ending-tag
   * content), end tags before the element is popped.
   */
  feed(text: string, onTag?: (event: TagEvent, parent: string | undefined) => void): void {
    this.scanner.feed(text, (event) => this.onTag(event, onTag));
  }

  private onTag(event: TagEvent, onTag?: (event: TagEvent, parent: string | undefined) => void): void {
    const { name } = event;
    if (this.endingDepth > 0) {
      if (this.schema.endingTags.has(name)) {
        if (event.closing) {
          this.endingDepth--;
          if (this.endingDepth === 0) {
            this.html = [];
            onTag?.(event, this.top());
            this.popUntil(this.stack, name);
          }
        } else if (!event.selfClosing) {
          this.endingDepth++;
        }
        return;
      }
      if (event.closing) this.popUntil(this.html, name);
      else if (!event.selfClosing && !VOID_ELEMENTS.has(name)) this.html.push({ name, id: ++this.counter, start: event.start });
      return;
    }
    if (event.closing) {
      onTag?.(event, this.top());
      this.popUntil(this.stack, name);
      return;
    }
    const parent = this.top();
    this.stack.push({ name, id: ++this.counter, start: event.start });
    if (event.selfClosing || VOID_ELEMENTS.has(name)) this.stack.pop();
    else if (this.schema.endingTags.has(name)) this.endingDepth = 1;
    onTag?.(event, parent);
  }

  private popUntil(stack: OpenElement[], name: string): void {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.name === name) {
        stack.length = k;
        return;
      }
    }
  }

  /** The innermost open MJML element. */
  top(): string | undefined {
    return this.stack[this.stack.length - 1]?.name;
  }

  /** The element enclosing the innermost open one. */
  parentOfTop(): string | undefined {
    return this.stack[this.stack.length - 2]?.name;
  }

  /** Stream offset where the innermost open MJML element's start tag begins. */
  topStart(): number | undefined {
    return this.stack[this.stack.length - 1]?.start;
  }

  /** True between MJML elements (where block markers go), not in content, tags or comments. */
  atBlockLevel(): boolean {
    return this.endingDepth === 0 && this.scanner.where().kind === 'text';
  }

  /** True inside an ending tag's raw content. */
  inContent(): boolean {
    return this.endingDepth > 0;
  }

  inside(name: string): boolean {
    return this.stack.some((e) => e.name === name);
  }

  where(): Where {
    return this.scanner.where();
  }

  frame(): StructureFrame {
    return {
      where: this.scanner.where(),
      mjmlDepth: this.stack.length,
      mjmlTop: this.stack[this.stack.length - 1]?.id ?? 0,
      endingDepth: this.endingDepth,
      htmlDepth: this.html.length,
      htmlTop: this.html[this.html.length - 1]?.id ?? 0,
    };
  }
}

/** 'mjml' when the MJML structure differs, 'html' when only HTML tags in content differ. */
export function compareFrames(a: StructureFrame, b: StructureFrame): 'same' | 'mjml' | 'html' {
  const wa = a.where;
  const wb = b.where;
  if (wa.kind !== wb.kind || wa.conditionalDepth !== wb.conditionalDepth) return 'mjml';
  if ((wa.kind === 'attr-value' || wa.kind === 'tag') && (wa.tagId !== wb.tagId || wa.attrIndex !== wb.attrIndex || wa.quote !== wb.quote)) {
    return 'mjml';
  }
  if (wa.kind === 'raw-text' && wa.tagName !== wb.tagName) return 'mjml';
  if (a.mjmlDepth !== b.mjmlDepth || a.mjmlTop !== b.mjmlTop || a.endingDepth !== b.endingDepth) return 'mjml';
  if (a.htmlDepth !== b.htmlDepth || a.htmlTop !== b.htmlTop) return 'html';
  return 'same';
}
