// The layout of the AMP part: mj-body, mj-wrapper, mj-section, mj-column, mj-group and
// mj-hero re-emitted as mobile-first divs, and the choice of regions.
//
// Regions: outside templates, each element that holds per-recipient content becomes one
// amp-list (a "region") whose template renders the whole element. Flow containers
// (body, wrapper, column, hero) are never regions themselves: the elements inside them
// are, so static content stays static. A section is a region when something per-recipient
// stands among its columns (a column cannot be wrapped alone without breaking the row).
import type { EachNode, IfNode, Node } from '../../../ir/nodes.js';
import { attrHasToken, type MjChild, type MjElement, parseMjml, type ParseProblem } from '../mjml-tree.js';
import type { AmpNode, Region } from '../plan.js';
import { hasToken } from '../source.js';
import {
  borders,
  classOf,
  paddingOf,
  renderButton,
  renderDivider,
  renderImage,
  renderRaw,
  renderSpacer,
  renderTable,
  renderText,
} from './blocks.js';
import { branchKind, branchSource, checkStaticUrl, renderDynamic } from './dynamic.js';
import { pxValue } from './images.js';
import { urlAllowed } from './urls.js';
import { element, isBlank } from './markup.js';
import type { Attributes, Env, RenderState } from './state.js';
import type { Declarations } from './styles.js';
import { renderAccordion, renderCarousel, renderNavbar, renderSocial, unsupported, type ChildWalker } from './widgets.js';

type Level = 'body' | 'column';

export function containsDynamic(child: MjChild): boolean {
  if (child.kind === 'text') return false;
  // A stray output among elements prints nothing (MJML ignores text there).
  if (child.kind === 'dynamic') return child.node.kind === 'if' || child.node.kind === 'each';
  return (
    Object.values(child.attrs).some(attrHasToken) ||
    (child.content !== null && hasToken(child.content.text)) ||
    child.children.some(containsDynamic)
  );
}

/** Something per-recipient stands among a section's (or group's) columns. */
function rowDynamic(el: MjElement): boolean {
  return el.children.some((c) => {
    if (c.kind === 'dynamic') return c.node.kind === 'if' || c.node.kind === 'each';
    if (c.kind !== 'element') return false;
    if (Object.values(c.attrs).some(attrHasToken)) return true;
    if (c.tag === 'mj-group') return rowDynamic(c);
    return c.tag !== 'mj-column' && containsDynamic(c);
  });
}

const FLOW_CONTAINERS = new Set(['mj-wrapper', 'mj-column', 'mj-hero', 'mj-body']);

function needsRegion(el: MjElement): boolean {
  if (FLOW_CONTAINERS.has(el.tag)) return false;
  if (el.tag === 'mj-section') return rowDynamic(el);
  return containsDynamic(el);
}

/** One amp-list: its template renders what `build` produces; blank regions are dropped. */
function region(state: RenderState, span: Region['span'], build: (env: Env) => AmpNode[]): AmpNode[] {
  const r: Region = { id: 0, body: [], span, tableContext: false };
  const mark = state.vars.length;
  r.body = build({ template: true, scope: state.vars, region: r });
  if (isBlank(r.body)) {
    state.vars.splice(mark);
    return [];
  }
  r.id = state.regions.length + 1;
  state.regions.push(r);
  return [{ kind: 'region', region: r }];
}

/** Parses a branch of an if or for that stands among MJML elements. */
export function parseBranch(state: RenderState, nodes: Node[], owner: IfNode | EachNode): MjChild[] {
  const source = branchSource(state, nodes, owner);
  if (!source) return [];
  const problems: ParseProblem[] = [];
  const children = parseMjml(source, state.tokens, problems);
  for (const p of problems) state.report('amp-unbalanced-branch', p.span, { kind: branchKind(owner), problem: p.problem });
  return children;
}

/** Walks children in document order; dynamic branches are parsed and walked in place. */
function walker(state: RenderState): ChildWalker {
  const walk: ChildWalker = (children, env, each) => {
    const out: AmpNode[] = [];
    for (const child of children) {
      if (child.kind === 'text') continue;
      if (child.kind === 'dynamic') {
        if (child.node.kind !== 'if' && child.node.kind !== 'each') continue;
        out.push(...renderDynamic(state, child.node, env, (nodes, e, owner) => walk(parseBranch(state, nodes, owner), e, each)));
        continue;
      }
      out.push(...each(child, env));
    }
    return out;
  };
  return walk;
}

export function renderFlow(state: RenderState, children: MjChild[], env: Env, level: Level): AmpNode[] {
  const out: AmpNode[] = [];
  for (const child of children) {
    if (child.kind === 'text') continue;
    if (child.kind === 'dynamic') {
      const node = child.node;
      if (node.kind !== 'if' && node.kind !== 'each') continue;
      const build = (e: Env) => renderDynamic(state, node, e, (nodes, be, owner) => renderFlow(state, parseBranch(state, nodes, owner), be, level));
      out.push(...(env.template ? build(env) : region(state, node.span, build)));
      continue;
    }
    const build = (e: Env) => renderElement(state, child, e, level);
    out.push(...(!env.template && needsRegion(child) ? region(state, child.span, build) : build(env)));
  }
  return out;
}

