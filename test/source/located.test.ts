import { describe, expect, it } from 'vitest';
import { isMap, isScalar } from 'yaml';
import { spanWithin } from '../../src/source/located.js';
import { parseYaml } from '../../src/source/yaml-file.js';
import { located } from '../../src/source/yaml-nodes.js';

function locate(text: string) {
  const { source } = parseYaml('rules/segments.yaml', text);
  const pair = isMap(source.doc.contents) ? source.doc.contents.items[0]! : null;
  if (!pair || !isScalar(pair.value) || typeof pair.value.value !== 'string') throw new Error('no string value');
  return located(source, pair.value, pair.value.value);
}

describe('spanWithin', () => {
  it('adds the offset to the column for verbatim one-line values', () => {
    const loc = locate('vip: "profile.vip == true"\n');
    expect(loc.charPositions).toBeUndefined();
    expect(loc.span).toMatchObject({ line: 1, column: 7, endLine: 1, endColumn: 26 });
    // "vip" of profile.vip starts at index 8
    expect(spanWithin(loc, 8, 11)).toEqual({ file: 'rules/segments.yaml', line: 1, column: 15, endLine: 1, endColumn: 18 });
  });

  it('follows folded lines of a block scalar', () => {
    const loc = locate('vip: >-\n  profile.orders >= 5\n    and profile.vip\n');
    // More-indented second line keeps its break and extra indentation.
    expect(loc.value).toBe('profile.orders >= 5\n  and profile.vip');
    const and = loc.value.indexOf('and');
    expect(spanWithin(loc, and, and + 3)).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 8 });
    expect(spanWithin(loc, 0)).toMatchObject({ line: 2, column: 3 });
  });

  it('skips escapes in double-quoted values', () => {
    const loc = locate('vip: "a == \\"x\\" and b"\n');
    expect(loc.value).toBe('a == "x" and b');
    expect(loc.charPositions).toBeDefined();
    const b = loc.value.indexOf('b');
    expect(spanWithin(loc, b)).toMatchObject({ line: 1, column: 22 });
    expect(spanWithin(loc, 5)).toMatchObject({ line: 1, column: 12 }); // the quote comes from its escape
  });
});
