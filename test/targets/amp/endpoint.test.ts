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
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    const schema = JSON.parse(files[0]!.content) as { required: string[]; properties: Record<string, { description: string }> };
    expect(schema.required).toEqual(['o1', 'c2']);
    expect(schema.properties.o1!.description).toBe('profile.first_name (fallback "there") (templates/welcome.mjml:1)');
    for (const p of PROFILES) expect(amp.resolve('welcome', p.data)).toEqual(resolveAmpData(JSON.parse(files[1]!.content), p.data));
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
