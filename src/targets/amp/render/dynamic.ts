// Dynamic IR nodes inside an amp-mustache template: each becomes a data field of the
// endpoint's response (plan.ts) and the mustache tags that read it. Logic never reaches
// mustache: conditions arrive as booleans, outputs as finished strings.
import { decodeHTMLAttribute } from 'entities';
import { evaluateWithItems, refName } from '../../../ir/evaluate.js';
import type { EachNode, IfNode, Node, OutputNode, Span } from '../../../ir/nodes.js';
import type { AmpNode, DataVar } from '../plan.js';
import { unbalancedTag } from '../mjml-tree.js';
import { serializeNodes, splitTokens, type SourceText } from '../source.js';
import type { AttrOut } from './markup.js';
import type { Env, RenderState } from './state.js';
import { schemesFor, urlAllowed, type UrlKind } from './urls.js';

/** Renders a branch body (IR nodes) at the level where the dynamic node stands. */
export type BranchRenderer = (nodes: Node[], env: Env, owner: IfNode | EachNode) => AmpNode[];

/** How messages name the owner of a branch. */
export function branchKind(owner: IfNode | EachNode): 'condition' | 'loop' {
  return owner.kind === 'if' ? 'condition' : 'loop';
}

/** A branch's source text, or null (reported) when it does not hold whole elements: it is rendered on its own. */
export function branchSource(state: RenderState, nodes: Node[], owner: IfNode | EachNode): SourceText | null {
  const source = serializeNodes(nodes, state.tokens, owner.span);
  const problem = unbalancedTag(source.text);
  if (!problem) return source;
  state.report('amp-unbalanced-branch', owner.span, { kind: branchKind(owner), problem });
  return null;
}

function requireTemplate(env: Env): void {
  // Regions are chosen so that every dynamic node is reached inside a template.
  if (!env.template) throw new Error('amp: a dynamic node was reached outside an amp-mustache template');
}

/** Copies nodes for the resolver: outputs print raw text (mustache escapes), attribute text is decoded. */
export function toTextNodes(nodes: Node[], decode: boolean): Node[] {
  return nodes.map((n): Node => {
    switch (n.kind) {
      case 'static':
        return decode ? { ...n, text: decodeHTMLAttribute(n.text) } : n;
      case 'output':
        return { ...n, context: 'text' };
      case 'if':
        return {
          ...n,
          branches: n.branches.map((b) => ({ cond: b.cond, body: toTextNodes(b.body, decode) })),
          else: n.else ? toTextNodes(n.else, decode) : null,
        };
      case 'each':
        return { ...n, body: toTextNodes(n.body, decode), empty: toTextNodes(n.empty, decode) };
    }
  });
}

function describeOutput(node: OutputNode): string {
  const filters = node.filters.map((f) => ` | ${f.name}`).join('');
  return `${refName(node.ref)}${filters}${node.fallback ? ` (fallback "${node.fallback}")` : ''}`;
}

function addField(env: Env, v: DataVar): void {
  env.scope.push(v);
}

/** `{{oN}}` for an output node in HTML text. */
export function outputField(state: RenderState, node: OutputNode, env: Env): AmpNode {
  requireTemplate(env);
  const name = state.fieldName('o');
  addField(env, { kind: 'text', name, nodes: toTextNodes([node], false), source: describeOutput(node), span: node.span });
  return { kind: 'var', name };
}

/** if-chains and loops as mustache sections over precomputed fields. */
export function renderDynamic(state: RenderState, node: Node, env: Env, body: BranchRenderer): AmpNode[] {
  if (node.kind === 'static') return [{ kind: 'html', html: node.text }];
  requireTemplate(env);
  if (node.kind === 'output') return [outputField(state, node, env)];
  if (node.kind === 'if') {
    const name = state.fieldName('c');
    addField(env, { kind: 'choice', name, conds: node.branches.map((b) => b.cond), span: node.span });
    const out: AmpNode[] = [];
    const single = node.branches.length === 1;
    node.branches.forEach((b, i) => {
      out.push({ kind: 'section', name: single ? name : `${name}_${i}`, inverted: false, body: body(b.body, env, node) });
    });
    if (node.else) out.push({ kind: 'section', name, inverted: true, body: body(node.else, env, node) });
    return out;
  }
  const name = state.fieldName('l');
  const vars: DataVar[] = [];
  addField(env, { kind: 'list', name, list: node.list, loopVar: node.loopVar, limit: node.limit, vars, span: node.span });
  const out: AmpNode[] = [{ kind: 'section', name, inverted: false, body: body(node.body, { ...env, scope: vars }, node) }];
  if (node.empty.length) out.push({ kind: 'section', name: `${name}_empty`, inverted: false, body: body(node.empty, env, node) });
  return out;
}

/**
 * An attribute value written as it stands in the source (entities not decoded, with
 * tokens): static text, or one data field holding the whole value (AMP allows nothing
 * else in URL attributes, and one field is simplest everywhere).
 */
export function attributeValue(
  state: RenderState,
  raw: string,
  env: Env,
  where: { tag: string; name: string; span: Span },
  url?: UrlKind,
): AttrOut {
  const parts = splitTokens(raw);
  if (parts.every((p) => typeof p === 'string')) {
    const value = decodeHTMLAttribute(raw);
    if (url) checkStaticUrl(state, value, url, where);
    return value;
  }
  requireTemplate(env);
  const nodes: Node[] = parts.map((p) => (typeof p === 'string' ? { kind: 'static', text: p } : state.tokens.get(p)));
  const textNodes = toTextNodes(nodes, true);
  const name = state.fieldName('a');
  addField(env, { kind: 'text', name, nodes: textNodes, source: `${where.name} of <${where.tag}>`, span: where.span });
  if (url && env.scope === state.vars) {
    // What a recipient without data gets is known now; it must be a valid URL too.
    const empty = evaluateWithItems(textNodes, {}, new Map());
    if (!urlAllowed(empty, url)) {
      state.report('amp-url-not-absolute', where.span, { attribute: `${where.name} (for a recipient without data)`, url: empty, schemes: schemesFor(url) });
    }
  }
  return { field: name };
}

/** Reports a static URL that AMP would reject. */
export function checkStaticUrl(state: RenderState, value: string, kind: UrlKind, where: { name: string; span: Span }): void {
  // Outside a template AMP rejects "{{" in URLs; inside one a URL must be a single field.
  if (value.includes('{{')) {
    state.report('amp-static-mustache', where.span, { where: `the ${where.name} attribute` });
    return;
  }
  if (!urlAllowed(value, kind)) state.report('amp-url-not-absolute', where.span, { attribute: where.name, url: value, schemes: schemesFor(kind) });
}
