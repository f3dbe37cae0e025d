// Parses serialised MJML (source.ts) into a tree the AMP renderer walks. Elements whose
// content MJML keeps as raw HTML (mj-text, mj-button, ...) keep it as a source slice;
// tokens among children become dynamic children whose branches are parsed on demand.
import { Parser } from 'htmlparser2';
import type { Node, Span } from '../../ir/nodes.js';
import { SourceSlice, SourceText, splitTokens, TokenTable } from './source.js';

/** MJML elements whose content is raw HTML (mjml-core "ending tags"). */
export const ENDING_TAGS: ReadonlySet<string> = new Set([
  'mj-text', 'mj-button', 'mj-table', 'mj-raw', 'mj-navbar-link', 'mj-accordion-title', 'mj-accordion-text',
  'mj-social-element', 'mj-carousel-image', 'mj-style', 'mj-title', 'mj-preview', 'mj-breakpoint',
]);

export interface MjAttr {
  /** The value as written (entities not decoded), with tokens. */
  raw: string;
  span: Span;
}

export interface MjElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, MjAttr>;
  children: MjChild[];
  /** Raw HTML content of an ending tag; null for other elements. */
  content: SourceSlice | null;
  span: Span;
}

/** An IR node standing among elements (it wraps elements, or is stray text). */
export interface MjDynamic {
  kind: 'dynamic';
  node: Node;
  span: Span;
}

export interface MjText {
  kind: 'text';
  text: string;
  span: Span;
}

export type MjChild = MjElement | MjDynamic | MjText;

export interface ParseProblem {
  span: Span;
  problem: string;
}

/** Parses one MJML fragment. Problems (unbalanced elements) are reported, not thrown. */
export function parseMjml(source: SourceText, tokens: TokenTable, problems: ParseProblem[]): MjChild[] {
  const root: MjElement = { kind: 'element', tag: '#root', attrs: {}, children: [], content: null, span: source.defaultSpan };
  const stack: MjElement[] = [root];
  let raw: { el: MjElement; start: number } | null = null;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (raw) return;
        const span = source.span(parser.startIndex, parser.endIndex + 1);
        const attrs: Record<string, MjAttr> = {};
        for (const [key, value] of Object.entries(attribs)) {
          if (/[\uE000\uE001]/.test(key)) problems.push({ span, problem: `an attribute name of <${name}> depends on the recipient` });
          else attrs[key] = { raw: value, span };
        }
        const el: MjElement = { kind: 'element', tag: name, attrs, children: [], content: null, span };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
        if (ENDING_TAGS.has(name)) raw = { el, start: parser.endIndex + 1 };
      },
      onclosetag(name) {
        if (raw) {
          if (name !== raw.el.tag) return;
          // A self-closed element (<mj-text />) closes before its own end: no content.
          raw.el.content = source.slice(raw.start, Math.max(raw.start, parser.startIndex));
          raw = null;
        }
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (raw) return;
        const start = parser.startIndex;
        let offset = 0;
        for (const part of splitTokens(text)) {
          const len = typeof part === 'string' ? part.length : String(part).length + 2;
          const span = source.span(start + offset, start + offset + len);
          const parent = stack[stack.length - 1]!;
          if (typeof part === 'string') parent.children.push({ kind: 'text', text: part, span });
          else {
            const node = tokens.get(part);
            parent.children.push({ kind: 'dynamic', node, span: node.span ?? span });
          }
          offset += len;
        }
      },
    },
    { recognizeSelfClosing: true, lowerCaseAttributeNames: false, decodeEntities: false, recognizeCDATA: true },
  );
  parser.write(source.text);
  parser.end();
  return root.children;
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets authors omit. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'colgroup']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:\s+(?:[^"'>]|"[^"]*"|'[^']*')*)?>/g;

/**
 * Checks that a branch of a condition or loop holds whole elements: every element it
 * opens is closed in it, and it closes nothing it did not open. Returns the problem or null.
 */
export function unbalancedTag(text: string): string | null {
  const stack: string[] = [];
  for (const m of text.matchAll(TAG)) {
    if (m[0].startsWith('<!--')) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing) {
      if (!m[0].endsWith('/>') && !VOID_TAGS.has(name)) stack.push(name);
      continue;
    }
    if (VOID_TAGS.has(name)) continue;
    let depth = stack.lastIndexOf(name);
    if (depth < 0) return `</${name}> closes an element opened outside it`;
    while (stack.length - 1 > depth) {
      const inner = stack.pop()!;
      if (!OPTIONAL_END.has(inner)) return `<${inner}> is not closed before </${name}>`;
      depth = stack.lastIndexOf(name);
    }
    stack.pop();
  }
  const open = stack.filter((t) => !OPTIONAL_END.has(t));
  return open.length ? `<${open[open.length - 1]}> is opened but not closed` : null;
}

/** Attribute value helpers. */
export function attrHasToken(attr: MjAttr | undefined): boolean {
  return !!attr && /\uE000/.test(attr.raw);
}
