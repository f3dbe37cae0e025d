// Writes the AMP part: the required head, one <style amp-custom>, the extension scripts
// actually used, and each region as an amp-list with its amp-mustache template, a
// placeholder and a fallback.
import { createRequire } from 'node:module';
import type MustacheModule from 'mustache';
import { EXTENSIONS, type ExtensionName } from './allowlist.js';
import type { AmpData, AmpNode, Region } from './plan.js';
import { attrText } from './render/state.js';

// mustache loads on first use: only builds with the amp target need it.
const requireHere = createRequire(import.meta.url);
let loaded: typeof MustacheModule | undefined;
export const mustache = (): typeof MustacheModule => (loaded ??= requireHere('mustache') as typeof MustacheModule);

/**
 * The data field holding a literal "{". Inside a template every static "{" is written as
 * this field: "{{" in text would open a mustache tag, and so would a "{" just before one.
 */
export const OPEN_BRACE_FIELD = 'lb';

/** mustache source of nodes inside a template. Sets `usesBraces` when static text had a "{". */
export function templateSource(nodes: AmpNode[], flags: { usesBraces: boolean }): string {
  let out = '';
  for (const n of nodes) {
    switch (n.kind) {
      case 'html':
        if (n.html.includes('{')) flags.usesBraces = true;
        out += n.html.replaceAll('{', `{{${OPEN_BRACE_FIELD}}}`);
        break;
      case 'var':
        out += `{{${n.name}}}`;
        break;
      case 'section':
        out += `{{${n.inverted ? '^' : '#'}${n.name}}}${templateSource(n.body, flags)}{{/${n.name}}}`;
        break;
      case 'region':
        throw new Error('amp: a region inside a template');
    }
  }
  return out;
}

/**
 * Renders an amp-mustache template with mustache.js, as amp-mustache does. `escape`
 * replaces mustache.js's own (which also escapes / = and `) when writing static markup.
 */
export function renderMustache(template: string, data: AmpData, escape?: (s: string) => string): string {
  return new (mustache().Writer)().render(template, data, undefined, escape ? { escape } : undefined);
}

export interface RegionMarkup {
  region: Region;
  /** The template's mustache source. */
  template: string;
  /** What a recipient without data sees: shown when the fetch fails. */
  fallback: string;
}

export interface DocumentParts {
  body: AmpNode[];
  regions: Map<Region, RegionMarkup>;
  css: string;
  extensions: Set<ExtensionName>;
  lang?: string;
  dir?: string;
  /** The amp-list src (endpoint with the recipient token). */
  src: string;
}

function script(name: ExtensionName): string {
  const ext = EXTENSIONS[name];
  return `<script async ${ext.kind}="${name}" src="https://cdn.ampproject.org/v0/${name}-${ext.version}.js"></script>`;
}

function ampList(markup: RegionMarkup, src: string): string {
  const template = markup.region.tableContext
    ? `<script type="text/plain" template="amp-mustache">${markup.template}</script>`
    : `<template type="amp-mustache">${markup.template}</template>`;
  return (
    `<amp-list layout="container" src="${attrText(src)}" single-item items=".">${template}` +
    `<div placeholder class="tph">${markup.fallback}</div>` +
    `<div fallback>${markup.fallback}</div></amp-list>`
  );
}

function bodySource(nodes: AmpNode[], parts: DocumentParts): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'html') out += n.html;
    else if (n.kind === 'region') out += ampList(parts.regions.get(n.region)!, parts.src);
    else throw new Error('amp: a mustache tag outside a template');
  }
  return out;
}

export function writeDocument(parts: DocumentParts): string {
  const extensions = new Set(parts.extensions);
  if (parts.regions.size) {
    extensions.add('amp-list');
    extensions.add('amp-mustache');
  }
  const scripts = [...extensions].sort().map(script).join('\n');
  const htmlAttrs = [parts.lang ? ` lang="${attrText(parts.lang)}"` : '', parts.dir ? ` dir="${attrText(parts.dir)}"` : ''].join('');
  // The placeholder keeps the region's shape while loading without showing the no-data content.
  const css = parts.css + (parts.regions.size ? '.tph{visibility:hidden}' : '');
  return [
    '<!doctype html>',
    `<html ⚡4email data-css-strict${htmlAttrs}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<script async src="https://cdn.ampproject.org/v0.js"></script>',
    ...(scripts ? [scripts] : []),
    '<style amp4email-boilerplate>body{visibility:hidden}</style>',
    `<style amp-custom>${css}</style>`,
    '</head>',
    `<body>${bodySource(parts.body, parts)}</body>`,
    '</html>',
    '',
  ].join('\n');
}
