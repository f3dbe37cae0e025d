// The render oracle: rendering with placeholders and then evaluating for a profile must
// give what evaluating first and then running plain mjml gives. (Whitespace between tags
// and the merging of adjacent Outlook conditional comments may differ: the markers that
// Tailor places between elements keep mjml from merging them.)
import { escapeHtml, evaluate } from '../../../src/ir/evaluate.js';
import type { Node } from '../../../src/ir/nodes.js';
import { normalizeRandomIds } from '../../../src/render/mjml-conformance.js';
import { loadMjml } from '../../../src/render/mjml-engine.js';
import { mjmlOptions } from '../../../src/render/render.js';
import { htmlToText } from '../../../src/render/text-part.js';
import type { Profile, TailorConfig } from '../../../src/source/model.js';
import type { TemplateIR } from '../../../src/targets/target.js';

export async function referenceParts(ir: TemplateIR, config: TailorConfig, profile: Profile['data']): Promise<{ html: string; text: string }> {
  let source = evaluate(ir.body, profile);
  if (ir.preheader.length > 0 && !source.includes('<mj-preview')) {
    const escaped = ir.preheader.map((n): Node => (n.kind === 'static' ? { ...n, text: escapeHtml(n.text) } : n));
    const preview = `<mj-preview>${evaluate(escaped, profile)}</mj-preview>`;
    source = source.includes('</mj-head>')
      ? source.replace('</mj-head>', `${preview}</mj-head>`)
      : source.replace('<mj-body', `<mj-head>${preview}</mj-head><mj-body`);
  }
  const html = (await loadMjml().renderPlain(source, mjmlOptions(config, ir.file))).html;
  return { html, text: htmlToText(html) };
}

/**
 * The html compared. MJML builds the head from everything in the document, and Tailor's
 * document holds every branch: its responsive CSS and web-font imports are a superset of
 * what one recipient's branch needs. Those are left out here and compared as sets by
 * `responsiveRules` (reference rules must all be in Tailor's).
 */
export function normalizeHtml(html: string): string {
  return normalizeRandomIds(html)
    .replace(RESPONSIVE_STYLE, '')
    .replace(FONT_IMPORTS, '')
    .replace(/<!\[endif]-->\s*<!--\[if mso \| IE]>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<')
    .trim();
}

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const RESPONSIVE_STYLE = /<style[^>]*>(?:(?!<\/style>)[\s\S])*(?:@media|\.moz-text-html)(?:(?!<\/style>)[\s\S])*<\/style>/g;

const FONT_IMPORTS = /<!--\[if !mso\]><!-->\s*(?:<link[^>]*>\s*)+<style[^>]*>(?:\s*@import[^;]*;)+\s*<\/style>\s*<!--<!\[endif\]-->/g;

/** The CSS rules of MJML's responsive <style> blocks and its font imports, whitespace-normalized. */
export function responsiveRules(html: string): Set<string> {
  const rules = new Set<string>();
  for (const block of html.match(FONT_IMPORTS) ?? []) {
    for (const item of block.match(/<link[^>]*>|@import[^;]*;/g) ?? []) rules.add(item);
  }
  for (const block of normalizeRandomIds(html).match(RESPONSIVE_STYLE) ?? []) {
    const css = block.replace(/<\/?style[^>]*>/g, '').replace(/@media[^{]*\{/g, '');
    for (const rule of css.split('}')) {
      const r = rule.replace(/\s+/g, ' ').trim();
      if (r) rules.add(r);
    }
  }
  return rules;
}
