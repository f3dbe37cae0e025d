// The AMPscript lexer: token positions, and the exact extent of names and numbers.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/targets/sfmc/interpreter/lexer.js';

const brief = (tokens: Token[]) => tokens.map((t) => [t.kind, t.value, t.line, t.column]);

describe('sfmc lexer', () => {
  it('gives every token its line and column, across long lines and multi-line tokens', () => {
    const source = `<p>a</p>\n<p>b %%=Concat(@x, "1\n2", 3.5)=%% c</p>\n%%[ IF @y == -1 THEN ]%%d%%[ ENDIF ]%%`;
    expect(brief(tokenize(source))).toEqual([
      ['text', '<p>a</p>\n<p>b ', 1, 1],
      ['inlineStart', '%%=', 2, 6],
      ['name', 'Concat', 2, 9],
      ['op', '(', 2, 15],
      ['var', 'x', 2, 16],
      ['op', ',', 2, 18],
      ['string', '1\n2', 2, 20],
      ['op', ',', 3, 3],
      ['real', '3.5', 3, 5],
      ['op', ')', 3, 8],
      ['inlineEnd', '=%%', 3, 9],
      ['text', ' c</p>\n', 3, 12],
      ['keyword', 'if', 4, 5],
      ['var', 'y', 4, 8],
      ['op', '==', 4, 11],
      ['int', '-1', 4, 14],
      ['keyword', 'then', 4, 17],
      ['text', 'd', 4, 25],
      ['keyword', 'endif', 4, 30],
      ['eof', '', 4, 39],
    ]);
  });

  it('keeps doubled quotes, comments and case-insensitive keywords', () => {
    expect(brief(tokenize(`%%[ /* note */ SET @a = 'it''s' Set @B = "say ""hi""" ]%%`)).map((t) => t.slice(0, 2))).toEqual([
      ['keyword', 'set'], ['var', 'a'], ['op', '='], ['string', "it's"],
      ['keyword', 'set'], ['var', 'B'], ['op', '='], ['string', 'say "hi"'], ['eof', ''],
    ]);
  });

  it('reads a name, variable or number of at most 200 characters as one token', () => {
    const long = 'a'.repeat(250);
    const names = tokenize(`%%[ ${long} ]%%`).filter((t) => t.kind === 'name').map((t) => t.value.length);
    expect(names).toEqual([200, 50]);
    const vars = tokenize(`%%[ @${long} ]%%`).filter((t) => t.kind !== 'eof').map((t) => [t.kind, t.raw.length]);
    expect(vars).toEqual([['var', 200], ['name', 51]]);
  });

  it('treats text that only looks like code as text', () => {
    expect(brief(tokenize('50%% off <SCRIPT>x</SCRIPT> %%% {x}'))).toEqual([
      ['text', '50%% off <SCRIPT>x</SCRIPT> %%% {x}', 1, 1],
      ['eof', '', 1, 36],
    ]);
  });
});
