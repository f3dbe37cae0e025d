// URL rules of AMP for Email: links absolute http(s)/mailto/tel, images and CSS
// backgrounds https, nothing mentioning __amp_source_origin.
import { LINK_SCHEMES } from '../allowlist.js';

export type UrlKind = 'link' | 'image';

export function urlAllowed(url: string, kind: UrlKind): boolean {
  const u = url.trim();
  if (u.includes('__amp_source_origin')) return false;
  if (kind === 'image') return /^https:\/\/[^/\s]/i.test(u);
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(u)?.[1]?.toLowerCase();
  if (!scheme || !(LINK_SCHEMES as readonly string[]).includes(scheme)) return false;
  return scheme === 'http:' || scheme === 'https:' ? /^https?:\/\/[^/\s]/i.test(u) : u.length > scheme.length;
}

export function schemesFor(kind: UrlKind): string {
  return kind === 'image' ? 'https' : 'http(s), mailto or tel';
}
