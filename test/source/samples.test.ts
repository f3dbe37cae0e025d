// Sample folders: each test/source/samples/<case>/ is a mini project. Loading it must
// give the diagnostics and project digest in its expected.json (regenerated with
// UPDATE_SAMPLES=1; review the diff). Options for loadProject go in options.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { sourceMessages } from '../../src/diagnostics/messages/source.js';
import { loadProject } from '../../src/source/load.js';
import type { Located, Project } from '../../src/source/model.js';
import { spanWithin } from '../../src/source/located.js';

const SAMPLES = fileURLToPath(new URL('./samples/', import.meta.url));
const UPDATE = process.env.UPDATE_SAMPLES === '1';
const cases = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const at = (l: Located<unknown>) => `${l.span.line}:${l.span.column}-${l.span.endLine}:${l.span.endColumn}`;

/** Config keys whose value differs from the defaults, as dotted paths. */
function configChanges(value: unknown, defaults: unknown, prefix = ''): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value) && defaults && typeof defaults === 'object') {
    const changes: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(value), ...Object.keys(defaults)])) {
      Object.assign(changes, configChanges((value as never)[key], (defaults as never)[key], `${prefix}${key}.`));
    }
    return changes;
  }
  return JSON.stringify(value) === JSON.stringify(defaults) ? {} : { [prefix.slice(0, -1)]: value };
}

function props(withProps: Record<string, Located<string | number | boolean>>) {
  return Object.fromEntries(Object.entries(withProps).map(([k, v]) => [k, `${JSON.stringify(v.value)} @${at(v)}`]));
}

function digest(project: Project) {
  return {
    config: configChanges(project.config, DEFAULT_CONFIG),
    attributes: Object.fromEntries(
      [...project.attributes.values()].map(({ name, span, ...def }) => [name, { ...def, at: `${span.line}:${span.column}` }]),
    ),
    segments: Object.fromEntries(
      [...project.segments.values()].map((s) => [
        s.name,
        { when: s.expression.value, at: at(s.expression), ...(s.description ? { description: s.description } : {}), ...(s.fields ? { fields: s.fields } : {}) },
      ]),
    ),
    content: Object.fromEntries(
      [...project.content.values()].map((slot) => [
        slot.slot,
        {
          rules: slot.rules.map((r) => ({ when: `${r.when.value} @${at(r.when)}`, use: `${r.use.value} @${at(r.use)}`, with: props(r.with) })),
          default: slot.default ? { use: `${slot.default.use.value} @${at(slot.default.use)}`, with: props(slot.default.with) } : null,
        },
      ]),
    ),
    templates: project.templates.map((t) => `${t.name} ${t.file} (${t.text.length} chars)`),
    components: [...project.components.values()].map((c) => `${c.name} ${c.file}`),
    profiles: Object.fromEntries(project.profiles.map((p) => [p.id, { file: p.file, description: p.description ?? null, data: p.data }])),
    read: project.read,
  };
}

/** Every character of a located string maps to itself, an escape, or a folded break. */
function expectLocatedFaithful(root: string, located: Located<string | number | boolean>): void {
  if (typeof located.value !== 'string') return;
  const lines = readFileSync(path.join(root, located.span.file), 'utf8').split('\n');
  for (let i = 0; i < located.value.length; i++) {
    const span = spanWithin(located, i, i + 1);
    const ch = located.value[i]!;
    const source = lines[span.line - 1]?.[span.column - 1] ?? '\n';
    const ok = source === ch || source === '\\' || ((ch === ' ' || ch === '\n') && /[\s]/.test(source));
    expect(ok, `${located.span.file}: char ${i} of ${JSON.stringify(located.value)} is ${JSON.stringify(source)} at ${span.line}:${span.column}`).toBe(true);
  }
}

function allLocated(project: Project): Located<string | number | boolean>[] {
  const found: Located<string | number | boolean>[] = [];
  for (const s of project.segments.values()) found.push(s.expression);
  for (const slot of project.content.values()) {
    for (const r of slot.rules) found.push(r.when, r.use, ...Object.values(r.with));
    if (slot.default) found.push(slot.default.use, ...Object.values(slot.default.with));
  }
  return found;
}

describe('source samples', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(SAMPLES, name);
      const optionsFile = path.join(dir, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { config?: string }) : {};
      const { project, diagnostics } = await loadProject(dir, options);
      const actual = {
        diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column })),
        project: project ? digest(project) : null,
      };
      for (const d of diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
      if (project) for (const located of allLocated(project)) expectLocatedFaithful(dir, located);
      const expectedFile = path.join(dir, 'expected.json');
      if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }

  it('cover every source diagnostic code', () => {
    const seen = new Set<string>();
    for (const name of cases) {
      const expected = JSON.parse(readFileSync(path.join(SAMPLES, name, 'expected.json'), 'utf8')) as { diagnostics: { code: string }[] };
      for (const d of expected.diagnostics) seen.add(d.code);
    }
    expect(Object.keys(sourceMessages).filter((code) => !seen.has(code))).toEqual([]);
  });
});
