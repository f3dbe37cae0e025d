// User HTML (the content of mj-text, mj-button, mj-table, mj-raw, ...) made AMP-valid:
// allowed tags kept, <img> -> <amp-img> with its real size, <center>/<font> rewritten,
// attributes and inline CSS reduced to what AMP allows, links checked, comments dropped.
// Tokens in text and attribute values become data fields and mustache sections.
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import type { EachNode, IfNode, Node, Span } from '../../../ir/nodes.js';
import { HTML_ATTRIBUTES, HTML_TAGS, NO_ALIGN_TAGS } from '../allowlist.js';
import { sanitizeDeclarations, type CssIssue } from '../css.js';
import { type AmpNode, html } from '../plan.js';
import { hasToken, splitTokens } from '../source.js';
import { attributeValue, branchSource, renderDynamic } from './dynamic.js';
import { knownSizeOrReport, pxValue } from './images.js';
import { openTag, type AttrOut } from './markup.js';
import type { Env, RenderState } from './state.js';

/** Text with a map to template positions (a SourceSlice). */
export interface LocatedText {
  text: string;
  span(from: number, to: number): Span;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements where text (and so a mustache tag) would be moved out of the table by an HTML parser. */
const TABLE_STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
/** Elements whose content is dropped with them (their text is not content). */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'title', 'head', 'svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas']);

interface Open {
  tag: string;
  /** The tag written to the output (null: nothing is written for it). */
  written: string | null;
}

/** Converts one HTML fragment. `parents` are the elements open around it (for table context). */
export function convertHtml(state: RenderState, src: LocatedText, env: Env, parents: string[] = []): AmpNode[] {
  const out: AmpNode[] = [];
  const stack: Open[] = [];
  let skipping = 0;
  const openTags = () => [...parents, ...stack.map((s) => s.tag)];

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipping) {
          skipping++;
          return;
        }
        const span = src.span(parser.startIndex, parser.endIndex + 1);
        if (hasToken(name) || Object.keys(attribs).some(hasToken)) {
          state.report('amp-unbalanced-branch', span, { kind: 'condition', problem: `a tag or attribute name of <${name}> depends on the recipient` });
        }
        if (HTML_TAGS.has(name)) {
          out.push(...openTag(name, convertAttributes(state, name, attribs, env, span)));
          stack.push({ tag: name, written: VOID.has(name) ? null : name });
        } else if (name === 'img') {
          out.push(...ampImg(state, attribs, env, span), html('</amp-img>'));
          stack.push({ tag: name, written: null });
        } else if (name === 'center') {
          const attrs = convertAttributes(state, 'div', attribs, env, span);
          attrs.class = [state.cls({ 'text-align': 'center' }, span), typeof attrs.class === 'string' ? attrs.class : ''].filter(Boolean).join(' ');
          out.push(...openTag('div', attrs));
          stack.push({ tag: name, written: 'div' });
        } else if (name === 'font') {
          out.push(...fontAsSpan(state, attribs, env, span));
          stack.push({ tag: name, written: 'span' });
        } else {
          state.report('amp-disallowed-html', span, { tag: name });
          // Drop the element with its content for tags whose content is not text; keep the text of others.
          if (SKIP_CONTENT.has(name) || VOID.has(name)) skipping = 1;
          stack.push({ tag: name, written: null });
        }
      },
      onclosetag() {
        if (skipping) {
          skipping--;
          if (skipping > 0) return;
        }
        const open = stack.pop();
        if (open?.written) out.push(html(`</${open.written}>`));
      },
      ontext(text) {
        if (skipping) return;
        for (const part of splitTokens(text)) {
          if (typeof part === 'string') {
            out.push(html(part));
            continue;
          }
          const node = state.tokens.get(part);
          if (node.kind !== 'output' && env.region && TABLE_STRUCTURE.has(openTags().at(-1) ?? '')) env.region.tableContext = true;
          const inside = openTags();
          out.push(...renderDynamic(state, node, env, (nodes, branchEnv, owner) => convertBranch(state, nodes, branchEnv, owner, inside)));
        }
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(src.text);
  parser.end();
  return out;
}

