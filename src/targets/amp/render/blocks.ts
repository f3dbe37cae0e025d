// Content components of a column: mj-text, mj-image, mj-button, mj-divider, mj-spacer,
// mj-table, mj-raw. Each is a block (div) with its padding; MJML's table scaffolding for
// Outlook is not needed by AMP clients.
import { type AmpNode, html } from '../plan.js';
import type { MjElement } from '../mjml-tree.js';
import { attributeValue, checkStaticUrl } from './dynamic.js';
import { convertHtml } from './html.js';
import { knownSizeOrReport, pxValue, type ImageSize } from './images.js';
import { element, openTag, type AttrOut } from './markup.js';
import type { Attributes, Env, RenderState } from './state.js';
import type { Declarations } from './styles.js';
import type { UrlKind } from './urls.js';

export function paddingOf(a: Attributes, prefix = 'padding'): Declarations {
  return {
    padding: a.get(prefix),
    'padding-top': a.get(`${prefix}-top`),
    'padding-right': a.get(`${prefix}-right`),
    'padding-bottom': a.get(`${prefix}-bottom`),
    'padding-left': a.get(`${prefix}-left`),
  };
}

export function borders(a: Attributes): Declarations {
  return {
    border: a.get('border'),
    'border-top': a.get('border-top'),
    'border-right': a.get('border-right'),
    'border-bottom': a.get('border-bottom'),
    'border-left': a.get('border-left'),
    'border-radius': a.get('border-radius'),
  };
}

/** The font of mj-text and mj-button (their attributes of the same names). */
function font(a: Attributes): Declarations {
  return {
    'font-family': a.get('font-family'),
    'font-size': a.get('font-size'),
    'font-style': a.get('font-style'),
    'font-weight': a.get('font-weight'),
    'line-height': a.get('line-height'),
    'letter-spacing': a.get('letter-spacing'),
  };
}

/** The `class` of an element: generated declarations plus the user's css-class. */
export function classOf(state: RenderState, el: MjElement, a: Attributes, decls: Declarations): string | undefined {
  const user = (a.get('css-class') ?? '').split(/\s+/).filter((c) => c && !c.startsWith('i-amphtml-')).join(' ');
  return state.cls(decls, el.span, user) || undefined;
}

/** A possibly per-recipient MJML attribute (href, src, alt, title), URL-checked when `url` is set. */
export function mjAttr(state: RenderState, el: MjElement, a: Attributes, name: string, env: Env, url?: UrlKind): AttrOut {
  const own = el.attrs[name];
  if (own) return attributeValue(state, own.raw, env, { tag: el.tag, name, span: own.span }, url);
  const value = a.get(name);
  if (value !== undefined && url) checkStaticUrl(state, value, url, { name, span: el.span });
  return value;
}

/** An MJML link's target: only `_blank` is kept (the others are the default or mean nothing in an email). */
export function linkTarget(a: Attributes): string | undefined {
  return a.get('target') === '_blank' ? '_blank' : undefined;
}

/** The `<a>` attributes of an element with an href (static or per-recipient); null without one. */
export function linkOf(state: RenderState, el: MjElement, a: Attributes, env: Env): Record<string, AttrOut> | null {
  if (!a.isDynamic('href') && !a.get('href')) return null;
  return { href: mjAttr(state, el, a, 'href', env, 'link'), target: linkTarget(a), rel: a.get('rel') };
}

/** The amp-img of an MJML image element (mj-image, mj-carousel-image, mj-social-element). */
export function ampImgOf(
  state: RenderState,
  el: MjElement,
  a: Attributes,
  env: Env,
  image: { src: AttrOut; size: ImageSize; layout: 'responsive' | 'fixed'; style: Declarations },
): AmpNode[] {
  const tag = openTag('amp-img', {
    src: image.src,
    alt: mjAttr(state, el, a, 'alt', env) ?? '',
    title: mjAttr(state, el, a, 'title', env),
    width: String(image.size.width),
    height: String(image.size.height),
    layout: image.layout,
    class: state.cls(image.style, el.span),
  });
  return [...tag, html('</amp-img>')];
}

/** The raw HTML content of an ending tag, made AMP-valid. */
export function contentOf(state: RenderState, el: MjElement, env: Env, parents: string[] = []): AmpNode[] {
  return el.content ? convertHtml(state, el.content, env, parents) : [];
}

