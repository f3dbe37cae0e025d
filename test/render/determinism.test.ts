// Two renders of the same template give the same bytes, navbar and carousel included
// (mjml gives those random ids); different templates get different ids.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/ir/evaluate.js';
import type { Node } from '../../src/ir/nodes.js';
import { loadMjml } from '../../src/render/mjml-engine.js';
import { mjmlOptions } from '../../src/render/render.js';
import { configWith, inColumn, renderSource } from './support/render-source.js';

const SOURCE = inColumn(
  [
    '<mj-navbar hamburger="hamburger"><mj-navbar-link href="https://example.com/a">A {{ profile.name }}</mj-navbar-link></mj-navbar>',
    '{% if profile.vip %}<mj-carousel><mj-carousel-image src="https://example.com/1.png"></mj-carousel-image><mj-carousel-image src="https://example.com/2.png"></mj-carousel-image></mj-carousel>{% endif %}',
    '<mj-carousel><mj-carousel-image src="https://example.com/3.png"></mj-carousel-image></mj-carousel>',
  ].join('\n'),
);

const ids = (html: string): string[] => [...new Set(html.match(/(?<![0-9a-z])[0-9a-f]{16}(?![0-9a-z])/g) ?? [])];
const htmlOf = (nodes: Node[]): string => evaluate(nodes, { vip: true, name: 'x' });

describe('deterministic output', () => {
  it('renders the same bytes twice', async () => {
    const first = (await renderSource(SOURCE, { name: 'promo' })).rendered!;
    const second = (await renderSource(SOURCE, { name: 'promo' })).rendered!;
    expect(htmlOf(second.parts.html)).toBe(htmlOf(first.parts.html));
    expect(JSON.stringify(second.parts)).toBe(JSON.stringify(first.parts));
    // One navbar and two carousels: three distinct ids.
    expect(ids(htmlOf(first.parts.html))).toHaveLength(3);
  });

  it('derives the ids from the template name', async () => {
    const a = htmlOf((await renderSource(SOURCE, { name: 'promo' })).rendered!.parts.html);
    const b = htmlOf((await renderSource(SOURCE, { name: 'other' })).rendered!.parts.html);
    expect(ids(a)).not.toEqual(ids(b));
  });

  it('leaves mjml itself (and Math.random) as they were', async () => {
    const random = Math.random;
    await renderSource(SOURCE, { name: 'promo' });
    expect(Math.random).toBe(random);
    const plain = (await loadMjml().renderPlain(SOURCE.replace(/\{[{%][^}]*[}%]\}/g, ''), mjmlOptions(configWith(), 'x.mjml'))).html;
    const again = (await loadMjml().renderPlain(SOURCE.replace(/\{[{%][^}]*[}%]\}/g, ''), mjmlOptions(configWith(), 'x.mjml'))).html;
    expect(ids(plain)).not.toEqual(ids(again));
  });
});
