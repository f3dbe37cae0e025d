// Component props, declared in the component's front matter:
//
//   props:
//     headline: { type: string, default: "Hello", required: false }
//     limit: number            # shorthand for { type: number }
//
// Types: string, number, boolean, url. A string default may contain `{{ }}`.
import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { keyText } from '../source/yaml-nodes.js';
import type { TemplateNode } from './ast.js';
import { nodeSpan, scalarText, type FrontMatter } from './front-matter.js';
import { parseTemplateText } from './template-parser.js';

export const PROP_TYPES = ['string', 'number', 'boolean', 'url'] as const;
export type PropType = (typeof PROP_TYPES)[number];

/** The prop every component has: the markup between `<x-name>` and `</x-name>`. */
export const CHILDREN_PROP = 'children';

export type PropDefault = { kind: 'literal'; value: number | boolean } | { kind: 'text'; nodes: TemplateNode[] };

export interface PropDecl {
  name: string;
  type: PropType;
  required: boolean;
  default?: PropDefault;
  span: Span;
}

export function readPropsDeclaration(fm: FrontMatter, diagnostics: Diagnostic[]): Map<string, PropDecl> {
  const props = new Map<string, PropDecl>();
  const entry = fm.entries.get('props');
  if (!entry || entry.node === null || (isScalar(entry.node) && entry.node.value === null)) return props;
  const invalid = (span: Span, detail: string) => diagnostics.push(diag('props-declaration-invalid', span, { detail }));
  if (!isMap(entry.node)) {
    invalid(nodeSpan(fm, entry.node, entry.keySpan), '`props` must map each prop name to its type or to { type, default, required }');
    return props;
  }
  for (const pair of (entry.node as YAMLMap).items) {
    const keyNode = pair.key as YamlNode;
    const name = keyText(pair);
    const span = nodeSpan(fm, keyNode, entry.keySpan);
    if (name === CHILDREN_PROP) {
      invalid(span, '`children` is reserved for the content between `<x-name>` and `</x-name>`');
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      invalid(span, `\`${name}\` is not a valid prop name (letters, digits and _; used as props.${name})`);
      continue;
    }
    const decl = readOne(fm, name, span, (pair.value as YamlNode | null) ?? null, invalid, diagnostics);
    if (decl) props.set(name, decl);
  }
  return props;
}

function readOne(
  fm: FrontMatter,
  name: string,
  span: Span,
  node: YamlNode | null,
  invalid: (span: Span, detail: string) => void,
  diagnostics: Diagnostic[],
): PropDecl | null {
  const isType = (t: unknown): t is PropType => typeof t === 'string' && (PROP_TYPES as readonly string[]).includes(t);
  const typeList = PROP_TYPES.join(', ');
  if (node && isScalar(node)) {
    if (!isType(node.value)) {
      invalid(nodeSpan(fm, node, span), `prop \`${name}\` has type \`${String(node.value)}\`; expected one of ${typeList}`);
      return null;
    }
    return { name, type: node.value, required: false, span };
  }
  if (!node || !isMap(node)) {
    invalid(span, `prop \`${name}\` must be a type (${typeList}) or { type, default, required }`);
    return null;
  }
  const fields = new Map<string, YamlNode | null>();
  for (const pair of node.items) {
    const key = keyText(pair);
    if (!['type', 'default', 'required', 'description'].includes(key)) {
      invalid(nodeSpan(fm, pair.key as YamlNode, span), `prop \`${name}\` has an unknown key \`${key}\` (known: type, default, required, description)`);
    }
    fields.set(key, (pair.value as YamlNode | null) ?? null);
  }
  const typeNode = fields.get('type');
  const type = typeNode && isScalar(typeNode) ? typeNode.value : undefined;
  if (!isType(type)) {
    invalid(typeNode ? nodeSpan(fm, typeNode, span) : span, `prop \`${name}\` needs a \`type\`: one of ${typeList}`);
    return null;
  }
  const decl: PropDecl = { name, type, required: false, span };
  const requiredNode = fields.get('required');
  if (requiredNode !== undefined) {
    const required = requiredNode && isScalar(requiredNode) ? requiredNode.value : undefined;
    if (typeof required !== 'boolean') invalid(nodeSpan(fm, requiredNode, span), `\`required\` of prop \`${name}\` must be true or false`);
    else decl.required = required;
  }
  const defaultNode = fields.get('default');
  if (defaultNode !== undefined && defaultNode !== null) {
    const value = defaultNode.toJSON() as unknown;
    const at = nodeSpan(fm, defaultNode, span);
    if (type === 'number' || type === 'boolean') {
      if (typeof value !== type) invalid(at, `the default of prop \`${name}\` must be a ${type}`);
      else decl.default = { kind: 'literal', value: value as number | boolean };
    } else if (typeof value === 'string' || typeof value === 'number') {
      const { value: textValue, mapper } = scalarText(fm, defaultNode, at);
      const nodes = parseTemplateText(textValue, 0, textValue.length, mapper, { components: false }, diagnostics);
      decl.default = { kind: 'text', nodes };
    } else invalid(at, `the default of prop \`${name}\` must be a string`);
  }
  return decl;
}