function renderElement(state: RenderState, el: MjElement, env: Env, level: Level): AmpNode[] {
  switch (el.tag) {
    case 'mj-section':
      return renderSection(state, el, env);
    case 'mj-wrapper':
      return renderWrapper(state, el, env);
    case 'mj-hero':
      return renderHero(state, el, env);
    case 'mj-column':
    case 'mj-group':
      // Outside a section MJML still renders them; give them the full width.
      return level === 'body' ? element('div', { class: state.cls({ 'font-size': '0' }, el.span) }, renderRowChildren(state, [el], env, 1)) : unsupported(state, el);
    case 'mj-text':
      return renderText(state, el, env);
    case 'mj-image':
      return renderImage(state, el, env);
    case 'mj-button':
      return renderButton(state, el, env);
    case 'mj-divider':
      return renderDivider(state, el);
    case 'mj-spacer':
      return renderSpacer(state, el);
    case 'mj-table':
      return renderTable(state, el, env);
    case 'mj-raw':
      return renderRaw(state, el, env);
    case 'mj-social':
      return renderSocial(state, el, env, walker(state));
    case 'mj-navbar':
      return renderNavbar(state, el, env, walker(state));
    case 'mj-carousel':
      return renderCarousel(state, el, env, walker(state));
    case 'mj-accordion':
      return renderAccordion(state, el, env, walker(state));
    default:
      return unsupported(state, el);
  }
}

/** The background-image for background-url when it is usable (https); reported otherwise. */
function backgroundImage(state: RenderState, el: MjElement, a: Attributes): string | undefined {
  const url = a.get('background-url');
  if (!url) return undefined;
  checkStaticUrl(state, url, 'image', { name: 'background-url', span: el.attrs['background-url']?.span ?? el.span });
  return urlAllowed(url, 'image') ? `url('${url.replace(/'/g, '%27')}')` : undefined;
}

function background(state: RenderState, el: MjElement, a: Attributes): Declarations {
  const image = backgroundImage(state, el, a);
  return {
    'background-color': a.get('background-color'),
    'background-image': image,
    'background-repeat': image ? a.get('background-repeat') : undefined,
    'background-size': image ? a.get('background-size') : undefined,
    'background-position': image ? a.get('background-position') : undefined,
  };
}

function renderSection(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const box: Declarations = { margin: '0 auto', 'max-width': `${state.bodyWidth}px` };
  const inner = state.cls(
    { direction: a.get('direction'), 'font-size': '0', ...paddingOf(a), 'text-align': a.get('text-align'), ...borders(a) },
    el.span,
  );
  const flex = hasDynamicColumns(el.children) ? state.styles.flexRow() : null;
  const row = element('div', { class: [inner, flex?.row].filter(Boolean).join(' ') }, renderRowChildren(state, el.children, env, columnCount(el.children), flex));
  if (a.get('full-width') === 'full-width') {
    return element('div', { class: classOf(state, el, a, background(state, el, a)) }, element('div', { class: state.cls(box, el.span) }, row));
  }
  return element('div', { class: classOf(state, el, a, { ...box, ...background(state, el, a), overflow: a.get('border-radius') ? 'hidden' : undefined }) }, row);
}

/** Columns stand in an if or a loop: how many a recipient gets is not known at build time. */
function hasDynamicColumns(children: MjChild[]): boolean {
  return children.some((c) => c.kind === 'dynamic' && (c.node.kind === 'if' || c.node.kind === 'each'));
}

/** Columns a row shows: static ones plus, per if/for, the most any branch holds. */
function columnCount(children: MjChild[]): number {
  let n = 0;
  for (const c of children) {
    if (c.kind === 'element' && (c.tag === 'mj-column' || c.tag === 'mj-group')) n++;
    else if (c.kind === 'dynamic' && (c.node.kind === 'if' || c.node.kind === 'each')) {
      const bodies = c.node.kind === 'if' ? [...c.node.branches.map((b) => b.body), c.node.else ?? []] : [c.node.body, c.node.empty];
      n += Math.max(0, ...bodies.map((b) => b.filter((x) => x.kind === 'static').map((x) => (x as { text: string }).text).join('').match(/<mj-(column|group)[\s>/]/g)?.length ?? 0));
    }
  }
  return Math.max(1, n);
}

function percent(n: number): string {
  return `${Number((100 / n).toFixed(4))}%`;
}

type FlexClasses = ReturnType<RenderState['styles']['flexRow']>;

