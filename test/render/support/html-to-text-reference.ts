// The text conversion as html-to-text 10 does it with the options the text part was built
// on: the reference src/render/html-text.ts must match character for character.
import { compile, type DomNode, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import type { TextHooks } from '../../../src/render/html-text.js';

const formatAnchor: FormatCallback = (elem, walk, builder) => {
  const href = String(elem.attribs?.href ?? '').replace(/^mailto:/i, '');
  if (!href || href.startsWith('#')) {
    walk(elem.children, builder);
    return;
  }
  let label = '';
  builder.pushWordTransform((word) => {
    label += word;
    return word;
  });
  walk(withoutTrailingSpace(elem.children), builder);
  builder.popWordTransform();
  const hooks = (builder as unknown as { metadata: TextHooks }).metadata;
  if (label && hooks.canonical(label) === hooks.canonical(href)) return;
  builder.addInline(hooks.guardLink(href, label ? ` (${href})` : href), { noWordTransform: true });
};

function withoutTrailingSpace(children: DomNode[]): DomNode[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type !== 'text') break;
    const data = (last.data ?? '').replace(/[ \t\r\n\f]+$/, '');
    if (data) {
      out[out.length - 1] = { ...last, data };
      break;
    }
    out.pop();
  }
  return out;
}

const formatImage: FormatCallback = (elem, _walk, builder) => {
  const alt = String(elem.attribs?.alt ?? '').trim();
  if (alt) builder.addInline(alt);
};

const formatCell: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
  builder.addInline(' ');
};

const keepCase = { uppercase: false };

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { tailorAnchor: formatAnchor, tailorImage: formatImage, tailorCell: formatCell },
  selectors: [
    { selector: 'a', format: 'tailorAnchor' },
    { selector: 'img', format: 'tailorImage' },
    { selector: 'h1', options: keepCase },
    { selector: 'h2', options: keepCase },
    { selector: 'h3', options: keepCase },
    { selector: 'h4', options: keepCase },
    { selector: 'h5', options: keepCase },
    { selector: 'h6', options: keepCase },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'tailorCell' },
    { selector: 'th', format: 'tailorCell' },
    { selector: '[style*="display:none"]', format: 'skip' },
    { selector: '[style*="display: none"]', format: 'skip' },
    { selector: '.mj-carousel-thumbnail', format: 'skip' },
  ],
};

const converter = compile(OPTIONS) as (html: string, metadata: TextHooks) => string;

export function referenceHtmlText(html: string, hooks: TextHooks): string {
  return converter(html, hooks);
}
