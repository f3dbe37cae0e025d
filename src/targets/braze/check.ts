// What the braze target refuses, before anything is emitted. Everything here is a case
// where Braze (Ruby Liquid) would print something other than the reference, or where
// Braze's handling of HTML comments would lose Liquid.
import { diag, fileSpan, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/catalog.js';
import type { MessageArgs } from '../../diagnostics/diagnostic.js';
import { refName } from '../../ir/evaluate.js';
import { PART_NAMES, walkNodes, type Cond, type Node, type OutputNode, type Span, type ValueRef } from '../../ir/nodes.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { isDocumentedAccessor, parseAccessor } from './accessor.js';
import { dateLiteralSeconds, opaqueSegments, type OpaqueSegments } from './conditions.js';
import { liquidDateFormat } from './date-format.js';
import { LIQUID_LOOKING, splitComments } from './html-comments.js';
import { numberLiteral } from './literal.js';
import { isReadableField } from './writer.js';

const STRING_TYPES = new Set(['string', 'enum', 'email', 'url']);

export function checkBraze(template: RenderedTemplate, ctx: TargetContext): Diagnostic[] {
  const found = new Map<string, Diagnostic>();
  const report = (code: DiagnosticCode, span: Span, args: MessageArgs = {}) => {
    const d = diag(code, span, args, { target: 'braze' });
    const key = `${d.code}|${d.file}|${d.line}|${d.column}|${d.message}`;
    if (!found.has(key)) found.set(key, d);
  };
  const opaque = opaqueSegments(ctx);

  for (const part of PART_NAMES) {
    walkNodes(template.parts[part], (node) => {
      if (node.kind === 'output') checkOutput(node, ctx, report);
      else if (node.kind === 'if') node.branches.forEach((b) => checkCond(b.cond, ctx, opaque, report));
      else if (node.kind === 'each') {
        checkAttribute(node.list, ctx, report);
        if (!Number.isInteger(node.limit) || node.limit < 1) report('braze-loop-limit', node.span, { limit: node.limit });
      }
    });
  }
  checkComments(template.parts.html, template.file, report);
  checkBeforeBody(template.parts.html, report);
  return [...found.values()];
}

type Report = (code: DiagnosticCode, span: Span, args?: MessageArgs) => void;

function checkValue(ref: ValueRef, ctx: TargetContext, report: Report): void {
  if (ref.kind === 'attr') checkAttribute(ref, ctx, report);
  else if (!isReadableField(ref.field)) report('braze-field-name', ref.span, { field: ref.field });
}

function checkAttribute(ref: ValueRef & { kind: 'attr' }, ctx: TargetContext, report: Report): void {
  const def = ctx.attributes.get(ref.name);
  const name = def?.esp.braze ?? '';
  const accessor = parseAccessor(name);
  if (!accessor) report('braze-attribute-name', def?.span ?? ref.span, { name, attribute: ref.name });
  else if (!isDocumentedAccessor(accessor)) report('braze-unknown-accessor', def?.span ?? ref.span, { name, attribute: ref.name });
}

function checkOutput(node: OutputNode, ctx: TargetContext, report: Report): void {
  checkValue(node.ref, ctx, report);
  const ref = refName(node.ref);
  if (node.ref.type === 'list') report('braze-output-list', node.span, { ref });
  if (node.ref.type === 'date' && node.filters[0]?.name !== 'date') report('braze-date-output', node.span, { ref });
  node.filters.forEach((f, i) => {
    if (f.name === 'date') {
      if (i > 0 || node.ref.type !== 'date') report('braze-date-filter-type', f.span, { ref: i > 0 ? `${ref} | ${node.filters[i - 1]!.name}` : ref });
      const format = liquidDateFormat(f.format);
      if (!format.ok) report('braze-date-format', f.span, { format: f.format, token: format.token });
    } else if (f.name === 'truncate' && (!Number.isInteger(f.length) || f.length < 0)) {
      report('braze-truncate-length', f.span, { length: f.length });
    }
  });
}

function checkCond(cond: Cond, ctx: TargetContext, opaque: OpaqueSegments, report: Report): void {
  switch (cond.kind) {
    case 'const':
      return;
    case 'truthy':
      return checkValue(cond.ref, ctx, report);
    case 'compare':
      return checkCompare(cond, ctx, report);
    case 'and':
    case 'or':
      return cond.items.forEach((c) => checkCond(c, ctx, opaque, report));
    case 'not':
      return checkCond(cond.item, ctx, opaque, report);
    case 'segment': {
      const field = opaque.get(cond.name);
      if (field === undefined) return checkCond(cond.cond, ctx, opaque, report);
      // read from a precomputed field: its condition is not lowered, only the field is read
      const segmentSpan = ctx.segments?.get(cond.name)?.span ?? cond.span;
      if (!parseAccessor(field)) report('braze-attribute-name', segmentSpan, { name: field, attribute: `segment.${cond.name}` });
      return;
    }
  }
}

function checkCompare(c: Cond & { kind: 'compare' }, ctx: TargetContext, report: Report): void {
  checkValue(c.ref, ctx, report);
  const ref = refName(c.ref);
  const type = c.ref.type;
  const ordering = c.op !== '==' && c.op !== '!=';
  const literalType = typeof c.value;
  const mismatch = () => report('braze-literal-type', c.span, { ref, type, literalType, value: JSON.stringify(c.value) });
  if (STRING_TYPES.has(type) || type === 'boolean') {
    if (literalType !== (type === 'boolean' ? 'boolean' : 'string')) mismatch();
    else if (ordering) report('braze-string-ordering', c.span, { op: c.op, ref, type });
  } else if (type === 'number') {
    if (literalType !== 'number') mismatch();
    else if (numberLiteral(c.value as number) === null) report('braze-number-literal', c.span, { value: String(c.value) });
  } else if (type === 'date') {
    if (literalType !== 'string') mismatch();
    else if (dateLiteralSeconds(c.value as string) === null) {
      const reason = Number.isNaN(Date.parse(c.value as string)) ? 'it is not a date' : 'it has a fraction of a second';
      report('braze-date-literal', c.span, { value: String(c.value), reason });
    }
  } else {
    mismatch();
  }
}

/**
 * Walks the html part in document order, tracking whether we are inside an HTML comment:
 * nothing dynamic may sit in one, no branch may open or close one, and a comment's text
 * may not look like Liquid.
 */
function checkComments(nodes: Node[], file: string, report: Report): void {
  const walk = (list: Node[], inComment: boolean): boolean => {
    let inside = inComment;
    for (const node of list) {
      if (node.kind === 'static') {
        const { segments, endsInComment } = splitComments(node.text, inside);
        for (const s of segments) {
          const m = s.comment ? LIQUID_LOOKING.exec(s.text) : null;
          if (m) report('braze-delimiter-in-comment', node.span ?? fileSpan(file), { found: m[0] });
        }
        inside = endsInComment;
      } else if (inside) {
        report('braze-liquid-in-comment', node.span);
      } else if (node.kind === 'if') {
        for (const body of [...node.branches.map((b) => b.body), node.else ?? []]) {
          if (walk(body, false)) report('braze-comment-across-logic', node.span);
        }
      } else if (node.kind === 'each') {
        for (const body of [node.body, node.empty]) if (walk(body, false)) report('braze-comment-across-logic', node.span);
      }
    }
    return inside;
  };
  walk(nodes, false);
}

/** A warning for dynamic content placed before `<body>` (only when the part has a body tag). */
function checkBeforeBody(nodes: Node[], report: Report): void {
  let hasBody = false;
  walkNodes(nodes, (n) => {
    if (n.kind === 'static' && /<body\b/i.test(n.text)) hasBody = true;
  });
  if (!hasBody) return;
  for (const node of nodes) {
    if (node.kind === 'static') {
      if (/<body\b/i.test(node.text)) return;
    } else {
      report('braze-liquid-outside-body', node.span);
    }
  }
}
