// mjml's validation errors and failures as Tailor diagnostics, pointing at the user's
// source (through the line map) rather than at the serialized MJML.
import path from 'node:path';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { describeNode, expressionText } from './describe.js';
import type { MjmlJsonNode, MjmlValidationError } from './mjml-engine.js';
import { findPlaceholders } from './placeholder.js';
import type { MarkerEntry, SerializedTemplate } from './serialize.js';

export function mapValidationErrors(
  errors: readonly MjmlValidationError[],
  serialized: SerializedTemplate,
  file: string,
  severity: 'error' | 'warning',
  root: string | undefined,
): Diagnostic[] {
  return errors.map((error) => {
    const span = errorSpan(error, serialized, file);
    const included = includedFile(error, root);
    const placeholders = findPlaceholders(error.message);
    const message = readable(error.message, serialized.markers) + (included ? ` (in ${included})` : '');
    if (placeholders.length > 0) {
      const marker = serialized.markers[placeholders[0]!.index];
      return diag('render-dynamic-attribute-invalid', marker ? marker.entry.node.span : span, { message });
    }
    return diag('render-mjml-invalid', span, { message, tag: error.tagName }, { severity });
  });
}

/** The position of the element the error is about: its `<tag` on the reported line. */
function errorSpan(error: MjmlValidationError, serialized: SerializedTemplate, file: string): Span {
  // An error inside an included file is reported at the outermost <mj-include>.
  const includeLines = [...error.formattedMessage.matchAll(/line (\d+) of file /g)];
  const line = includeLines.length > 0 ? Number(includeLines[includeLines.length - 1]![1]) : error.line;
  const tag = includeLines.length > 0 ? 'mj-include' : error.tagName;
  const map = serialized.lineMap;
  const at = map.lineText(line).indexOf(`<${tag}`);
  return map.spanAt(map.lineStart(line) + Math.max(0, at), fileSpan(file));
}

function includedFile(error: MjmlValidationError, root: string | undefined): string | undefined {
  if (!error.formattedMessage.includes(', included at ')) return undefined;
  const m = /^Line \d+ of (.*?), included at /.exec(error.formattedMessage);
  if (!m) return undefined;
  return root ? path.relative(root, m[1]!).split(path.sep).join('/') : path.basename(m[1]!);
}

/** Replaces placeholders in an mjml message by the expressions they stand for. */
export function readable(message: string, markers: readonly MarkerEntry[]): string {
  let out = message;
  for (const p of findPlaceholders(message).reverse()) {
    const node = markers[p.index]?.entry.node;
    const text = node?.kind === 'output' ? `{{ ${expressionText(node)} }}` : node ? describeNode(node) : '';
    out = out.slice(0, p.start) + text + out.slice(p.end);
  }
  return out;
}

/**
 * What mjml's tree says about includes: files read (relative to root) and includes that
 * were refused for leaving the allowed roots.
 */
export function inspectIncludes(
  json: MjmlJsonNode | undefined,
  root: string | undefined,
  serialized: SerializedTemplate,
  file: string,
): { read: string[]; diagnostics: Diagnostic[] } {
  const read = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const rel = (p: string): string => (root ? path.relative(root, p).split(path.sep).join('/') : p);
  const visit = (node: MjmlJsonNode): void => {
    const own = node.includedIn && node.includedIn.length > 0 ? node.absoluteFilePath : undefined;
    if (own) read.add(rel(own));
    // css and html includes keep the path as written, relative to the including file.
    if ((node.tagName === 'mj-style' || node.tagName === 'mj-raw') && node.file && node.absoluteFilePath && node.file !== node.absoluteFilePath) {
      if (!node.errors?.length && node.content !== undefined) read.add(rel(path.resolve(path.dirname(node.absoluteFilePath), node.file)));
    }
    for (const e of node.errors ?? []) {
      if (e.type === 'include-denied') {
        const at = typeof node.line === 'number' ? serialized.lineMap.spanAt(serialized.lineMap.lineStart(node.line), fileSpan(file)) : fileSpan(file);
        diagnostics.push(diag('render-include-denied', at, { path: includePathOnLine(serialized, node.line) }));
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (json) visit(json);
  return { read: [...read].sort(), diagnostics };
}

function includePathOnLine(serialized: SerializedTemplate, line: number | undefined): string {
  if (typeof line !== 'number') return '?';
  return /<mj-include[^>]*\bpath=["']([^"']*)["']/.exec(serialized.lineMap.lineText(line))?.[1] ?? '?';
}
