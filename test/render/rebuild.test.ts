// Parsing placeholders back: lost, duplicated or reordered markers are bugs (InternalError),
// never silent output. The strings below are the serialized MJML itself, edited the way a
// misbehaving step would edit the HTML.
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/diagnostics/diagnostic.js';
import { loadMjml } from '../../src/render/mjml-engine.js';
import { placeholder } from '../../src/render/placeholder.js';
import { rebuild } from '../../src/render/rebuild.js';
import { serializeTemplate } from '../../src/render/serialize.js';
import { printTree } from './support/print-tree.js';
import { inColumn, irFrom } from './support/render-source.js';

const serialized = serializeTemplate(
  irFrom(
    inColumn(
      [
        '{% if profile.vip %}<mj-text>VIP {{ profile.name }}</mj-text>{% else %}<mj-text>Hi</mj-text>{% endif %}',
        '<mj-image src="https://example.com/{{ profile.pic }}"></mj-image>',
      ].join('\n'),
    ),
  ),
  loadMjml().schema,
);
const s = serialized.mjml;
const ph = (role: Parameters<typeof placeholder>[0], index: number): string => placeholder(role, index);
// markers: 0 i, 1 o(name), 2 l, 3 c, 4 o(pic, attribute)

describe('rebuild', () => {
  it('serializes block markers in mj-raw and content/attribute ones bare', () => {
    expect(s).toContain(`<mj-raw>${ph('i', 0)}</mj-raw><mj-text>VIP ${ph('o', 1)}</mj-text><mj-raw>${ph('l', 2)}</mj-raw>`);
    expect(s).toContain(`src="https://example.com/${ph('o', 4)}"`);
    expect(serialized.markers.map((m) => `${m.role}:${m.entry.placement}`)).toEqual([
      'i:block', 'o:content', 'l:block', 'c:block', 'o:attr',
    ]);
  });

  it('rebuilds the tree with output contexts', () => {
    const { nodes, dropped, inCss } = rebuild(s, serialized.markers, 'html');
    expect(dropped).toEqual([]);
    expect(inCss).toEqual([]);
    const printed = printTree(nodes);
    expect(printed).toContain(
      '<mj-raw>{% if profile.vip %}</mj-raw><mj-text>VIP {{html profile.name}}</mj-text><mj-raw>{% else %}</mj-raw><mj-text>Hi</mj-text><mj-raw>{% endif %}</mj-raw>',
    );
    expect(printed).toContain('src="https://example.com/{{attr profile.pic}}"');
  });

  it('fails on a lost, duplicated or reordered marker', () => {
    expect(() => rebuild(s.replace(ph('c', 3), ''), serialized.markers, 'html')).toThrow(InternalError);
    expect(() => rebuild(s.replace(ph('o', 1), ''), serialized.markers, 'html')).toThrow(/lost/);
    expect(() => rebuild(s.replace(ph('o', 1), ph('o', 1) + ph('o', 1)), serialized.markers, 'html')).toThrow(/duplicated/);
    expect(() => rebuild(s.replace(ph('i', 0), 'X').replace(ph('l', 2), ph('i', 0)).replace('X', ph('l', 2)), serialized.markers, 'html')).toThrow(InternalError);
    expect(() => rebuild(s.replace(ph('o', 1), '').replace(ph('c', 3), ph('c', 3) + ph('o', 1)), serialized.markers, 'html')).toThrow(/out of order/);
    expect(() => rebuild(s.replace(ph('o', 4), '').replace(ph('o', 1), ph('o', 1) + ph('o', 4)), serialized.markers, 'html')).toThrow(/outside the block/);
    expect(() => rebuild(s + placeholder('o', 99), serialized.markers, 'html')).toThrow(/unknown/);
  });

  it('lets MJML copy or drop attribute values', () => {
    const copied = rebuild(s.replace(ph('o', 4), `${ph('o', 4)}" alt="${ph('o', 4)}`), serialized.markers, 'html');
    expect(printTree(copied.nodes)).toContain('src="https://example.com/{{attr profile.pic}}" alt="{{attr profile.pic}}"');
    const dropped = rebuild(s.replace(ph('o', 4), ''), serialized.markers, 'html');
    expect(dropped.dropped.map((e) => e.id)).toEqual([serialized.markers[4]!.entry.id]);
  });

  it('in the text part, lets whole blocks vanish but not half of one', () => {
    const whole = s.slice(0, s.indexOf(ph('i', 0))) + s.slice(s.indexOf(ph('c', 3)) + ph('c', 3).length);
    expect(printTree(rebuild(whole, serialized.markers, 'text').nodes)).not.toContain('{% if');
    expect(() => rebuild(s.replace(ph('c', 3), '').replace(ph('o', 4), ''), serialized.markers, 'text')).toThrow(/never closes/);
  });
});
