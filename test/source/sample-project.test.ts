// The repository root is itself a Tailor project (the sample): it must load cleanly,
// and loading is deterministic.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasConfigErrors, isConfigDiagnostic } from '../../src/config/load.js';
import { diag, fileSpan } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/source/load.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOOD = fileURLToPath(new URL('./samples/good-full/', import.meta.url));

describe('loadProject', () => {
  it('loads the sample project at the repository root without errors', async () => {
    const { project, diagnostics } = await loadProject(ROOT);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project?.templates.length).toBeGreaterThan(0);
    expect(project?.read).toContain('tailor.config.yaml');
    expect(project?.read).toContain('rules/attributes.yaml');
  });

  it('gives the same result every time', async () => {
    const a = await loadProject(GOOD);
    const b = await loadProject(GOOD);
    const plain = (r: typeof a) => JSON.stringify(r, (_, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
    expect(plain(a)).toBe(plain(b));
  });

  it('tells config problems apart (the CLI exits 2 on them)', () => {
    const config = diag('config-invalid', fileSpan('tailor.config.yaml'), { detail: 'x' });
    const warning = diag('config-yaml-warning', fileSpan('tailor.config.yaml'), { detail: 'x' });
    const other = diag('schema-violation', fileSpan('rules/attributes.yaml'), { detail: 'x' });
    expect(isConfigDiagnostic(config)).toBe(true);
    expect(isConfigDiagnostic(other)).toBe(false);
    expect(hasConfigErrors([other, warning])).toBe(false);
    expect(hasConfigErrors([other, config])).toBe(true);
  });
});
