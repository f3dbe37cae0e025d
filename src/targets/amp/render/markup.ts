// Small builders for AMP markup made of static HTML and mustache fields.
import { type AmpNode, html } from '../plan.js';
import { attrText } from './state.js';

/** An attribute value: static text, a data field (`{{name}}`), `true` for a bare attribute, or absent. */
export type AttrOut = string | { field: string } | true | undefined | null | false;

/** `<tag a="..." b="{{x}}">` */
export function openTag(tag: string, attrs: Record<string, AttrOut>): AmpNode[] {
  const out: AmpNode[] = [html(`<${tag}`)];
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out.push(html(` ${name}`));
    else if (typeof value === 'string') out.push(html(` ${name}="${attrText(value)}"`));
    else out.push(html(` ${name}="`), { kind: 'var', name: value.field }, html('"'));
  }
  out.push(html('>'));
  return out;
}

/** `<tag ...>children</tag>` */
export function element(tag: string, attrs: Record<string, AttrOut>, children: AmpNode[]): AmpNode[] {
  return [...openTag(tag, attrs), ...children, html(`</${tag}>`)];
}

/** Joins adjacent static pieces (keeps output and comparisons compact). */
export function compact(nodes: AmpNode[]): AmpNode[] {
  const out: AmpNode[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.kind === 'html' && last?.kind === 'html') out[out.length - 1] = html(last.html + n.html);
    else if (n.kind === 'section') out.push({ ...n, body: compact(n.body) });
    else if (n.kind === 'region') {
      n.region.body = compact(n.region.body);
      out.push(n);
    } else if (n.kind !== 'html' || n.html !== '') out.push(n);
  }
  return out;
}

/** True when the nodes would print nothing but whitespace for every recipient. */
export function isBlank(nodes: AmpNode[]): boolean {
  return nodes.every((n) => {
    if (n.kind === 'html') return n.html.trim() === '';
    if (n.kind === 'section') return isBlank(n.body);
    return false;
  });
}
