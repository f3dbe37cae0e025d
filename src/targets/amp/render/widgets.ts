// MJML's interactive and composite components, re-emitted for AMP: mj-social as linked
// icons and labels, mj-navbar as plain links (AMP has no CSS checkbox hamburger),
// mj-carousel as amp-carousel, mj-accordion as amp-accordion.
import { escapeAttribute } from 'entities';
import { SOCIAL_NETWORKS } from '../mjml-defaults.js';
import type { MjChild, MjElement } from '../mjml-tree.js';
import { type AmpNode, html } from '../plan.js';
import { alignMargin, ampImgOf, block, classOf, contentOf, imageSize, linkOf, linkTarget, mjAttr, paddingOf } from './blocks.js';
import { attributeValue, checkStaticUrl } from './dynamic.js';
import { pxValue } from './images.js';
import { element, type AttrOut } from './markup.js';
import type { Attributes, Env, RenderState } from './state.js';

/** Renders the children of a composite component, element by element, with dynamic branches parsed in place. */
export type ChildWalker = (children: MjChild[], env: Env, each: (el: MjElement, env: Env) => AmpNode[]) => AmpNode[];

/** The attributes among `names` that have a value, handed down to child elements. */
function handedDown(a: Attributes, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = a.get(name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export function renderSocial(state: RenderState, el: MjElement, env: Env, walk: ChildWalker): AmpNode[] {
  const a = state.attributes(el);
  const vertical = a.get('mode') === 'vertical';
  // mj-social hands these to its elements (mjml-social getSocialElementAttributes).
  const inner = a.get('inner-padding');
  const passed = {
    ...(inner ? { padding: inner } : {}),
    ...handedDown(a, ['border', 'border-radius', 'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'icon-size', 'icon-height', 'icon-padding', 'text-padding', 'line-height', 'text-decoration']),
  };
  const items = walk(el.children, env, (child, childEnv) => {
    if (child.tag !== 'mj-social-element') return unsupported(state, child);
    return socialElement(state, child, childEnv, passed, vertical);
  });
  return element('div', { class: classOf(state, el, a, { ...paddingOf(a), 'text-align': a.get('align'), 'background-color': a.get('container-background-color') }) }, items);
}

function socialElement(state: RenderState, el: MjElement, env: Env, passed: Record<string, string>, vertical: boolean): AmpNode[] {
  const a = state.attributes(el, passed);
  const name = a.get('name') ?? '';
  const network = SOCIAL_NETWORKS[name];
  const hasLink = a.isDynamic('href') || !!a.get('href');
  let href: AttrOut;
  if (hasLink) {
    const own = el.attrs.href;
    const share = network?.shareUrl;
    // A named network links to its share page around the href, as mjml-social does.
    const wrap = (raw: string) => (share ? share.replace(/&/g, '&amp;').replace('[[URL]]', () => raw) : raw);
    const raw = own ? own.raw : escapeAttribute(a.get('href') ?? '');
    href = attributeValue(state, wrap(raw), env, { tag: el.tag, name: 'href', span: own?.span ?? el.span }, 'link');
  }
  const iconSize = a.get('icon-size') ?? '20px';
  const width = pxValue(iconSize) ?? 20;
  const height = pxValue(a.get('icon-height')) ?? width;
  const src = el.attrs.src ? mjAttr(state, el, a, 'src', env, 'image') : network?.icon;
  const linkAttrs = (cls?: string) => ({ href, rel: a.get('rel'), target: linkTarget(a), class: cls });
  const style = { display: 'block', border: a.get('border'), 'border-radius': a.get('border-radius') };
  const img = ampImgOf(state, el, a, env, { src, size: { width, height }, layout: 'fixed', style });
  // No src and no known network: MJML shows no picture either.
  const icon = src === undefined ? [] : element(
    'span',
    {
      class: state.cls(
        {
          display: 'inline-block',
          'vertical-align': 'middle',
          padding: a.get('icon-padding'),
          background: a.get('background-color') ?? network?.color,
          'border-radius': a.get('border-radius'),
          width: `${width}px`,
        },
        el.span,
      ),
    },
    hasLink ? element('a', linkAttrs(), img) : img,
  );
  const label = contentOf(state, el, env);
  const textCls = state.cls(
    {
      color: a.get('color'),
      'font-size': a.get('font-size'),
      'font-weight': a.get('font-weight'),
      'font-style': a.get('font-style'),
      'font-family': a.get('font-family'),
      'line-height': a.get('line-height'),
      'text-decoration': a.get('text-decoration'),
    },
    el.span,
  );
  const text = label.length
    ? element(
        'span',
        { class: state.cls({ display: 'inline-block', 'vertical-align': 'middle', padding: a.get('text-padding'), 'text-align': a.get('align') }, el.span) },
        hasLink ? element('a', linkAttrs(textCls), label) : element('span', { class: textCls }, label),
      )
    : [];
  const parts = a.get('icon-position') === 'right' ? [...text, html('\n'), ...icon] : [...icon, html('\n'), ...text];
  const boxCls = state.cls(
    { display: vertical ? 'block' : 'inline-block', 'vertical-align': a.get('vertical-align'), padding: a.get('padding'), 'font-size': '0' },
    el.span,
  );
  return [...element(vertical ? 'div' : 'span', { class: [boxCls, a.get('css-class')].filter(Boolean).join(' ') }, parts), html('\n')];
}

export function renderNavbar(state: RenderState, el: MjElement, env: Env, walk: ChildWalker): AmpNode[] {
  const a = state.attributes(el);
  const base = a.get('base-url');
  const links = walk(el.children, env, (child, childEnv) => {
    if (child.tag !== 'mj-navbar-link') return unsupported(state, child);
    const la = state.attributes(child);
    let href: AttrOut;
    const own = child.attrs.href;
    if (own) {
      // MJML concatenates base-url and href.
      href = attributeValue(state, base ? `${base.replace(/&/g, '&amp;')}${own.raw}` : own.raw, childEnv, { tag: child.tag, name: 'href', span: own.span }, 'link');
    } else if (base) {
      checkStaticUrl(state, base, 'link', { name: 'base-url', span: child.span });
      href = base;
    }
    const cls = classOf(state, child, la, {
      display: 'inline-block',
      color: la.get('color'),
      'font-family': la.get('font-family'),
      'font-size': la.get('font-size'),
      'font-style': la.get('font-style'),
      'font-weight': la.get('font-weight'),
      'letter-spacing': la.get('letter-spacing'),
      'line-height': la.get('line-height'),
      'text-decoration': la.get('text-decoration'),
      'text-transform': la.get('text-transform'),
      ...paddingOf(la),
    });
    return [
      ...element('a', { href, target: linkTarget(la), rel: la.get('rel'), class: cls }, contentOf(state, child, childEnv)),
      html('\n'),
    ];
  });
  return element('div', { class: classOf(state, el, a, { 'text-align': a.get('align') }) }, links);
}

export function renderCarousel(state: RenderState, el: MjElement, env: Env, walk: ChildWalker): AmpNode[] {
  const a = state.attributes(el);
  let frame: { width: number; height: number } | null = null;
  const slides = walk(el.children, env, (child, childEnv) => {
    if (child.tag !== 'mj-carousel-image') return unsupported(state, child);
    const ia = state.attributes(child);
    const src = mjAttr(state, child, ia, 'src', childEnv, 'image');
    const size = imageSize(state, child, src, pxValue(ia.get('width')), pxValue(ia.get('height')));
    frame ??= size;
    const style = { 'border-radius': ia.get('border-radius') ?? a.get('border-radius') };
    const img = ampImgOf(state, child, ia, childEnv, { src, size, layout: 'responsive', style });
    const link = linkOf(state, child, ia, childEnv);
    return link ? element('a', { ...link, class: classOf(state, child, ia, { display: 'block' }) }, img) : element('div', { class: classOf(state, child, ia, {}) }, img);
  });
  state.extensions.add('amp-carousel');
  const size = frame ?? { width: state.bodyWidth, height: Math.round(state.bodyWidth / 2) };
  const carousel = element(
    'amp-carousel',
    { type: 'slides', layout: 'responsive', width: String(size.width), height: String(size.height), controls: true, loop: true },
    slides,
  );
  return element('div', { class: classOf(state, el, a, { ...paddingOf(a), margin: alignMargin(a.get('align')), 'background-color': a.get('container-background-color') }) }, carousel);
}

export function renderAccordion(state: RenderState, el: MjElement, env: Env, walk: ChildWalker): AmpNode[] {
  const a = state.attributes(el);
  const passed = handedDown(a, ['border', 'font-family']);
  const sections = walk(el.children, env, (child, childEnv) => {
    if (child.tag !== 'mj-accordion-element') return unsupported(state, child);
    const ea = state.attributes(child, passed);
    const inherited = handedDown(ea, ['border', 'font-family', 'background-color', 'color']);
    const find = (tag: string) => child.children.find((c): c is MjElement => c.kind === 'element' && c.tag === tag);
    const title = find('mj-accordion-title');
    const text = find('mj-accordion-text');
    for (const c of child.children) {
      if (c.kind === 'element' && c !== title && c !== text) unsupported(state, c);
      if (c.kind === 'dynamic' && c.node.kind !== 'output') {
        state.report('amp-unbalanced-branch', c.span, { kind: 'condition', problem: 'it sits between the title and the text of an mj-accordion-element' });
      }
    }
    const part = (p: MjElement | undefined, tag: 'h4' | 'div', extra: Record<string, string | undefined>): AmpNode[] => {
      const pa = p ? state.attributes(p, inherited) : null;
      const get = (k: string) => pa?.get(k) ?? inherited[k];
      const decls = {
        margin: '0',
        'font-weight': 'normal',
        'font-size': get('font-size') ?? '13px',
        'font-family': get('font-family'),
        color: get('color'),
        'background-color': get('background-color'),
        padding: get('padding') ?? '16px',
        'border-bottom': get('border'),
        ...extra,
      };
      return element(tag, { class: state.cls(decls, (p ?? child).span) }, p ? contentOf(state, p, childEnv) : []);
    };
    return element('section', {}, [...part(title, 'h4', {}), ...part(text, 'div', { 'line-height': text ? state.attributes(text, inherited).get('line-height') : '1' })]);
  });
  state.extensions.add('amp-accordion');
  const accordion = element(
    'amp-accordion',
    { class: state.cls({ border: a.get('border'), 'border-bottom': 'none', 'font-family': a.get('font-family') }, el.span) },
    sections,
  );
  return block(state, el, a, accordion);
}

export function unsupported(state: RenderState, el: MjElement): AmpNode[] {
  state.report('amp-unsupported-component', el.span, { tag: el.tag });
  return [];
}
