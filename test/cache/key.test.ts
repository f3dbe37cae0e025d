// What the shared part of the key covers, and the entry and folder rules, unit by unit.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkOrCopy, placeBlob, readBlob, removeBlobsExcept, storeBlob } from '../../src/cache/blobs.js';
import { parseEntry } from '../../src/cache/entry.js';
import { cacheBlocker } from '../../src/cache/environment.js';
import { pruneEntries, readEntryText, writeEntryText } from '../../src/cache/store.js';
import { CACHE_FORMAT, projectKey, sha256, stableJson, templateKey } from '../../src/cache/template-key.js';
import { loadProject } from '../../src/source/load.js';
import type { Project } from '../../src/source/model.js';
import { edit, removeCopies, sampleProject } from './support.js';

afterAll(removeCopies);

async function load(root: string): Promise<Project> {
  const { project } = await loadProject(root);
  if (!project) throw new Error('sample project did not load');
  return project;
}

describe('the shared key', () => {
  it('changes with the tool, the targets, the config and each rules file, not with sample profiles', async () => {
    const root = sampleProject();
    const base = await load(root);
    const key = (p: Project, targets = p.config.targets, tool = 'tool-a') => projectKey(p, targets, tool);
    const reference = key(base);
    expect(key(await load(root))).toBe(reference);
    expect(key(base, base.config.targets, 'tool-b')).not.toBe(reference);
    expect(key(base, ['sfmc'])).not.toBe(reference);
    expect(projectKey({ ...base, config: { ...base.config, eml: false } }, base.config.targets, 'tool-a')).not.toBe(reference);
    // The cache switch itself changes no output.
    expect(projectKey({ ...base, config: { ...base.config, cache: false } }, base.config.targets, 'tool-a')).toBe(reference);

    edit(root, 'fixtures/profiles/lapsed.yaml', (t) => t.replace('first_name: Priya', 'first_name: Prya'));
    expect(key(await load(root))).toBe(reference);
    const changes: [string, (t: string) => string][] = [
      ['rules/attributes.yaml', (t) => t.replace('fallback: there', 'fallback: friend')],
      ['rules/segments.yaml', (t) => `${t}\nextra_segment: profile.orders_12m >= 100\n`],
      ['rules/content.yaml', (t) => `\n${t}`], // positions only: diagnostics carry them
    ];
    const seen = new Set([reference]);
    for (const [file, change] of changes) {
      edit(root, file, change);
      const changed = key(await load(root));
      expect(seen.has(changed), file).toBe(false);
      seen.add(changed);
    }
  });

  it('changes with the time zone (dates without an offset are local time)', async () => {
    const project = await load(sampleProject());
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = projectKey(project, project.config.targets, 'tool');
      process.env.TZ = 'America/New_York';
      expect(projectKey(project, project.config.targets, 'tool')).not.toBe(utc);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('stays off where mjml loads custom components the key cannot see (.mjmlconfig)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-mjmlconfig-'));
    try {
      expect(cacheBlocker(dir)).toBeNull();
      writeFileSync(path.join(dir, '.mjmlconfig'), '{ "packages": ["./my-component.js"] }');
      expect(cacheBlocker(dir)).toMatch(/mjmlconfig/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives each template its own key from its file, name and text', async () => {
    const project = await load(sampleProject());
    const t = project.templates[0]!;
    const shared = projectKey(project, project.config.targets, 'tool');
    expect(templateKey(shared, t)).toBe(templateKey(shared, { ...t }));
    expect(templateKey(shared, { ...t, text: `${t.text} ` })).not.toBe(templateKey(shared, t));
    expect(templateKey(shared, { ...t, name: 'other' })).not.toBe(templateKey(shared, t));
    expect(templateKey('other', t)).not.toBe(templateKey(shared, t));
  });

  it('hashes maps in order and refuses what is not data', () => {
    expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson(new Map([['b', 1]])));
    expect(stableJson({ m: new Map([['a', 1], ['b', 2]]) })).not.toBe(stableJson({ m: new Map([['b', 2], ['a', 1]]) }));
    expect(() => stableJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe('entries', () => {
  const good = {
    format: CACHE_FORMAT,
    key: 'k1',
    template: 'welcome',
    inputs: { 'components/footer.mjml': 'ab12', 'img/a.png': null },
    diagnostics: [{ code: 'render-mjml-invalid', severity: 'warning', message: 'm', file: 'templates/welcome.mjml', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    files: [{ target: 'sfmc', template: 'welcome', part: 'html', path: 'sfmc/welcome.html', bytes: 8, sha256: 'a'.repeat(64) }],
  };

  it('reads back a well-formed entry for its key only', () => {
    expect(parseEntry(JSON.stringify(good), 'k1')).toEqual(good);
    expect(parseEntry(JSON.stringify(good), 'k2')).toBeNull();
  });

  it('rejects anything else', () => {
    const variants: unknown[] = [
      { ...good, format: CACHE_FORMAT + 1 },
      { ...good, files: [{ ...good.files[0], bytes: '8' }] },
      { ...good, files: [{ ...good.files[0], bytes: -1 }] },
      { ...good, files: [{ ...good.files[0], sha256: '../x' }] },
      { ...good, files: [{ ...good.files[0], sha256: 'A'.repeat(64) }] },
      { ...good, files: [{ ...good.files[0], path: '../x.html' }] },
      { ...good, files: [{ ...good.files[0], path: '/etc/x' }] },
      { ...good, diagnostics: [{ ...good.diagnostics[0], severity: 'error' }] },
      { ...good, inputs: { a: 5 } },
      { ...good, inputs: { '../outside.mjml': null } },
      { ...good, inputs: [] },
      null,
      [],
    ];
    for (const v of variants) expect(parseEntry(JSON.stringify(v), 'k1'), JSON.stringify(v)).toBeNull();
    expect(parseEntry(JSON.stringify(good).slice(0, -3), 'k1')).toBeNull();
    expect(parseEntry('', 'k1')).toBeNull();
  });
});

describe('the cache folder', () => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'tailor-cache-store-')), 'nested', 'build');
  afterAll(() => rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true }));

  it('writes through a temporary file and leaves only the entry', () => {
    expect(readEntryText(dir, 'k')).toBeNull();
    expect(writeEntryText(dir, 'k', 'one')).toBe(true);
    expect(writeEntryText(dir, 'k', 'two')).toBe(true);
    expect(readEntryText(dir, 'k')).toBe('two');
    expect(readdirSync(dir)).toEqual(['k.json']);
  });

  it('makes the folder again when it was removed meanwhile', () => {
    const gone = path.join(dir, 'removed');
    expect(writeEntryText(gone, 'k', 'one')).toBe(true);
    rmSync(gone, { recursive: true });
    expect(writeEntryText(gone, 'k', 'two')).toBe(true);
    expect(readEntryText(gone, 'k')).toBe('two');
    rmSync(gone, { recursive: true });
  });

  it('reports a write it could not make instead of throwing', () => {
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where a folder should be');
    expect(writeEntryText(path.join(blocked, 'build'), 'k', 'x')).toBe(false);
    rmSync(blocked);
  });

  it('prunes only above the limit, keeping what the last build used, and old temporary files', () => {
    for (const k of ['a', 'b', 'c', 'd']) writeEntryText(dir, k, k);
    writeFileSync(path.join(dir, 'e.123-0-1.tmp'), 'interrupted');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(path.join(dir, 'e.123-0-1.tmp'), old, old);
    writeFileSync(path.join(dir, 'f.123-0-2.tmp'), 'being written right now');
    expect(pruneEntries(dir, new Set(['a']), 5)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'c.json', 'd.json', 'f.123-0-2.tmp', 'k.json']);
    expect(pruneEntries(dir, new Set(['a', 'b']), 4)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'f.123-0-2.tmp']);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('a');
    expect(pruneEntries(path.join(dir, 'missing'), new Set(), 0)).toBe(0);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('blobs', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tailor-cache-blobs-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const dir = path.join(scratch, 'build');
  const blobs = path.join(dir, 'blobs');

  it('stores a written file as a link, or a content, under its hash, and reads it back only when intact', () => {
    const file = path.join(scratch, 'out.html');
    writeFileSync(file, '<p>one</p>');
    const one = sha256('<p>one</p>');
    expect(storeBlob(dir, one, { file })).toBe(true);
    expect(statSync(file).nlink).toBe(2);
    expect(readBlob(dir, one, 10)?.toString()).toBe('<p>one</p>');
    expect(readBlob(dir, one, 11)).toBeNull();
    const two = sha256('two');
    expect(storeBlob(dir, two, { content: 'two' })).toBe(true);
    expect(readBlob(dir, two, 3)?.toString()).toBe('two');
    // Edited in place through the output file: the blob no longer matches its name...
    writeFileSync(file, '<p>0ne</p>');
    expect(readBlob(dir, one, 10)).toBeNull();
    // ...until the content is stored again, which replaces the blob.
    expect(storeBlob(dir, one, { content: '<p>one</p>' })).toBe(true);
    expect(readBlob(dir, one, 10)?.toString()).toBe('<p>one</p>');
    expect(readFileSync(file, 'utf8')).toBe('<p>0ne</p>');
    expect(readBlob(dir, sha256('never stored'), 12)).toBeNull();
    expect(readdirSync(blobs).sort()).toEqual([one, two].sort());
  });

  it('places a blob at a new path, making its folders', () => {
    const two = sha256('two');
    const to = path.join(scratch, 'staging', 'sfmc', 'x.txt');
    expect(placeBlob(dir, two, to)).toBe(true);
    expect(readFileSync(to, 'utf8')).toBe('two');
    expect(placeBlob(dir, two, to)).toBe(false); // never over an existing file
    expect(placeBlob(dir, sha256('missing'), path.join(scratch, 'staging', 'y.txt'))).toBe(false);
  });

  it('copies where a hard link cannot be made, and reports other failures', () => {
    const from = path.join(scratch, 'from.txt');
    writeFileSync(from, 'copied');
    const crossDevice = () => {
      throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
    };
    linkOrCopy(from, path.join(scratch, 'copy.txt'), crossDevice);
    expect(readFileSync(path.join(scratch, 'copy.txt'), 'utf8')).toBe('copied');
    expect(statSync(from).nlink).toBe(1);
    const denied = () => {
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    };
    expect(() => linkOrCopy(from, path.join(scratch, 'never.txt'), denied)).toThrow(/no such file/);
    expect(existsSync(path.join(scratch, 'never.txt'))).toBe(false);
  });

  it('removes the blobs not kept, and temporary files left long ago', () => {
    mkdirSync(blobs, { recursive: true });
    writeFileSync(path.join(blobs, 'x.1-0-1.tmp'), 'interrupted');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(path.join(blobs, 'x.1-0-1.tmp'), old, old);
    writeFileSync(path.join(blobs, 'y.1-0-2.tmp'), 'being written');
    expect(removeBlobsExcept(dir, new Set([sha256('two')]))).toBe(2);
    expect(readdirSync(blobs).sort()).toEqual([sha256('two'), 'y.1-0-2.tmp'].sort());
    expect(removeBlobsExcept(path.join(scratch, 'missing'), new Set())).toBe(0);
  });
});
