// "Plain MJML passes through untouched": the html part of a template without dynamic
// nodes must be byte for byte what mjml2html gives for the same source and options.
// mjml names navbar and carousel elements with random hex ids (Tailor makes them
// deterministic), so both sides have those ids renamed in order of appearance first.
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { Node } from '../ir/nodes.js';
import type { TailorConfig } from '../source/model.js';
import type { TemplateIR } from '../targets/target.js';
import { loadMjml } from './mjml-engine.js';
import { mjmlOptions } from './render.js';

/** A template IR whose body is the whole source as one static node. */
export function staticTemplateIR(name: string, file: string, source: string): TemplateIR {
  return {
    name,
    file,
    body: [{ kind: 'static', text: source, span: fileSpan(file) }],
    subject: [],
    preheader: [],
    meta: {},
  };
}

/** What mjml2html itself produces for `source` with the options Tailor uses. */
export async function mjmlReferenceHtml(source: string, config: TailorConfig, file: string, root?: string): Promise<string> {
  return (await loadMjml().renderPlain(source, mjmlOptions(config, file, root))).html;
}

/** The html part as one string, or null when it still holds dynamic nodes. */
export function staticHtml(nodes: Node[]): string | null {
  let out = '';
  for (const node of nodes) {
    if (node.kind !== 'static') return null;
    out += node.text;
  }
  return out;
}

/** Renames 16-hex-digit ids (navbar, carousel) to id0, id1 ... in order of first appearance. */
export function normalizeRandomIds(html: string): string {
  const names = new Map<string, string>();
  return html.replace(/(?<![0-9a-zA-Z])[0-9a-f]{16}(?![0-9a-zA-Z])/g, (id) => {
    let name = names.get(id);
    if (!name) {
      name = `id${names.size}`;
      names.set(id, name);
    }
    return name;
  });
}

export interface HtmlComparison {
  equal: boolean;
  /** Where the two first differ, with some context, when they do. */
  detail?: string;
}

export function compareWithReference(actual: string, reference: string): HtmlComparison {
  const a = normalizeRandomIds(actual);
  const b = normalizeRandomIds(reference);
  if (a === b) return { equal: true };
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const show = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 40), i + 60));
  return { equal: false, detail: `first difference at line ${line} (offset ${i}): tailor ${show(a)} vs mjml ${show(b)}` };
}
