import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeTree } from '../../src/write/write-dist.js';

let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'tailor-remove-tree-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('removeTree', () => {
  it('deletes nested folders and many files', async () => {
    const tree = path.join(base, 'dist');
    for (const target of ['sfmc', 'braze', 'deep/er/still']) {
      mkdirSync(path.join(tree, target), { recursive: true });
      for (let i = 0; i < 40; i++) writeFileSync(path.join(tree, target, `t${i}.html`), `<p>${i}</p>`);
    }
    mkdirSync(path.join(tree, 'empty'));
    await removeTree(tree);
    expect(existsSync(tree)).toBe(false);
  });

  it('deletes a symbolic link without following it', async () => {
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'keep.txt'), 'keep');
    const tree = path.join(base, 'dist');
    mkdirSync(tree);
    symlinkSync(outside, path.join(tree, 'link-to-folder'));
    symlinkSync(path.join(outside, 'keep.txt'), path.join(tree, 'link-to-file'));
    await removeTree(tree);
    expect(existsSync(tree)).toBe(false);
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('does nothing for a folder that is not there', async () => {
    await expect(removeTree(path.join(base, 'missing'))).resolves.toBeUndefined();
  });
});