/** One branch of an if or for inside HTML: parsed on its own, and it must hold whole elements. */
function convertBranch(state: RenderState, nodes: Node[], env: Env, owner: IfNode | EachNode, parents: string[]): AmpNode[] {
  const source = branchSource(state, nodes, owner);
  return source ? convertHtml(state, source.slice(0, source.text.length), env, parents) : [];
}

function convertAttributes(state: RenderState, tag: string, attribs: Record<string, string>, env: Env, span: Span): Record<string, AttrOut> {
  const out: Record<string, AttrOut> = {};
  for (const [name, raw] of Object.entries(attribs)) {
    const dropped = () => state.report('amp-attribute-dropped', span, { name, tag });
    if (name.startsWith('on')) {
      state.report('amp-event-handler', span, { name, tag });
      continue;
    }
    if (name === 'style') {
      if (hasToken(raw)) {
        state.report('amp-dynamic-attribute', span, { attribute: name, tag, allowed: 'any attribute but style' });
        continue;
      }
      const issues: CssIssue[] = [];
      const css = sanitizeDeclarations(decodeHTMLAttribute(raw), issues);
      state.reportCss(issues, span);
      if (css) out.style = css;
      continue;
    }
    if (name === 'target') {
      const value = decodeHTMLAttribute(raw).trim().toLowerCase();
      if (value === '_blank') out.target = '_blank';
      else if (value !== '_self' && value !== '') dropped();
      continue;
    }
    const keep =
      (HTML_ATTRIBUTES.has(name) || name.startsWith('data-') || (name.startsWith('aria-') && name !== 'aria-roledescription')) &&
      !(name === 'align' && NO_ALIGN_TAGS.has(tag)) &&
      !(name === 'alt' && tag !== 'amp-img') &&
      !(name === 'class' && raw.includes('i-amphtml-'));
    if (!keep) {
      dropped();
      continue;
    }
    out[name] = attributeValue(state, raw, env, { tag, name, span }, name === 'href' ? 'link' : undefined);
  }
  return out;
}

/** `<img>` -> `<amp-img>`: the size from width/height attributes or the local file, else a diagnostic. */
function ampImg(state: RenderState, attribs: Record<string, string>, env: Env, span: Span): AmpNode[] {
  const rawSrc = attribs.src ?? '';
  const src = attributeValue(state, rawSrc, env, { tag: 'img', name: 'src', span }, 'image');
  const width = pxValue(attribs.width);
  const height = pxValue(attribs.height);
  const size = knownSizeOrReport(state, span, src, width, height) ?? { width: width ?? 1, height: height ?? 1 };
  const rest = Object.fromEntries(Object.entries(attribs).filter(([k]) => !['src', 'width', 'height', 'srcset', 'sizes', 'border'].includes(k)));
  const attrs = convertAttributes(state, 'amp-img', rest, env, span);
  return openTag('amp-img', { src, width: String(Math.round(size.width)), height: String(Math.round(size.height)), layout: 'intrinsic', ...attrs });
}

/** `<font color face>` -> `<span>` with the same styles. */
function fontAsSpan(state: RenderState, attribs: Record<string, string>, env: Env, span: Span): AmpNode[] {
  const { color, face, size, ...rest } = attribs;
  if (size !== undefined) state.report('amp-attribute-dropped', span, { name: 'size', tag: 'font' });
  const attrs = convertAttributes(state, 'span', rest, env, span);
  const cls = state.cls({ color: color && decodeHTMLAttribute(color), 'font-family': face && decodeHTMLAttribute(face) }, span);
  attrs.class = [cls, typeof attrs.class === 'string' ? attrs.class : ''].filter(Boolean).join(' ') || undefined;
  return openTag('span', attrs);
}
