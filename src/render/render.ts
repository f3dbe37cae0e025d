// The render phase: MJML runs once per template and every target shares the result.
//
//   IR body --serialize--> MJML with placeholders --mjml--> HTML with placeholders
//     --rebuild--> parts.html (static HTML + the same dynamic nodes, outputs in html/attr context)
//     --html-to-text, rebuild--> parts.text (outputs in text context)
//   subject, preheader: the front-matter nodes, outputs in text context.
//
// ESP syntax never exists here: targets replace the dynamic nodes at the very end.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { diag, fileSpan, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { refName } from '../ir/evaluate.js';
import { mapLeaves, walkNodes, type Cond, type IfNode, type Node, type OutputNode, type Span } from '../ir/nodes.js';
import type { TailorConfig } from '../source/model.js';
import type { RenderedTemplate, TemplateIR } from '../targets/target.js';
import { describeNode } from './describe.js';
import { inspectIncludes, mapValidationErrors } from './mjml-diagnostics.js';
import { loadMjml, type MjmlOptions, type MjmlResult, type MjmlValidationError } from './mjml-engine.js';
import { findPlaceholders, placeholder, placeholderRegex } from './placeholder.js';
import { rebuild } from './rebuild.js';
import { serializeTemplate, type DynamicEntry, type MarkerEntry } from './serialize.js';
import { htmlToText, type TextHooks } from './text-part.js';

export { containsPlaceholder } from './placeholder.js';

export interface RenderOptions {
  /** Absolute path of the project root: enables <mj-include> inside it. */
  root?: string;
}

export interface RenderOutcome {
  /** null when an error diagnostic was reported. */
  rendered: RenderedTemplate | null;
  diagnostics: Diagnostic[];
  /** Files read through <mj-include>, relative to the root (for the watcher). */
  read: string[];
}

