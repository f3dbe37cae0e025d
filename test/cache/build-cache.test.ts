// The build cache end to end, in-process: what a rebuild takes from the cache, what it
// compiles again, and that the output is the same bytes as a build without the cache.
import { readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobFolder } from '../../src/cache/blobs.js';
import { blobsOf } from '../../src/cache/entry.js';
import { cacheDir } from '../../src/cache/store.js';
import { ENTRIES_PER_TEMPLATE } from '../../src/cache/build-cache.js';
import { build } from '../../src/commands/build.js';
import type { TargetId } from '../../src/source/model.js';
import { buildOk, coldSnapshot, edit, entries, removeCopies, sampleProject, snapshot } from './support.js';

afterAll(removeCopies);

const ALL = ['newsletter', 'post-purchase', 'reengagement', 'welcome'];

describe('build cache', () => {
  it('takes every template from the cache when nothing changed, and writes the same bytes', async () => {
    const root = sampleProject();
    const cold = await buildOk(root);
    expect(cold.cache).toEqual({ enabled: true, fromCache: [], compiled: ALL });
    expect(entries(root)).toHaveLength(4);
    const first = snapshot(path.join(root, 'dist'));
    const warm = await buildOk(root);
    expect(warm.cache).toEqual({ enabled: true, fromCache: ALL, compiled: [] });
    expect(snapshot(path.join(root, 'dist'))).toEqual(first);
    expect(warm.manifest).toEqual(cold.manifest);
  });

  it('compiles again only the template that changed', async () => {
    const root = sampleProject();
    await buildOk(root);
    edit(root, 'templates/welcome.mjml', (t) => t.replace('free repairs for a year', 'free repairs for two years'));
    const result = await buildOk(root);
    expect(result.cache.compiled).toEqual(['welcome']);
    expect(result.cache.fromCache).toEqual(['newsletter', 'post-purchase', 'reengagement']);
    expect(readFileSync(path.join(root, 'dist', 'sfmc', 'welcome.html'), 'utf8')).toContain('free repairs for two years');
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
  });

  it('compiles again exactly the templates that use a changed component, through slots too', async () => {
    const root = sampleProject();
    await buildOk(root);
    // hero-vip is only reached through the hero slot (rules/content.yaml), which two templates have.
    edit(root, 'components/hero-vip.mjml', (t) => t.replace('Get early access', 'Shop the early edit'));
    const result = await buildOk(root);
    expect(result.cache.compiled).toEqual(['newsletter', 'reengagement']);
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
  });

  it('compiles everything again when the rules change, nothing when only sample profiles do', async () => {
    const root = sampleProject();
    await buildOk(root);
    edit(root, 'fixtures/profiles/lapsed.yaml', (t) => t.replace('first_name: Priya', 'first_name: Prya'));
    expect((await buildOk(root)).cache.compiled).toEqual([]);
    edit(root, 'rules/attributes.yaml', (t) => t.replace('fallback: there', 'fallback: friend'));
    const afterAttributes = await buildOk(root);
    expect(afterAttributes.cache.compiled).toEqual(ALL);
    expect(readFileSync(path.join(root, 'dist', 'sendgrid', 'welcome.subject.txt'), 'utf8')).toContain('friend');
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
    edit(root, 'rules/segments.yaml', (t) => `${t}\nunused_segment: profile.orders_12m >= 100\n`);
    expect((await buildOk(root)).cache.compiled).toEqual(ALL);
    edit(root, 'tailor.config.yaml', (t) => t.replace('validationLevel: soft', 'validationLevel: skip'));
    expect((await buildOk(root)).cache.compiled).toEqual(ALL);
  });

  it('keeps outputs per target selection apart', async () => {
    const root = sampleProject();
    await buildOk(root);
    const braze = await buildOk(root, { targets: ['braze'], out: path.join(root, 'braze-only') });
    expect(braze.cache.compiled).toEqual(ALL);
    expect(readdirSync(path.join(root, 'braze-only')).sort()).toEqual(['braze', 'manifest.json']);
    expect((await buildOk(root, { targets: ['braze'], out: path.join(root, 'braze-only') })).cache.fromCache).toEqual(ALL);
    expect((await buildOk(root)).cache.fromCache).toEqual(ALL);
  });

  it('shows the warnings of a template taken from the cache again', async () => {
    const root = sampleProject();
    edit(root, 'templates/post-purchase.mjml', (t) => t.replace('<mj-text', '<mj-text bogus-attribute="1"'));
    const cold = await buildOk(root);
    const warnings = cold.diagnostics.filter((d) => d.file === 'templates/post-purchase.mjml');
    expect(warnings.map((d) => [d.code, d.severity])).toEqual([['render-mjml-invalid', 'warning']]);
    const warm = await buildOk(root);
    expect(warm.cache.fromCache).toContain('post-purchase');
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('never stores a template with errors, and keeps the others of a failed build', async () => {
    const root = sampleProject();
    edit(root, 'templates/welcome.mjml', (t) => t.replace('profile.location', 'profile.locaton'));
    const failed = await build({ root });
    expect(failed.exitCode).toBe(1);
    expect(entries(root)).toHaveLength(3);
    const again = await build({ root });
    expect(again.cache).toMatchObject({ fromCache: ['newsletter', 'post-purchase', 'reengagement'], compiled: ['welcome'] });
    expect(again.diagnostics.map((d) => d.code)).toEqual(failed.diagnostics.map((d) => d.code));
    edit(root, 'templates/welcome.mjml', (t) => t.replace('profile.locaton', 'profile.location'));
    expect((await buildOk(root)).cache.compiled).toEqual(['welcome']);
  });

  it('treats a corrupt, truncated or foreign entry as a miss, and replaces it', async () => {
    const root = sampleProject();
    await buildOk(root);
    const dir = cacheDir(root);
    const files = entries(root);
    const [a, b, c] = files.map((f) => path.join(dir, f));
    writeFileSync(a!, 'not json at all');
    writeFileSync(b!, readFileSync(b!, 'utf8').slice(0, 1000));
    // Well-formed, but stored under another key (e.g. copied by hand).
    writeFileSync(c!, readFileSync(path.join(dir, files[3]!), 'utf8'));
    const result = await buildOk(root);
    expect(result.cache.compiled).toHaveLength(3);
    expect(result.cache.fromCache).toHaveLength(1);
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
    expect((await buildOk(root)).cache.compiled).toEqual([]);
  });

  it('treats an entry whose output paths would leave dist/ as a miss', async () => {
    const root = sampleProject();
    await buildOk(root);
    const file = path.join(cacheDir(root), entries(root)[0]!);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    entry.files[0].path = '../../escaped.html';
    writeFileSync(file, JSON.stringify(entry));
    expect((await buildOk(root)).cache.compiled).toHaveLength(1);
    expect(existsSync(path.join(root, '..', 'escaped.html'))).toBe(false);
  });

  it('is off with cache: false (the CLI --no-cache), TAILOR_CACHE=0, or cache: false in the config', async () => {
    const root = sampleProject();
    const off = await buildOk(root, { cache: false });
    expect(off.cache).toEqual({ enabled: false, fromCache: [], compiled: ALL });
    expect(existsSync(cacheDir(root))).toBe(false);
    await buildOk(root);
    expect((await buildOk(root, { cache: false })).cache.fromCache).toEqual([]);
    process.env.TAILOR_CACHE = '0';
    try {
      expect((await buildOk(root)).cache.enabled).toBe(false);
    } finally {
      delete process.env.TAILOR_CACHE;
    }
    writeFileSync(path.join(root, 'tailor.config.yaml'), `${readFileSync(path.join(root, 'tailor.config.yaml'), 'utf8')}cache: false\n`);
    expect((await buildOk(root)).cache.enabled).toBe(false);
    expect((await buildOk(root, { cache: true })).cache.enabled).toBe(true);
  });

  it('checks included files: a changed include compiles again the template that includes it', async () => {
    const root = sampleProject();
    const noAmp = { targets: ['sfmc', 'braze'] as TargetId[] }; // AMP for Email has no <mj-include>
    mkdirSync(path.join(root, 'partials'));
    const partial = path.join(root, 'partials', 'note.mjml');
    const touch = (offset: number) => utimesSync(partial, new Date(Date.now() + offset), new Date(Date.now() + offset));
    writeFileSync(partial, '<mj-section><mj-column><mj-text>Note one</mj-text></mj-column></mj-section>');
    edit(root, 'templates/welcome.mjml', (t) => t.replace('</mj-body>', '<mj-include path="../partials/note.mjml" />\n</mj-body>'));
    // A file modified while (or just before) the template compiled may have been read
    // half-written: that template is not stored.
    touch(60_000);
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual(ALL);
    touch(-60_000);
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual(['welcome']);
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual([]);
    writeFileSync(partial, '<mj-section><mj-column><mj-text>Note two</mj-text></mj-column></mj-section>');
    touch(-30_000);
    const changed = await buildOk(root, noAmp);
    expect(changed.cache.compiled).toEqual(['welcome']);
    expect(readFileSync(path.join(root, 'dist', 'sfmc', 'welcome.html'), 'utf8')).toContain('Note two');
    rmSync(partial);
    expect((await build({ root, ...noAmp })).exitCode).toBe(1);
  });

  it('checks an included file that renders nothing yet, and includes it names in turn', async () => {
    const root = sampleProject();
    const noAmp = { targets: ['sfmc'] as TargetId[] };
    mkdirSync(path.join(root, 'partials'));
    const outer = path.join(root, 'partials', 'outer.mjml');
    const inner = path.join(root, 'partials', 'inner.mjml');
    const past = () => {
      for (const f of [outer, inner]) utimesSync(f, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    };
    writeFileSync(outer, '<!-- placeholder -->\n<mj-include path="./inner.mjml" />');
    writeFileSync(inner, '<!-- nothing yet -->');
    past();
    edit(root, 'templates/welcome.mjml', (t) => t.replace('</mj-body>', '<mj-include path="../partials/outer.mjml" />\n</mj-body>'));
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual(ALL);
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual([]);
    writeFileSync(inner, '<mj-section><mj-column><mj-text>Now with news</mj-text></mj-column></mj-section>');
    past();
    expect((await buildOk(root, noAmp)).cache.compiled).toEqual(['welcome']);
    expect(readFileSync(path.join(root, 'dist', 'sfmc', 'welcome.html'), 'utf8')).toContain('Now with news');
  });

  it('checks the image files the AMP target reads for sizes', async () => {
    const root = sampleProject();
    const amp = { targets: ['amp'] as TargetId[] };
    mkdirSync(path.join(root, 'images'));
    const image = path.join(root, 'images', 'banner.png');
    const writePng = (width: number, height: number) => {
      const header = Buffer.alloc(33);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
      header.writeUInt32BE(13, 8);
      header.write('IHDR', 12, 'ascii');
      header.writeUInt32BE(width, 16);
      header.writeUInt32BE(height, 20);
      header.writeUInt8(8, 24);
      header.writeUInt8(2, 25);
      writeFileSync(image, header);
      utimesSync(image, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    };
    writePng(640, 320);
    edit(root, 'templates/welcome.mjml', (t) =>
      t.replace('</mj-body>', '<mj-section><mj-column><mj-image src="https://cdn.example.com/images/banner.png" alt="Banner" /></mj-column></mj-section>\n</mj-body>'),
    );
    await buildOk(root, amp);
    const ampFile = path.join(root, 'dist', 'amp', 'welcome.amp.html');
    const before = readFileSync(ampFile, 'utf8');
    expect(before).toMatch(/<amp-img src="https:\/\/cdn\.example\.com\/images\/banner\.png"[^>]*width="640" height="320"/);
    expect((await buildOk(root, amp)).cache.compiled).toEqual([]);
    writePng(640, 640);
    expect((await buildOk(root, amp)).cache.compiled).toEqual(['welcome']);
    expect(readFileSync(ampFile, 'utf8')).toMatch(/<amp-img src="https:\/\/cdn\.example\.com\/images\/banner\.png"[^>]*width="640" height="640"/);
  });

  it(`keeps at most ${ENTRIES_PER_TEMPLATE} entries per template: beyond that, entries the last build did not use go`, async () => {
    const root = sampleProject();
    await buildOk(root, { targets: ['braze'] });
    const limit = ENTRIES_PER_TEMPLATE * 4;
    const counts: number[] = [];
    for (let i = 0; i < limit; i++) {
      edit(root, 'templates/welcome.mjml', (t) => t.replace(/free repairs for (a year|\d+ years)/, `free repairs for ${i + 2} years`));
      await buildOk(root, { targets: ['braze'] });
      counts.push(entries(root).length);
    }
    // One more entry per build (the edited template's new key) until the folder holds
    // more than the limit; then only the 4 entries of the last build are left.
    expect(limit).toBe(12);
    expect(counts).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 4, 5, 6, 7]);
    // The blobs of the deleted entries went with them; those of the entries left stayed.
    const referenced = new Set(entries(root).flatMap((e) => blobsOf(readFileSync(path.join(cacheDir(root), e), 'utf8'))));
    expect(new Set(readdirSync(blobFolder(cacheDir(root))))).toEqual(referenced);
  });

  it('shares the output files with the cache, and never hands out one edited in place', async () => {
    const root = sampleProject();
    await buildOk(root);
    const welcome = path.join(root, 'dist', 'sfmc', 'welcome.html');
    // One file on disk for the output and its blob: a build stores no second copy.
    expect(statSync(welcome).nlink).toBe(2);
    // Written in place (not replaced), the output's blob changes with it.
    writeFileSync(welcome, 'edited by hand');
    const rebuilt = await buildOk(root);
    expect(rebuilt.cache.compiled).toEqual(['welcome']);
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
    expect((await buildOk(root)).cache.compiled).toEqual([]);
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
  });

  it('compiles again a template whose blob is missing', async () => {
    const root = sampleProject();
    const cold = await buildOk(root);
    const entry = cold.manifest!.outputs.find((o) => o.path === 'braze/newsletter.txt')!;
    rmSync(path.join(blobFolder(cacheDir(root)), entry.sha256));
    const again = await buildOk(root);
    expect(again.cache.compiled).toEqual(['newsletter']);
    expect(snapshot(path.join(root, 'dist'))).toEqual(await coldSnapshot(root));
  });
});