function renderRowChildren(state: RenderState, children: MjChild[], env: Env, count: number, flex: FlexClasses | null = null): AmpNode[] {
  return walker(state)(children, env, (child, e) => {
    if (child.tag === 'mj-raw') return renderRaw(state, child, e);
    if (child.tag !== 'mj-column' && child.tag !== 'mj-group') return unsupported(state, child);
    const a = state.attributes(child);
    const declared = a.get('width');
    const width = declared ?? percent(count);
    // In a flex row, a column without a width takes an equal share of what is rendered.
    const widthClass = flex ? (declared ? `${state.styles.widthClass(declared)} ${flex.fixed}` : flex.column) : state.styles.widthClass(width);
    return child.tag === 'mj-column' ? renderColumn(state, child, e, a, widthClass) : renderGroup(state, child, e, a, widthClass);
  });
}

/** A column: full width on small screens; `widthClass` (a media query) or `fixedWidth` sets its width. */
function renderColumn(state: RenderState, el: MjElement, env: Env, a: Attributes, widthClass: string | null, fixedWidth?: string): AmpNode[] {
  const outer = [
    'tc',
    widthClass,
    state.cls({ 'vertical-align': a.get('vertical-align'), direction: a.get('direction'), width: fixedWidth, 'max-width': fixedWidth }, el.span),
    a.get('css-class'),
  ]
    .filter(Boolean)
    .join(' ');
  const content = renderFlow(state, el.children, env, 'column');
  const hasInner = a.get('inner-background-color') || a.get('inner-border') || a.get('inner-border-radius');
  const body = hasInner
    ? element(
        'div',
        {
          class: state.cls(
            { 'background-color': a.get('inner-background-color'), border: a.get('inner-border'), 'border-radius': a.get('inner-border-radius') },
            el.span,
          ),
        },
        content,
      )
    : content;
  const box = state.cls({ 'background-color': a.get('background-color'), ...borders(a), ...paddingOf(a) }, el.span);
  return element('div', { class: outer }, box ? element('div', { class: box }, body) : body);
}

function renderGroup(state: RenderState, el: MjElement, env: Env, a: Attributes, widthClass: string): AmpNode[] {
  const outer = ['tc', widthClass, state.cls({ 'vertical-align': a.get('vertical-align'), direction: a.get('direction') }, el.span), a.get('css-class')]
    .filter(Boolean)
    .join(' ');
  const count = columnCount(el.children);
  // Columns of a group stay side by side on small screens: their width is not in a media query.
  const columns = walker(state)(el.children, env, (c, e) => {
    if (c.tag !== 'mj-column') return unsupported(state, c);
    const ca = state.attributes(c);
    return renderColumn(state, c, e, ca, null, ca.get('width') ?? percent(count));
  });
  return element('div', { class: outer }, element('div', { class: state.cls({ 'font-size': '0', 'background-color': a.get('background-color') }, el.span) }, columns));
}

function renderWrapper(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const full = a.get('full-width') === 'full-width';
  const content = element(
    'div',
    { class: state.cls({ ...paddingOf(a), 'text-align': a.get('text-align'), ...borders(a) }, el.span) },
    renderFlow(state, el.children, env, 'body'),
  );
  const box: Declarations = full ? {} : { margin: '0 auto', 'max-width': `${state.bodyWidth}px` };
  return element('div', { class: classOf(state, el, a, { ...box, ...background(state, el, a) }) }, content);
}

function renderHero(state: RenderState, el: MjElement, env: Env): AmpNode[] {
  const a = state.attributes(el);
  const image = backgroundImage(state, el, a);
  const height = a.get('mode') === 'fixed-height' ? pxValue(a.get('height')) : null;
  const inner = state.cls(
    {
      'background-color': a.get('background-color'),
      'background-image': image,
      'background-position': image ? a.get('background-position') : undefined,
      'background-repeat': image ? 'no-repeat' : undefined,
      'background-size': image ? 'cover' : undefined,
      ...paddingOf(a),
      'box-sizing': height ? 'border-box' : undefined,
      'min-height': height ? `${height}px` : undefined,
      'vertical-align': a.get('vertical-align'),
      ...borders(a),
    },
    el.span,
  );
  const content = element('div', { class: state.cls({ margin: '0 auto', 'max-width': a.get('inner-width') }, el.span) }, renderFlow(state, el.children, env, 'column'));
  return element('div', { class: classOf(state, el, a, { margin: '0 auto', 'max-width': `${state.bodyWidth}px` }) }, element('div', { class: inner }, content));
}

/** mj-body: the whole visible email. */
export function renderBody(state: RenderState, body: MjElement): AmpNode[] {
  const a = state.attributes(body);
  state.bodyWidth = pxValue(a.get('width')) ?? 600;
  const env: Env = { template: false, scope: state.vars, region: null };
  const content = renderFlow(state, body.children, env, 'body');
  return element('div', { class: classOf(state, body, a, { 'background-color': a.get('background-color') }) }, content);
}