export async function renderTemplate(ir: TemplateIR, config: TailorConfig, opts: RenderOptions = {}): Promise<RenderOutcome> {
  const engine = loadMjml();
  const diagnostics: Diagnostic[] = [];
  const failed = (read: string[] = []): RenderOutcome => ({ rendered: null, diagnostics, read });

  const serialized = serializeTemplate(ir, engine.schema);
  diagnostics.push(...serialized.diagnostics);
  // The serializer checked the preheader when it went into an mj-preview.
  diagnostics.push(...reservedText(serialized.hasPreview ? [...ir.subject, ...ir.preheader] : ir.subject, ir.file));
  if (serialized.hasInclude && !opts.root) diagnostics.push(diag('render-include-disabled', fileSpan(ir.file)));
  if (serialized.broken) return failed();

  let result: MjmlResult;
  try {
    result = await engine.render(serialized.mjml, mjmlOptions(config, ir.file, opts.root), ir.name);
  } catch (error) {
    const errors = (error as { errors?: MjmlValidationError[] }).errors;
    if (Array.isArray(errors)) diagnostics.push(...mapValidationErrors(errors, serialized, ir.file, 'error', opts.root));
    else diagnostics.push(diag('render-mjml-failed', fileSpan(ir.file), { message: (error as Error).message ?? String(error) }));
    return failed();
  }
  diagnostics.push(...mapValidationErrors(result.errors, serialized, ir.file, 'warning', opts.root));
  const includes = inspectIncludes(result.json, opts.root, serialized, ir.file);
  diagnostics.push(...includes.diagnostics);

  // Rebuilt even after errors: what lands in CSS is worth reporting in the same run.
  const html = rebuild(result.html, serialized.markers, 'html');
  const reported = new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`));
  const fresh = (span: Span): boolean => !reported.has(`${span.file}:${span.line}:${span.column}`);
  for (const { entry, place } of html.inCss) {
    if (fresh(entry.node.span)) diagnostics.push(diag('render-dynamic-in-css', entry.node.span, { what: describeNode(entry.node), place }));
  }
  for (const entry of html.dropped) {
    if (fresh(entry.node.span)) diagnostics.push(diag('render-dynamic-dropped', entry.node.span, { what: describeNode(entry.node) }));
  }
  if (hasErrors(diagnostics)) return failed(includes.read);

  const textMarkers = [...serialized.markers];
  const text = rebuild(htmlToText(result.html, textHooks(textMarkers)), textMarkers, 'text');
  const rendered: RenderedTemplate = {
    name: ir.name,
    file: ir.file,
    ir,
    parts: { html: html.nodes, text: text.nodes, subject: asText(ir.subject), preheader: asText(ir.preheader) },
  };
  return { rendered, diagnostics, read: includes.read };
}

/** The mjml options a template renders with (shared with the conformance check). */
export function mjmlOptions(config: TailorConfig, file: string, root?: string): MjmlOptions {
  const base = {
    validationLevel: config.mjml.validationLevel,
    keepComments: config.mjml.keepComments,
    beautify: config.mjml.beautify,
    minify: false as const,
  };
  if (!root) return { ...base, ignoreIncludes: true };
  const absolute = path.resolve(root, file);
  const dir = path.dirname(absolute);
  // Includes resolve from the template's folder and may not leave the project.
  return { ...base, ignoreIncludes: false, filePath: existsSync(dir) ? dir : root, actualPath: absolute, includePath: [root] };
}

/** Front-matter nodes as a plain-text part: outputs in text context. */
function asText(nodes: Node[]): Node[] {
  return mapLeaves(nodes, (node) => (node.kind === 'output' ? { ...node, context: 'text' } : node));
}

function reservedText(nodes: Node[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkNodes(nodes, (node) => {
    if (node.kind !== 'static') return;
    const p = findPlaceholders(node.text)[0];
    if (p) out.push(diag('render-reserved-text', node.span ?? fileSpan(file), { text: node.text.slice(p.start, p.end) }));
  });
  return out;
}

/**
 * Hooks for the text conversion. `markers` receives the synthetic blocks guarding links
 * (a copy of the template's markers, extended for the text part only).
 */
function textHooks(markers: MarkerEntry[]): TextHooks {
  const canonical = (s: string): string =>
    s.replace(placeholderRegex(), (match, role: string, index: string) => {
      const node = markers[Number(index)]?.entry.node;
      if (role !== 'o' || node?.kind !== 'output') return match;
      return `\u0000${signature(node)}\u0000`;
    });
  const guardLink = (href: string, printed: string): string => {
    const found = findPlaceholders(href);
    let rest = href;
    for (const p of [...found].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
    if (found.length === 0 || rest.trim() !== '') return printed;
    const outputs: OutputNode[] = [];
    for (const p of found) {
      const node = markers[p.index]?.entry.node;
      // A url that may print a fallback, or holds an if, is never known to be empty.
      if (p.role !== 'o' || node?.kind !== 'output' || node.fallback !== '') return printed;
      outputs.push(node);
    }
    const span = outputs[0]!.span;
    const present: Cond[] = outputs.map((o) => ({ kind: 'truthy', ref: o.ref, span }));
    const cond: Cond = present.length === 1 ? present[0]! : { kind: 'or', items: present, span };
    const node: IfNode = { kind: 'if', branches: [{ cond, body: [] }], else: null, span };
    const entry: DynamicEntry = { id: -markers.length - 1, node, placement: 'attr', repeatable: true, synthetic: true, parent: null };
    const open = markers.push({ role: 'i', entry, segment: 0 }) - 1;
    const close = markers.push({ role: 'c', entry, segment: 0 }) - 1;
    return placeholder('i', open) + printed + placeholder('c', close);
  };
  return { canonical, guardLink };
}

function signature(node: OutputNode): string {
  const filters = node.filters.map(({ span: _span, ...rest }) => rest);
  return JSON.stringify([refName(node.ref), filters, node.fallback]);
}
