// CSS for the AMP part: style attributes and mj-style stylesheets reduced to what AMP for
// Email accepts (allowlist.ts). What is left out is reported, except client hacks such as
// mso-* that no AMP client ever needed.
import {
  CLIENT_HACK_PROPERTY,
  CSS_PROPERTIES,
  CSS_PSEUDO_CLASSES,
  CSS_SELECTOR_ATTRIBUTES,
  MEDIA_FEATURES,
  MEDIA_TYPES,
} from './allowlist.js';

export interface CssIssue {
  code: 'amp-css-dropped' | 'amp-css-important';
  css: string;
}

/** Splits on `sep` outside parentheses and quotes. */
function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const IMPORTANT = /\s*!\s*important\s*$/i;
const TRANSITION_PROPERTIES = new Set(['opacity', 'transform', 'visibility', 'offset-distance']);

/** Why a declaration is not allowed, or null when it is. `silent` = a client hack, dropped without a word. */
function declarationProblem(prop: string, value: string): 'silent' | 'drop' | null {
  if (CLIENT_HACK_PROPERTY.test(prop)) return 'silent';
  if (prop.startsWith('--') || !CSS_PROPERTIES.has(prop)) return 'drop';
  const v = value.trim().toLowerCase();
  if (/expression\s*\(/.test(v)) return 'drop';
  for (const m of v.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) if (!m[2]!.startsWith('https://')) return 'drop';
  switch (prop) {
    case 'cursor':
      if (v === 'auto' || v === 'default') return 'silent';
      return v === 'pointer' || v === 'initial' ? null : 'drop';
    case 'visibility':
      return ['hidden', 'visible', 'initial'].includes(v) ? null : 'drop';
    case 'z-index': {
      const n = Number(v);
      return Number.isInteger(n) && n >= -100 && n <= 100 ? null : 'drop';
    }
    case 'position':
      // The AMP runtime drops whole style attributes that use these.
      return v === 'fixed' || v === 'sticky' ? 'drop' : null;
    case 'transition':
    case 'transition-property':
      for (const item of splitTopLevel(v, ',')) {
        const name = item.trim().split(/\s+/)[0] ?? '';
        if (!TRANSITION_PROPERTIES.has(name) && !/^[\d.]+m?s$/.test(name)) return 'drop';
      }
      return null;
    case 'filter':
      return v.includes('url(') ? 'drop' : null;
    default:
      return null;
  }
}

/** A declaration list (`a:b;c:d`) reduced to the allowed declarations, in order. */
export function sanitizeDeclarations(style: string, issues: CssIssue[]): string {
  const kept: string[] = [];
  for (const raw of splitTopLevel(style, ';')) {
    const colon = raw.indexOf(':');
    if (colon < 0) {
      if (raw.trim()) issues.push({ code: 'amp-css-dropped', css: raw.trim() });
      continue;
    }
    const prop = raw.slice(0, colon).trim().toLowerCase();
    let value = raw.slice(colon + 1).trim();
    if (!prop || !value) continue;
    if (IMPORTANT.test(value)) {
      issues.push({ code: 'amp-css-important', css: `${prop}:${value}` });
      value = value.replace(IMPORTANT, '');
    }
    const problem = declarationProblem(prop, value);
    if (problem === 'drop') issues.push({ code: 'amp-css-dropped', css: `${prop}:${value}` });
    if (problem) continue;
    kept.push(`${prop}:${value}`);
  }
  return kept.join(';');
}

function stripComments(css: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += css[++i] ?? '';
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else out += c;
  }
  return out;
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

function selectorAllowed(selector: string): boolean {
  if (selector.includes('i-amphtml-') || selector.includes('::')) return false;
  for (const m of selector.matchAll(/:([a-z-]+)/gi)) if (!CSS_PSEUDO_CLASSES.has(m[1]!.toLowerCase())) return false;
  for (const m of selector.matchAll(/\[\s*([^\]=~|^$*\s]+)/g)) if (!CSS_SELECTOR_ATTRIBUTES.has(m[1]!.toLowerCase())) return false;
  return true;
}

function mediaQueryAllowed(query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  for (const m of q.matchAll(/\(\s*([a-z-]+)\s*(?::[^)]*)?\)/g)) if (!MEDIA_FEATURES.has(m[1]!)) return false;
  const words = q.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  return words.every((w) => w === 'only' || w === 'and' || MEDIA_TYPES.has(w));
}

function sanitizeRules(css: string, issues: CssIssue[], nested: boolean): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /[\s;]/.test(css[i]!)) i++;
    if (i >= css.length) break;
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (css[i] === '@' && (open < 0 || (semi >= 0 && semi < open))) {
      // A block-less at-rule such as @import or @charset.
      const end = semi < 0 ? css.length : semi;
      issues.push({ code: 'amp-css-dropped', css: css.slice(i, end).trim() });
      i = end + 1;
      continue;
    }
    if (open < 0) {
      issues.push({ code: 'amp-css-dropped', css: css.slice(i).trim() });
      break;
    }
    const prelude = css.slice(i, open).trim();
    const close = blockEnd(css, open);
    const body = css.slice(open + 1, close);
    i = close + 1;
    if (prelude.startsWith('@')) {
      const name = /^@([a-z-]+)/i.exec(prelude)?.[1]?.toLowerCase();
      if (name !== 'media' || nested) {
        issues.push({ code: 'amp-css-dropped', css: prelude });
        continue;
      }
      const queries = splitTopLevel(prelude.slice('@media'.length), ',').filter((q) => {
        const ok = mediaQueryAllowed(q);
        if (!ok) issues.push({ code: 'amp-css-dropped', css: `@media ${q.trim()}` });
        return ok;
      });
      const inner = sanitizeRules(body, issues, true);
      if (queries.length && inner) out += `@media ${queries.map((q) => q.trim()).join(',')}{${inner}}`;
      continue;
    }
    const selectors = splitTopLevel(prelude, ',').map((s) => s.trim()).filter((s) => {
      const ok = s !== '' && selectorAllowed(s);
      if (!ok && s) issues.push({ code: 'amp-css-dropped', css: s });
      return ok;
    });
    if (!selectors.length) continue;
    const decls = sanitizeDeclarations(body, issues);
    if (decls) out += `${selectors.join(',')}{${decls}}`;
  }
  return out;
}

/** An mj-style stylesheet reduced to rules, selectors, media queries and declarations AMP allows. */
export function sanitizeStylesheet(css: string, issues: CssIssue[]): string {
  return sanitizeRules(stripComments(css), issues, false);
}
