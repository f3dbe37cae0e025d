// tailor-email/amp: loading compiled plans, resolving responses, and the CORS handshake.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ampCorsHeaders, loadAmpResolver } from '../../../src/amp.js';
import { ampTarget } from '../../../src/targets/amp/index.js';
import { ampContext, PROFILES, templateFrom } from './support/harness.js';
import { resolveAmpData } from '../../../src/targets/amp/resolve.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-amp-'));
const archive = mkdtempSync(path.join(tmpdir(), 'tailor-amp-old-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(archive, { recursive: true, force: true });
});

describe('tailor-email/amp', () => {
  it('loads the written resolver plans and answers per recipient', async () => {
    const ctx = ampContext();
    const template = templateFrom('<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ profile.first_name }}{% if profile.vip %} (VIP){% endif %}</mj-text></mj-column></mj-section></mj-body></mjml>', 'welcome');
    const files = ampTarget.extraFiles!(template, ampTarget.emit(template, ctx), ctx);
    expect(files.map((f) => f.path)).toEqual(['welcome.schema.json', 'welcome.resolver.json']);
    for (const f of files) writeFileSync(path.join(dir, f.path), f.content);
    const amp = await loadAmpResolver(dir);
    expect(amp.templates).toEqual(['welcome']);
    expect(amp.resolve('welcome', { first_name: 'Ana', vip: true })).toEqual({ o1: 'Ana', c2: true });
    expect(amp.resolve('welcome', {})).toEqual({ o1: 'there', c2: false });
    expect(amp.resolve('unknown', {})).toBeNull();
    // The part asks for its plan version; an unknown version gets no answer (the client shows the fallback).
    const version = /[?&]v=([0-9a-f]{12})&/.exec(ampTarget.emit(template, ctx).html)![1]!;
    expect(amp.resolve('welcome', { first_name: 'Ana' }, version)).toEqual({ o1: 'Ana', c2: false });
    expect(amp.resolve('welcome', {}, '000000000000')).toBeNull();
    const schema = JSON.parse(files[0]!.content) as { required: string[]; properties: Record<string, { description: string }> };
    expect(schema.required).toEqual(['o1', 'c2']);
    expect(schema.properties.o1!.description).toBe('profile.first_name (fallback "there") (templates/welcome.mjml:1)');
    for (const p of PROFILES) expect(amp.resolve('welcome', p.data)).toEqual(resolveAmpData(JSON.parse(files[1]!.content), p.data));
  });

  it('answers emails sent from an earlier build with the plan they were built with', async () => {
    const ctx = ampContext();
    const old = templateFrom('<mjml><mj-body><mj-section><mj-column><mj-text>Hello {{ profile.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>', 'promo');
    const now = templateFrom('<mjml><mj-body><mj-section><mj-column><mj-text>{% if profile.vip %}VIP {% endif %}Hello {{ profile.first_name | upper }}</mj-text></mj-column></mj-section></mj-body></mjml>', 'promo');
    const plan = (t: typeof old) => ampTarget.extraFiles!(t, ampTarget.emit(t, ctx), ctx)[1]!.content;
    writeFileSync(path.join(archive, 'promo.old.resolver.json'), plan(old));
    const current = mkdtempSync(path.join(tmpdir(), 'tailor-amp-now-'));
    writeFileSync(path.join(current, 'promo.resolver.json'), plan(now));
    const amp = await loadAmpResolver([current, archive]);
    const versionOf = (t: typeof old) => /[?&]v=([0-9a-f]{12})&/.exec(ampTarget.emit(t, ctx).html)![1]!;
    expect(amp.resolve('promo', { first_name: 'Ana' }, versionOf(old))).toEqual({ o1: 'Ana' });
    expect(amp.resolve('promo', { first_name: 'Ana' }, versionOf(now))).toEqual({ c1: false, o2: 'ANA' });
    expect(amp.resolve('promo', { first_name: 'Ana' })).toEqual({ c1: false, o2: 'ANA' });
    rmSync(current, { recursive: true, force: true });
  });

  it('answers the AMP for Email CORS handshake, v2 and v1, and refuses unknown senders', () => {
    const senders = ['news@shop.example.com'];
    expect(ampCorsHeaders({ headers: { 'amp-email-sender': 'news@shop.example.com' }, url: '/amp/welcome?token=t' }, senders)).toEqual({
      'AMP-Email-Allow-Sender': 'news@shop.example.com',
    });
    expect(ampCorsHeaders({ headers: { 'amp-email-sender': 'evil@example.com' }, url: '/' }, senders)).toBeNull();
    expect(
      ampCorsHeaders({ headers: { origin: 'https://mail.google.com' }, url: '/amp/welcome?token=t&__amp_source_origin=news%40shop.example.com' }, senders),
    ).toEqual({
      'Access-Control-Allow-Origin': 'https://mail.google.com',
      'AMP-Access-Control-Allow-Source-Origin': 'news@shop.example.com',
      'Access-Control-Expose-Headers': 'AMP-Access-Control-Allow-Source-Origin',
      'Access-Control-Allow-Credentials': 'true',
    });
    expect(ampCorsHeaders({ headers: { origin: 'https://mail.google.com' }, url: '/amp/welcome?token=t' }, senders)).toBeNull();
    expect(ampCorsHeaders({ headers: {}, url: '/amp/welcome' }, senders)).toBeNull();
  });
});
