// A new version of the tool never reuses outputs made by another.
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildOk, removeCopies, sampleProject, snapshot } from './support.js';

const version = vi.hoisted(() => ({ current: '0.1.0' }));
vi.mock('../../src/commands/project.js', async (original) => ({
  ...(await original<typeof import('../../src/commands/project.js')>()),
  toolVersion: () => version.current,
}));

afterAll(removeCopies);

describe('build cache and the tool version', () => {
  it('compiles everything again after a version bump, and reuses it after', async () => {
    const root = sampleProject();
    const targets = ['sendgrid' as const];
    await buildOk(root, { targets });
    expect((await buildOk(root, { targets })).cache.compiled).toEqual([]);
    version.current = '0.2.0';
    const bumped = await buildOk(root, { targets });
    expect(bumped.cache.compiled).toEqual(['newsletter', 'post-purchase', 'reengagement', 'welcome']);
    expect(bumped.manifest?.version).toBe('0.2.0');
    const files = snapshot(path.join(root, 'dist'));
    const again = await buildOk(root, { targets });
    expect(again.cache.fromCache).toHaveLength(4);
    expect(snapshot(path.join(root, 'dist'))).toEqual(files);
  });
});