/** The outer div of a content component: its padding and container background, then `extra`. */
export function block(state: RenderState, el: MjElement, a: Attributes, inner: AmpNode[], extra: Declarations = {}): AmpNode[] {
  const decls = { ...paddingOf(a), 'background-color': a.get('container-background-color'), ...extra };
  return element('div', { class: classOf(state, el, a, decls) }, inner);
}

/** margin that places a block left, right or centre. */
export function alignMargin(align: string | undefined): string {
  return align === 'left' ? '0' : align === 'right' ? '0 0 0 auto' : '0 auto';
}

export function renderText(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const inner = element(
    'div',
    {
      class: state.cls(
        {
          ...font(a),
          height: a.get('height'),
          'text-decoration': a.get('text-decoration'),
          'text-transform': a.get('text-transform'),
          'text-align': a.get('align'),
          color: a.get('color'),
        },
        el.span,
      ),
    },
    contentOf(state, el, env),
  );
  return block(state, el, a, inner, { 'word-break': 'break-word' });
}

export function renderButton(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const cls = state.cls(
    {
      display: 'inline-block',
      width: a.get('width'),
      height: a.get('height'),
      background: a.get('background-color'),
      color: a.get('color'),
      ...font(a),
      margin: '0',
      'text-align': a.get('text-align'),
      'text-decoration': a.get('text-decoration'),
      'text-transform': a.get('text-transform'),
      padding: a.get('inner-padding'),
      ...borders(a),
    },
    el.span,
  );
  const label = contentOf(state, el, env);
  const link = linkOf(state, el, a, env);
  const inner = link ? element('a', { ...link, title: mjAttr(state, el, a, 'title', env), class: cls }, label) : element('span', { class: cls }, label);
  return block(state, el, a, inner, { 'text-align': a.get('align') });
}

/** The size amp-img declares for an MJML image element (1 x 1 after reporting it unknown). */
export function imageSize(state: RenderState, el: MjElement, src: AttrOut, width: number | null, height: number | null): ImageSize {
  return knownSizeOrReport(state, el.attrs.src?.span ?? el.span, src, width, height) ?? { width: 1, height: 1 };
}

export function renderImage(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const src = mjAttr(state, el, a, 'src', env, 'image');
  const width = pxValue(a.get('width'));
  const height = a.get('height') === 'auto' ? null : pxValue(a.get('height'));
  const size = imageSize(state, el, src, width, height);
  const style = { border: a.get('border'), 'border-radius': a.get('border-radius'), display: 'block' };
  const img = ampImgOf(state, el, a, env, { src, size, layout: 'responsive', style });
  const link = linkOf(state, el, a, env);
  const linked = link ? element('a', link, img) : img;
  const box = element('div', { class: state.cls({ 'max-width': width !== null ? `${width}px` : undefined, margin: alignMargin(a.get('align')) }, el.span) }, linked);
  return block(state, el, a, box);
}

export function renderDivider(state: RenderState, el: MjElement): AmpNode[] {
  const a = state.attributes(el);
  const border = [a.get('border-style'), a.get('border-width'), a.get('border-color')].filter(Boolean).join(' ');
  const line = element(
    'p',
    { class: state.cls({ 'border-top': border, 'font-size': '1px', margin: alignMargin(a.get('align')), width: a.get('width') }, el.span) },
    [],
  );
  return block(state, el, a, line);
}

export function renderSpacer(state: RenderState, el: MjElement): AmpNode[] {
  const a = state.attributes(el);
  const height = a.get('height');
  // The hair space keeps the block from collapsing, as in MJML's own output.
  return block(state, el, a, element('div', { class: state.cls({ height, 'line-height': height }, el.span) }, [html('&#8202;')]));
}

export function renderTable(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const table = element(
    'table',
    {
      cellpadding: a.get('cellpadding'),
      cellspacing: a.get('cellspacing'),
      border: '0',
      role: a.get('role'),
      class: state.cls(
        {
          color: a.get('color'),
          'font-family': a.get('font-family'),
          'font-size': a.get('font-size'),
          'line-height': a.get('line-height'),
          'table-layout': a.get('table-layout'),
          width: a.get('width'),
          border: a.get('border'),
          margin: a.get('align') === 'center' ? '0 auto' : undefined,
        },
        el.span,
      ),
    },
    contentOf(state, el, env, ['table']),
  );
  return block(state, el, a, table);
}

export function renderRaw(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  return contentOf(state, el, env);
}
