// A Project built from an in-memory file map, for IR tests. It reads the rules files
// the way the project loader does (Located values point at their first character), but
// is kept small: just enough shape to exercise the IR phase without the real loader.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Scalar, type YAMLMap } from 'yaml';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { LineIndex } from '../../../src/diagnostics/diagnostic.js';
import type { Span } from '../../../src/ir/nodes.js';
import type {
  AttributeDef,
  ComponentSource,
  ContentRule,
  Located,
  Project,
  SegmentDef,
  SlotRules,
  TemplateSource,
} from '../../../src/source/model.js';

type Files = Record<string, string>;

function yamlFile(file: string, text: string | undefined) {
  if (text === undefined) return null;
  const index = new LineIndex(file, text);
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  const span = (node: YamlNode | null | undefined): Span => {
    const [s, e] = node?.range ?? [0, 0];
    return index.span(s, e);
  };
  const located = <T extends string | number | boolean>(node: YamlNode): Located<T> => {
    const scalar = node as Scalar;
    const [s, e] = scalar.range!;
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    return { value: scalar.value as T, span: index.span(s + (quoted ? 1 : 0), e - (quoted ? 1 : 0)) };
  };
  return { doc, span, located, map: doc.contents as YAMLMap | null };
}

function entries(map: YAMLMap | null): [string, YamlNode, YamlNode][] {
  if (!map || !isMap(map)) return [];
  return map.items.map((p) => [String((p.key as Scalar).value), p.key as YamlNode, p.value as YamlNode]);
}

export function projectFromFiles(files: Files): Project {
  const attributes = new Map<string, AttributeDef>();
  const attrs = yamlFile('rules/attributes.yaml', files['rules/attributes.yaml']);
  for (const [name, key, value] of entries(attrs?.map ?? null)) {
    const v = value.toJSON() as Partial<AttributeDef> & { esp?: Record<string, string> };
    const def: AttributeDef = {
      name,
      type: v.type!,
      esp: { sfmc: name, mailchimp: name.toUpperCase().slice(0, 10), braze: `custom_attribute.\${${name}}`, sendgrid: name, amp: name, ...v.esp },
      span: attrs!.span(key),
    };
    if (v.fallback !== undefined) def.fallback = String(v.fallback);
    if (v.values) def.values = v.values;
    if (v.max !== undefined) def.max = v.max;
    if (v.items) def.items = v.items;
    attributes.set(name, def);
  }

  const segments = new Map<string, SegmentDef>();
  const segs = yamlFile('rules/segments.yaml', files['rules/segments.yaml']);
  for (const [name, key, value] of entries(segs?.map ?? null)) {
    segments.set(name, { name, expression: segs!.located<string>(value), span: segs!.span(key) });
  }

  const content = new Map<string, SlotRules>();
  const rules = yamlFile('rules/content.yaml', files['rules/content.yaml']);
  for (const [slot, key, value] of entries(rules?.map ?? null)) {
    const slotRules: SlotRules = { slot, rules: [], default: null, span: rules!.span(key) };
    if (isSeq(value)) {
      for (const item of value.items as YAMLMap[]) {
        const fields = new Map(entries(item).map(([k, , v]) => [k, v] as const));
        const withProps: ContentRule['with'] = {};
        for (const [prop, , v] of entries((fields.get('with') as YAMLMap | undefined) ?? null)) {
          if (isScalar(v)) withProps[prop] = rules!.located(v);
        }
        if (fields.has('default')) {
          slotRules.default = { use: rules!.located<string>(fields.get('default')!), with: withProps, span: rules!.span(item) };
        } else {
          slotRules.rules.push({ when: rules!.located<string>(fields.get('when')!), use: rules!.located<string>(fields.get('use')!), with: withProps, span: rules!.span(item) });
        }
      }
    }
    content.set(slot, slotRules);
  }

  const components = new Map<string, ComponentSource>();
  const templates: TemplateSource[] = [];
  for (const [file, text] of Object.entries(files)) {
    const m = /^(components|templates)\/([^/]+)\.mjml$/.exec(file);
    if (!m) continue;
    if (m[1] === 'components') components.set(m[2]!, { file, text, name: m[2]! });
    else templates.push({ file, text, name: m[2]! });
  }
  return {
    root: '/project',
    config: DEFAULT_CONFIG,
    attributes,
    segments,
    content,
    components,
    templates,
    profiles: [],
    read: Object.keys(files),
  };
}
