// mj-head for the AMP part: mj-attributes and mj-class feed attribute resolution,
// mj-style joins the one <style amp-custom>, mj-breakpoint sets the desktop media query.
// mj-title and mj-preview have no place in AMP (clients take the preheader from the HTML
// part); mj-font cannot load (AMP allows no font files), so text uses the font stack.
import { decodeHTMLAttribute } from 'entities';
import { sanitizeStylesheet, type CssIssue } from '../css.js';
import { attrHasToken, type MjChild, type MjElement } from '../mjml-tree.js';
import { hasToken } from '../source.js';
import type { RenderState } from './state.js';

const IGNORED = new Set(['mj-title', 'mj-preview', 'mj-font']);

function staticAttrs(state: RenderState, el: MjElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, attr] of Object.entries(el.attrs)) {
    if (attrHasToken(attr)) state.report('amp-dynamic-head', attr.span);
    else out[name] = decodeHTMLAttribute(attr.raw);
  }
  return out;
}

function elements(state: RenderState, children: MjChild[]): MjElement[] {
  const out: MjElement[] = [];
  for (const c of children) {
    if (c.kind === 'element') out.push(c);
    else if (c.kind === 'dynamic') state.report('amp-dynamic-head', c.span);
  }
  return out;
}

export function renderHead(state: RenderState, head: MjElement): void {
  for (const el of elements(state, head.children)) {
    switch (el.tag) {
      case 'mj-attributes':
        for (const def of elements(state, el.children)) {
          const attrs = staticAttrs(state, def);
          if (def.tag === 'mj-all') Object.assign(state.head.all, attrs);
          else if (def.tag === 'mj-class') {
            const { name, ...rest } = attrs;
            if (name) state.head.classes[name] = { ...(state.head.classes[name] ?? {}), ...rest };
          } else state.head.tags[def.tag] = { ...(state.head.tags[def.tag] ?? {}), ...attrs };
        }
        break;
      case 'mj-style': {
        const css = el.content?.text ?? '';
        if (hasToken(css)) {
          state.report('amp-dynamic-head', el.span);
          break;
        }
        const issues: CssIssue[] = [];
        state.styles.userCss += sanitizeStylesheet(css, issues);
        state.reportCss(issues, el.span);
        break;
      }
      case 'mj-breakpoint': {
        const width = staticAttrs(state, el).width;
        if (width) state.breakpoint = width;
        break;
      }
      default:
        if (!IGNORED.has(el.tag)) state.report('amp-head-ignored', el.span, { tag: el.tag });
    }
  }
}
