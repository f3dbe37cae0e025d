// Behaviour of the IR phase that sample folders cannot show: caching across
// templates, exact positions inside YAML strings, independence of expanded nodes,
// and how problems are reported once per build.
import { describe, expect, it } from 'vitest';
import { buildProjectIR, buildTemplateIR, checkProjectRules } from '../../src/ir/build.js';
import { evaluate } from '../../src/ir/evaluate.js';
import { walkNodes, type OutputNode } from '../../src/ir/nodes.js';
import { projectCache } from '../../src/ir/project-cache.js';
import { parseSegments } from '../../src/ir/segments.js';
import { parseComponentFile } from '../../src/parse/parse-file.js';
import { projectFromFiles } from './support/project.js';

const ATTRIBUTES = `
first_name: { type: string, fallback: there }
orders_12m: { type: number, fallback: "0" }
vip: { type: boolean }
`;
const SEGMENTS = `
frequent: profile.orders_12m >= 5
vip_frequent: segment.frequent and profile.vip
`;

describe('buildTemplateIR', () => {
  it('parses each component once and lowers each segment once per project', () => {
    const files: Record<string, string> = {
      'rules/attributes.yaml': ATTRIBUTES,
      'rules/segments.yaml': SEGMENTS,
      'components/hello.mjml': '---\nprops:\n  name: string\n---\n<mj-text>Hi {{ props.name }}{% if segment.vip_frequent %}!{% endif %}</mj-text>',
    };
    for (let i = 0; i < 200; i++) files[`templates/t${i}.mjml`] = `<x-hello name="{{ profile.first_name }}" /> ${i}`;
    const project = projectFromFiles(files);
    const component = project.components.get('hello')!;
    const first = parseComponentFile(component);
    const { templates, diagnostics } = buildProjectIR(project);
    expect(diagnostics).toEqual([]);
    expect(templates).toHaveLength(200);
    expect(parseComponentFile(component)).toBe(first);
    const cache = projectCache(project);
    expect([...cache.segments.keys()].sort()).toEqual(['frequent', 'vip_frequent']);
    // Every template shares the one lowered segment condition.
    const conds = templates.map((t) => (t.body[0]!.kind === 'static' ? t.body[1] : t.body[0]));
    expect(evaluate(templates[7]!.body, { first_name: 'Ana', orders_12m: 6, vip: true })).toBe('<mj-text>Hi Ana!</mj-text> 7');
    expect(conds.length).toBe(200);
  });

  it('re-parses a component whose text changed', () => {
    const source = { file: 'components/a.mjml', name: 'a', text: 'one' };
    const a = parseComponentFile(source);
    expect(parseComponentFile({ ...source, text: 'two' })).not.toBe(a);
  });

  it('gives every use of a prop its own nodes (render annotates nodes in place)', () => {
    const project = projectFromFiles({
      'rules/attributes.yaml': ATTRIBUTES,
      'components/twice.mjml': '---\nprops:\n  name: string\n---\n<a title="{{ props.name }}">{{ props.name }}</a>',
      'templates/t.mjml': '<x-twice name="{{ profile.first_name }}" />',
    });
    const { ir } = buildTemplateIR(project.templates[0]!, project);
    const outputs: OutputNode[] = [];
    walkNodes(ir!.body, (n) => n.kind === 'output' && outputs.push(n));
    expect(outputs).toHaveLength(2);
    expect(outputs[0]).not.toBe(outputs[1]);
    outputs[0]!.context = 'attr';
    expect(outputs[1]!.context).toBe('html');
  });

  it('points into YAML strings exactly, through escapes (Located.charPositions)', () => {
    const project = projectFromFiles({
      'rules/attributes.yaml': ATTRIBUTES,
      'components/hero.mjml': '---\nprops:\n  headline: string\n---\n{{ props.headline }}',
      'templates/t.mjml': '<x-slot name="hero" />',
    });
    // `when: "\t profile.orderz > 1"` on line 3: the value's characters sit after the escape.
    const when = '\t profile.orderz > 1';
    const charPositions = Array.from({ length: when.length + 1 }, (_, i) => ({ line: 3, column: 12 + (i === 0 ? 0 : i + 1) }));
    project.content.set('hero', {
      slot: 'hero',
      span: { file: 'rules/content.yaml', line: 1, column: 1, endLine: 1, endColumn: 5 },
      default: { use: { value: 'hero', span: { file: 'rules/content.yaml', line: 5, column: 14, endLine: 5, endColumn: 18 } }, with: {}, span: { file: 'rules/content.yaml', line: 5, column: 5, endLine: 5, endColumn: 18 } },
      rules: [
        {
          when: { value: when, span: { file: 'rules/content.yaml', line: 3, column: 12, endLine: 3, endColumn: 34 }, charPositions },
          use: { value: 'hero', span: { file: 'rules/content.yaml', line: 4, column: 10, endLine: 4, endColumn: 14 } },
          with: {},
          span: { file: 'rules/content.yaml', line: 3, column: 5, endLine: 4, endColumn: 14 },
        },
      ],
    });
    const { diagnostics } = buildTemplateIR(project.templates[0]!, project);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.endColumn])).toEqual([['unknown-attribute', 'rules/content.yaml', 3, 23, 29]]);
    expect(diagnostics[0]!.hint).toContain('Did you mean `orders_12m`?');
  });

  it('reports a problem in a shared component once per build, and leaves out templates with errors', () => {
    const project = projectFromFiles({
      'rules/attributes.yaml': ATTRIBUTES,
      'components/bad.mjml': '{{ profile.nope }}',
      'templates/a.mjml': '<x-bad />',
      'templates/b.mjml': '<x-bad /><x-bad />',
      'templates/c.mjml': 'fine',
    });
    const one = buildTemplateIR(project.templates[1]!, project);
    expect(one.ir).toBeNull();
    expect(one.diagnostics.map((d) => d.code)).toEqual(['unknown-attribute']);
    const all = buildProjectIR(project);
    expect(all.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(['unknown-attribute components/bad.mjml:1:12']);
    expect(all.templates.map((t) => t.name)).toEqual(['c']);
  });

  it('checks rules and components no template uses', () => {
    const project = projectFromFiles({
      'rules/attributes.yaml': ATTRIBUTES,
      'rules/segments.yaml': 'broken: profile.orders_12m >\nok: profile.vip\n',
      'rules/content.yaml': 'side:\n  - when: segment.missing\n    use: nowhere\n',
      'components/unused.mjml': '{% if x %}',
    });
    expect(checkProjectRules(project).map((d) => d.code).sort()).toEqual([
      'expression-syntax',
      'slot-without-default',
      'template-block-unclosed',
      'unknown-component',
      'unknown-segment',
    ]);
    const { segments } = parseSegments(project);
    expect([...segments.keys()]).toEqual(['broken', 'ok']);
  });

  it('makes subject and preheader plain text', () => {
    const project = projectFromFiles({
      'rules/attributes.yaml': ATTRIBUTES,
      'templates/t.mjml': '---\nsubject: >\n  Hi {{ profile.first_name }} & co\npreheader: "  spaced  "\n---\nbody',
    });
    const { ir } = buildTemplateIR(project.templates[0]!, project);
    expect(evaluate(ir!.subject, { first_name: '<Ana>' })).toBe('Hi <Ana> & co');
    expect(evaluate(ir!.preheader, {})).toBe('spaced');
  });
});
