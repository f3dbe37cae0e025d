// Prop values given to a component, checked against its declaration.
//
// A value written in markup or YAML is text until its declared type says otherwise:
// `limit="3"` is the number 3 for a number prop, `wide` (bare) or `wide="true"` is
// true for a boolean prop. Text with per-recipient parts (`"Hi {{ profile.first_name }}"`)
// is allowed for string and url props and stays dynamic; number and boolean props must
// be known at build time.
import { diag } from '../diagnostics/diagnostic.js';
import type { PropDecl } from '../parse/props-declaration.js';
import type { Node, Span } from './nodes.js';
import type { BuildContext, PropValue } from './scope.js';

export type PropArgValue =
  | { kind: 'nodes'; nodes: Node[] }
  | { kind: 'bare' }
  | { kind: 'literal'; value: number | boolean };

export interface PropArgument {
  name: string;
  nameSpan: Span;
  value: PropArgValue;
  span: Span;
}

/** The prop's value, or null (reported) when it does not fit the declaration. */
export function coerceProp(component: string, decl: PropDecl, arg: PropArgument, ctx: BuildContext): PropValue | null {
  const mismatch = (shown: string) => {
    ctx.diagnostics.push(diag('prop-type-mismatch', arg.span, { name: decl.name, component, type: decl.type, value: shown }));
    return null;
  };
  const value = arg.value;
  if (value.kind === 'bare') return decl.type === 'boolean' ? { kind: 'value', value: true } : mismatch('a bare attribute (no value)');
  if (value.kind === 'literal') {
    if (typeof value.value === decl.type) return { kind: 'value', value: value.value };
    if (typeof value.value === 'number' && (decl.type === 'string' || decl.type === 'url')) return { kind: 'value', value: String(value.value) };
    return mismatch(String(value.value));
  }
  const nodes = value.nodes;
  if (nodes.every((n) => n.kind === 'static')) {
    const text = nodes.map((n) => (n.kind === 'static' ? n.text : '')).join('');
    switch (decl.type) {
      case 'string':
      case 'url':
        return { kind: 'value', value: text };
      case 'number':
        return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? { kind: 'value', value: Number(text) } : mismatch(JSON.stringify(text));
      case 'boolean':
        return text === 'true' ? { kind: 'value', value: true } : text === 'false' ? { kind: 'value', value: false } : mismatch(JSON.stringify(text));
    }
  }
  if (decl.type === 'number' || decl.type === 'boolean') {
    ctx.diagnostics.push(
      diag('prop-not-build-time', arg.span, { name: decl.name, component, detail: `a ${decl.type} prop cannot hold per-recipient values` }),
    );
    return null;
  }
  return { kind: 'fragment', nodes, markup: false };
}
