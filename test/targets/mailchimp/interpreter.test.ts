// Tailor's merge-tag interpreter: the grammar it accepts, what it models, where it refuses
// to guess, and the errors (with positions) for malformed code.
import { describe, expect, it } from 'vitest';
import {
  MergeTagSyntaxError,
  runMergeTags,
  UnverifiedBehaviourError,
} from '../../../src/targets/mailchimp/interpreter/index.js';
import { checkIntegrity } from '../../../src/targets/mailchimp/integrity.js';

const fields = new Map(
  Object.entries({ FNAME: 'Ana', STAGE: 'active', EMPTY: '', BLANK: ' ', ZERO: '0', HTMLISH: '<b>"x" & \'y\'</b>', TAGGY: '*|FNAME|*' }),
);
const run = (code: string, encodeValues = false) => runMergeTags(code, fields, { encodeValues });

function syntaxErrorOf(code: string): MergeTagSyntaxError {
  try {
    run(code);
  } catch (e) {
    if (e instanceof MergeTagSyntaxError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error for ${code}`);
}

describe('merge-tag interpreter', () => {
  it('prints fields; unknown and empty fields print nothing', () => {
    expect(run('Hi *|FNAME|*!')).toBe('Hi Ana!');
    expect(run('[*|EMPTY|*][*|NOSUCH|*]')).toBe('[][]');
  });

  it('HTML-encodes values only when asked (the HTML part) and never re-reads them as tags', () => {
    expect(run('*|HTMLISH|*', true)).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    expect(run('*|HTMLISH|*', false)).toBe('<b>"x" & \'y\'</b>');
    expect(run('*|TAGGY|*')).toBe('*|FNAME|*');
  });

  it('tests presence: whitespace-only and "0" count as values', () => {
    expect(run('*|IF:FNAME|*y*|ELSE:|*n*|END:IF|*')).toBe('y');
    expect(run('*|IF:EMPTY|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
    expect(run('*|IF:NOSUCH|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
    expect(run('*|IF:BLANK|*y*|ELSE:|*n*|END:IF|*')).toBe('y');
    expect(run('*|IF:ZERO|*y*|ELSE:|*n*|END:IF|*')).toBe('y');
    expect(run('*|IFNOT:EMPTY|*y*|ELSE:|*n*|END:IF|*')).toBe('y');
    expect(run('*|IFNOT:FNAME|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
  });

  it('compares with = and != and picks the first true ELSEIF', () => {
    expect(run('*|IF:STAGE=new|*N*|ELSEIF:STAGE=active|*A*|ELSE:|*O*|END:IF|*')).toBe('A');
    expect(run('*|IF:STAGE=new|*N*|ELSEIF:STAGE=lapsed|*L*|ELSE:|*O*|END:IF|*')).toBe('O');
    expect(run('*|IF:STAGE!=new|*x*|END:IF|*')).toBe('x');
    expect(run('*|IF:STAGE!=active|*x*|END:IF|*')).toBe('');
    expect(run('*|IF:EMPTY=x|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
    expect(run('*|IF:STAGE=active and more|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
  });

  it('nests blocks', () => {
    const code = '*|IF:FNAME|*<*|IF:STAGE=active|*a*|ELSE:|**|IFNOT:EMPTY|*e*|END:IF|**|END:IF|*>*|END:IF|*';
    expect(run(code)).toBe('<a>');
  });

  it('refuses to guess where Mailchimp is undocumented', () => {
    expect(() => run('*|IF:EMPTY!=x|*y*|END:IF|*')).toThrow(UnverifiedBehaviourError);
    expect(() => run('*|IF:NOSUCH!=x|*y*|END:IF|*')).toThrow(UnverifiedBehaviourError);
    expect(() => run('*|IF:STAGE=Active|*y*|END:IF|*')).toThrow(UnverifiedBehaviourError);
    expect(() => run('*|IF:STAGE!=ACTIVE|*y*|END:IF|*')).toThrow(UnverifiedBehaviourError);
    expect(() => runMergeTags('*|IF:X=a|*y*|END:IF|*', new Map([['X', 'a ']]), { encodeValues: false })).toThrow(UnverifiedBehaviourError);
    // Differences in case that cannot change the answer are fine.
    expect(run('*|IF:STAGE=NEW|*y*|ELSE:|*n*|END:IF|*')).toBe('n');
  });

  it('reports malformed code with its line and column', () => {
    const cases: [string, RegExp, number, number][] = [
      ['ab\n*|IF:FNAME|*x', /never closed/, 2, 1],
      ['x *|FNAME', /never closed/, 1, 3],
      ['a |* b', /stray/, 1, 3],
      ['*|END:IF|*', /without an IF/, 1, 1],
      ['*|ELSE:|*', /outside/, 1, 1],
      ['*|ELSEIF:A|*', /outside/, 1, 1],
      ['*|IF:A|*x*|ELSE:|*y*|ELSEIF:B|*z*|END:IF|*', /after ELSE/, 1, 20],
      ['*|IF:A|*x*|ELSE:|*y*|ELSE:|*z*|END:IF|*', /second ELSE/, 1, 20],
      ['*|IFNOT:A|*x*|ELSEIF:B|*z*|END:IF|*', /IFNOT/, 1, 13],
      ['*|IFNOT:A=b|*x*|END:IF|*', /IFNOT takes a bare/, 1, 1],
      ['*|IF:A|**|END:IF|*', /empty branch/, 1, 9],
      ['*|IF:A|*x*|ELSE:|**|END:IF|*', /empty branch/, 1, 19],
      ['*|IF:A|**|ELSE:|*x*|END:IF|*', /empty branch/, 1, 9],
      ['*|fname|*', /lower-case/, 1, 1],
      ['*|HTML:X|*', /not a merge tag Tailor emits/, 1, 1],
      ['*|IF:TOOLONGTAGNAME|*x*|END:IF|*', /at most 10/, 1, 1],
      ['*|IF:A=|*x*|END:IF|*', /empty/, 1, 1],
      ['*|IF:A= b|*x*|END:IF|*', /whitespace/, 1, 1],
      ['*|IF:A=b=c|*x*|END:IF|*', /contains "="/, 1, 1],
      ['*|IF:A!x|*x*|END:IF|*', /cannot read|not a valid/, 1, 1],
      ['*|A*|B|*', /not a merge tag/, 1, 1],
    ];
    for (const [code, message, line, column] of cases) {
      const e = syntaxErrorOf(code);
      expect(e.message, code).toMatch(message);
      expect([e.line, e.column], code).toEqual([line, column]);
    }
  });
});

describe('integrity check', () => {
  const parts = (html: string, subject = '') => ({ html, text: '', subject, preheader: '' });
  it('accepts balanced code with escaped static delimiters', () => {
    expect(checkIntegrity(parts('a &#42;|b *|IF:X|*y*|END:IF|*', 'Hi *|FNAME|*'))).toEqual([]);
  });
  it('names the part and the problem', () => {
    expect(checkIntegrity(parts('*|IF:X|*y'))).toEqual([expect.stringMatching(/^html: IF block never closed/)]);
    expect(checkIntegrity(parts('', 'a *| b'))).toEqual([expect.stringMatching(/^subject: .*never closed/)]);
    expect(checkIntegrity(parts('x tailorpho3z y'))).toEqual(['html: a render placeholder was not replaced']);
  });
});
