import { describe, expect, it } from 'vitest';
import { MarkupScanner, type TagEvent, type WhereKind } from '../../src/render/markup-scanner.js';

/** Feeds `parts` one by one and returns the scanner's position after each. */
function positions(parts: string[]): { kind: WhereKind; attr: string; depth: number }[] {
  const scanner = new MarkupScanner();
  return parts.map((part) => {
    scanner.feed(part);
    const w = scanner.where();
    return { kind: w.kind, attr: w.attrName, depth: w.conditionalDepth };
  });
}

describe('markup scanner', () => {
  it('knows text, tags and attribute values across chunks', () => {
    expect(positions(['<a href="x', '" title=\'y', "' data=z", ' >t', '<b', ' c', '>'])).toEqual([
      { kind: 'attr-value', attr: 'href', depth: 0 },
      { kind: 'attr-value', attr: 'title', depth: 0 },
      { kind: 'attr-value', attr: 'data', depth: 0 },
      { kind: 'text', attr: '', depth: 0 },
      { kind: 'tag', attr: '', depth: 0 },
      { kind: 'tag', attr: 'c', depth: 0 },
      { kind: 'text', attr: '', depth: 0 },
    ]);
  });

  it('treats style and script content as raw text until their end tag', () => {
    expect(positions(['<style>a > b { x: "<p>"', '</style >after']).map((p) => p.kind)).toEqual(['raw-text', 'text']);
    expect(positions(['<style>', '</sty', 'le>']).map((p) => p.kind)).toEqual(['raw-text', 'raw-text', 'text']);
  });

  it('reads comments, and Outlook conditional comments as markup', () => {
    expect(positions(['<!-- a <b> -', '- c -->', '<!--[if mso | IE]><table><tr><td>', '</td></tr></table><![endif]-->'])).toEqual([
      { kind: 'comment', attr: '', depth: 0 },
      { kind: 'text', attr: '', depth: 0 },
      { kind: 'text', attr: '', depth: 1 },
      { kind: 'text', attr: '', depth: 0 },
    ]);
    // Downlevel-revealed: <!--[if !mso]><!--> ... <!--<![endif]-->
    expect(positions(['<!--[if !mso]><!--><div>', '</div><!--<![endif]-->']).map((p) => p.depth)).toEqual([1, 0]);
    expect(positions(['<!---->x', '<!-->y']).map((p) => p.kind)).toEqual(['text', 'text']);
    // Delimiters cut by chunk boundaries.
    expect(positions(['<!--[if ms', 'o | IE]', '><td>', '<![end', 'if]-->'])).toEqual([
      { kind: 'comment', attr: '', depth: 0 },
      { kind: 'comment', attr: '', depth: 0 },
      { kind: 'text', attr: '', depth: 1 },
      { kind: 'comment', attr: '', depth: 1 },
      { kind: 'text', attr: '', depth: 0 },
    ]);
    expect(positions(['<!-- a long comment <b> -', '-', '>after', '<!-- another long one --', '>']).map((p) => p.kind)).toEqual([
      'comment', 'comment', 'text', 'comment', 'text',
    ]);
  });

  it('reports start and end tags with offsets and self-closing', () => {
    const events: TagEvent[] = [];
    const scanner = new MarkupScanner();
    scanner.feed('<mj-image src="a" /><MJ-Text>x</mj-text', (e) => events.push(e));
    scanner.feed('>< p>', (e) => events.push(e));
    expect(events.map((e) => [e.name, e.closing, e.selfClosing, e.start, e.end])).toEqual([
      ['mj-image', false, true, 0, 20],
      ['mj-text', false, false, 20, 29],
      ['mj-text', true, false, 30, 40],
    ]);
  });
});
