// Components: `<x-name prop="..." />` expands, at build time, to the component's body
// lowered with its props. Prop values are lowered where they are written (the caller's
// scope), so `{{ item.name }}` inside a loop or `{{ profile.x }}` keep their meaning
// and their spans. Component files see their own front-matter data over the template's.
import { decodeHTMLAttribute } from 'entities';
import { diag } from '../diagnostics/diagnostic.js';
import type { TemplateNode } from '../parse/ast.js';
import { parseComponentFile } from '../parse/parse-file.js';
import { CHILDREN_PROP } from '../parse/props-declaration.js';
import { didYouMean } from '../parse/suggest.js';
import { lowerNodes } from './lower-nodes.js';
import type { Node, Span } from './nodes.js';
import { coerceProp, type PropArgument } from './props.js';
import type { BuildContext, PropValue, Scope } from './scope.js';

export interface ComponentCall {
  name: string;
  nameSpan: Span;
  span: Span;
  args: PropArgument[];
  /** Lowered children (markup), or null. */
  children: Node[] | null;
}

/** `<x-name ...>` in a template or component. */
export function lowerComponentTag(node: TemplateNode & { kind: 'component' }, scope: Scope, ctx: BuildContext): Node[] {
  const textScope: Scope = { ...scope, mode: 'text' };
  const args: PropArgument[] = node.attributes.map((a) => ({
    name: a.name,
    nameSpan: a.nameSpan,
    span: a.span,
    value: a.value === null ? { kind: 'bare' } : { kind: 'nodes', nodes: lowerNodes(decodeAttributeText(a.value), textScope, ctx) },
  }));
  const children = node.children ? lowerNodes(node.children, scope, ctx) : null;
  return expandComponent({ name: node.name, nameSpan: node.nameSpan, span: node.span, args, children }, ctx);
}

/**
 * A prop written as an HTML attribute holds text: character references in what the
 * author wrote are decoded (`Tom &amp; Jerry` is "Tom & Jerry"), and the text is
 * escaped again wherever it is printed. Values computed by `{{ }}` are not decoded.
 */
function decodeAttributeText(nodes: TemplateNode[]): TemplateNode[] {
  return nodes.map((n): TemplateNode => {
    switch (n.kind) {
      case 'text':
        return { ...n, text: decodeHTMLAttribute(n.text) };
      case 'if':
        return { ...n, branches: n.branches.map((b) => ({ ...b, body: decodeAttributeText(b.body) })), else: n.else && decodeAttributeText(n.else) };
      case 'for':
        return { ...n, body: decodeAttributeText(n.body), empty: n.empty && decodeAttributeText(n.empty) };
      default:
        return n;
    }
  });
}

export function expandComponent(call: ComponentCall, ctx: BuildContext): Node[] {
  const source = ctx.project.components.get(call.name);
  if (!source) {
    ctx.diagnostics.push(diag('unknown-component', call.nameSpan, { name: call.name, suggestion: didYouMean(call.name, ctx.project.components.keys()) }));
    return [];
  }
  ctx.used?.add(source.file);
  const key = `component:${call.name}`;
  const cycleStart = ctx.stack.indexOf(key);
  if (cycleStart >= 0) {
    const chain = [...ctx.stack.slice(cycleStart), key].map(describeStackEntry).join(' → ');
    ctx.diagnostics.push(diag('component-cycle', call.nameSpan, { name: call.name, chain }));
    return [];
  }
  const parsed = parseComponentFile(source);
  ctx.diagnostics.push(...parsed.diagnostics);

  const props = new Map<string, PropValue>();
  for (const arg of call.args) {
    const decl = parsed.props.get(arg.name);
    if (!decl) {
      const declared = [...parsed.props.keys()].sort();
      ctx.diagnostics.push(
        diag('unknown-prop', arg.nameSpan, {
          component: call.name,
          name: arg.name,
          declared: declared.length ? declared.join(', ') : '(none)',
          suggestion: didYouMean(arg.name, declared),
        }),
      );
      continue;
    }
    // A value that does not fit was reported: the prop is left without one (not defaulted).
    props.set(arg.name, coerceProp(call.name, decl, arg, ctx) ?? { kind: 'value', value: undefined });
  }
  const data = { ...ctx.templateData, ...parsed.data };
  for (const decl of parsed.props.values()) {
    if (props.has(decl.name)) continue;
    if (decl.default?.kind === 'literal') props.set(decl.name, { kind: 'value', value: decl.default.value });
    else if (decl.default?.kind === 'text') {
      // A default is lowered in the component's file, where only its data (no props) is in scope.
      const defaultScope: Scope = { mode: 'text', data, props: null, loops: new Map(), origin: 'component', component: call.name };
      const nodes = lowerNodes(decl.default.nodes, defaultScope, ctx);
      const value = coerceProp(call.name, decl, { name: decl.name, nameSpan: decl.span, span: decl.span, value: { kind: 'nodes', nodes } }, ctx);
      if (value) props.set(decl.name, value);
    } else {
      if (decl.required) ctx.diagnostics.push(diag('missing-required-prop', call.span, { component: call.name, name: decl.name }));
      props.set(decl.name, { kind: 'value', value: undefined });
    }
  }
  props.set(CHILDREN_PROP, call.children ? { kind: 'fragment', nodes: call.children, markup: true } : { kind: 'value', value: undefined });

  const scope: Scope = { mode: 'markup', data, props, component: call.name, loops: new Map(), origin: 'component' };
  ctx.stack.push(key);
  const body = lowerNodes(parsed.body, scope, ctx);
  ctx.stack.pop();
  return body;
}

/** `component:hero` -> `<x-hero>`, `slot:hero` -> `slot "hero"`, for cycle messages. */
function describeStackEntry(entry: string): string {
  const [kind, name] = entry.split(':') as [string, string];
  return kind === 'component' ? `<x-${name}>` : `${kind} "${name}"`;
}
