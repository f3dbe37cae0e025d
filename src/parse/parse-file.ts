// Entry points of the parse phase: template files, component files, and template
// strings or conditions read from YAML. Results are pure functions of the text, so
// they are cached by file and text: a build of many templates parses each component
// once, and a rebuild re-parses only files whose text changed.
import type { Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { LineIndex } from '../diagnostics/diagnostic.js';
import type { ComponentSource, Located, TemplateSource } from '../source/model.js';
import type { ExprNode, TemplateNode } from './ast.js';
import { parseExpressionText } from './expression-parser.js';
import { readFrontMatter, scalarText, type FrontMatter } from './front-matter.js';
import { locatedMapper } from './offsets.js';
import { readPropsDeclaration, type PropDecl } from './props-declaration.js';
import { parseTemplateText } from './template-parser.js';

export interface ParsedTemplate {
  file: string;
  body: TemplateNode[];
  /** Front-matter `subject` / `preheader` as plain-text template strings; null when absent. */
  subject: TemplateNode[] | null;
  preheader: TemplateNode[] | null;
  /** The other front-matter keys: build-time data. */
  data: Record<string, unknown>;
  diagnostics: readonly Diagnostic[];
}

export interface ParsedComponent {
  name: string;
  file: string;
  props: Map<string, PropDecl>;
  /** Front-matter keys other than `props`: build-time data local to the component. */
  data: Record<string, unknown>;
  body: TemplateNode[];
  diagnostics: readonly Diagnostic[];
}

const TEXT_PARTS = ['subject', 'preheader'] as const;

const cache = new Map<string, { text: string; result: unknown }>();

function cached<T>(key: string, text: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.text === text) return hit.result as T;
  const result = compute();
  cache.set(key, { text, result });
  return result;
}

export function parseTemplateFile(source: TemplateSource): ParsedTemplate {
  return cached(`template:${source.file}`, source.text, () => {
    const diagnostics: Diagnostic[] = [];
    const index = new LineIndex(source.file, source.text);
    const fm = readFrontMatter(source.text, index, diagnostics);
    const parts: Record<(typeof TEXT_PARTS)[number], TemplateNode[] | null> = { subject: null, preheader: null };
    for (const part of TEXT_PARTS) {
      const entry = fm.entries.get(part);
      if (entry) parts[part] = textPart(fm, entry.node, entry.keySpan, diagnostics);
    }
    const body = parseTemplateText(source.text, fm.bodyStart, source.text.length, index, { components: true }, diagnostics);
    return { file: source.file, body, ...parts, data: dataOf(fm, TEXT_PARTS), diagnostics };
  });
}

export function parseComponentFile(source: ComponentSource): ParsedComponent {
  return cached(`component:${source.file}`, source.text, () => {
    const diagnostics: Diagnostic[] = [];
    const index = new LineIndex(source.file, source.text);
    const fm = readFrontMatter(source.text, index, diagnostics);
    const props = readPropsDeclaration(fm, diagnostics);
    const body = parseTemplateText(source.text, fm.bodyStart, source.text.length, index, { components: true }, diagnostics);
    return { name: source.name, file: source.file, props, data: dataOf(fm, ['props']), body, diagnostics };
  });
}

function textPart(fm: FrontMatter, node: YamlNode | null, keySpan: Span, diagnostics: Diagnostic[]): TemplateNode[] {
  const { value, mapper } = scalarText(fm, node, keySpan);
  return parseTemplateText(value, 0, value.length, mapper, { components: false }, diagnostics);
}

function dataOf(fm: FrontMatter, exclude: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, entry] of fm.entries) if (!exclude.includes(key)) data[key] = entry.value;
  return data;
}

/** A template string from YAML (`with:` values): text with `{{ }}` and `{% %}`, no components. */
export function parseTemplateString(located: Located<string>, diagnostics: Diagnostic[]): TemplateNode[] {
  return parseTemplateText(located.value, 0, located.value.length, locatedMapper(located), { components: false }, diagnostics);
}

/**
 * A condition from YAML (segments.yaml, content.yaml `when`). Written bare
 * (`profile.orders_12m >= 5`); a value wrapped in `{{ }}` is accepted too.
 */
export function parseConditionSource(located: Located<string>, diagnostics: Diagnostic[]): ExprNode | null {
  const value = located.value;
  const mapper = locatedMapper(located);
  const wrapped = /^(\s*\{\{-?)([\s\S]*?)-?\}\}\s*$/.exec(value);
  if (!wrapped) return parseExpressionText(value, 0, value.length, mapper, diagnostics);
  const start = wrapped[1]!.length;
  return parseExpressionText(value, start, start + wrapped[2]!.length, mapper, diagnostics);
}
