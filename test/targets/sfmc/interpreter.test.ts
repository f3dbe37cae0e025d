// Unit tests of Tailor's AMPscript interpreter: the quirks the emitter depends on or
// avoids, and loud failures for broken code.
import { describe, expect, it } from 'vitest';
import { AmpscriptError, runAmpscript } from '../../../src/targets/sfmc/interpreter/index.js';

const run = (code: string, attributes: Record<string, string | null> = {}) => runAmpscript(code, { attributes, now: new Date('2026-03-10T12:00:00Z') });
const test = (cond: string, setup = '') => run(`%%[ ${setup} IF ${cond} THEN ]%%T%%[ ELSE ]%%F%%[ ENDIF ]%%`);

describe('AMPscript comparisons (as the engine does them)', () => {
  it('compares text ignoring case', () => {
    expect(test('"Ana" == "ANA"')).toBe('T');
    expect(test('"Graßl" == "Grassl"')).toBe('F');
  });
  it('treats an unset variable as both smaller and greater than anything', () => {
    expect(test('@x < 5', 'VAR @x')).toBe('T');
    expect(test('@x > 5', 'VAR @x')).toBe('T');
    expect(test('@x == 5', 'VAR @x')).toBe('F');
    expect(test('@x != 5', 'VAR @x')).toBe('T');
  });
  it('coerces mixed types the surprising way', () => {
    expect(test("'a' == false")).toBe('T');
    expect(test("'4' > 1")).toBe('T');
    expect(test('"" == 0')).toBe('T');
    expect(test('true < false')).toBe('T');
  });
  it('reads a number with a fraction as a date first (why Tailor never uses < on numbers)', () => {
    // "2.5" is February 5th and 5 is not a date: the date side wins.
    expect(test('"2.5" < 5')).toBe('F');
    expect(test('"2.10" > "2.9"')).toBe('T');
    expect(test('"25" < 50')).toBe('T');
  });
  it('compares dates by instant', () => {
    expect(test('"1/15/2026 12:00:00 AM" < "2026-01-15T00:00:01"')).toBe('T');
    expect(test('"1/15/2026 12:00:00 AM" == "2026-01-15T00:00:00"')).toBe('T');
  });
  it('applies NOT to everything after it', () => {
    expect(test('NOT 1 == 2 AND 1 == 2')).toBe('T');
    expect(test('(NOT 1 == 2) AND 1 == 2')).toBe('F');
  });
});

describe('AMPscript functions', () => {
  it('Empty and IsNull', () => {
    expect(run('%%[ VAR @a SET @b = "" ]%%%%=Empty(@a)=%% %%=Empty(@b)=%% %%=Empty(0)=%% %%=IsNull(@a)=%% %%=IsNull(@b)=%%')).toBe('True True False False False');
  });
  it('maps case one character at a time', () => {
    expect(run('%%=Uppercase("straße ﬁ")=%% %%=Lowercase("ΟΔΟΣ İ")=%%')).toBe('STRAßE ﬁ οδοσ i');
  });
  it('trims .NET white space', () => {
    expect(run('[%%=Trim(Concat(Char(133), " a ", Char(65279)))=%%]')).toBe('[a \uFEFF]');
  });
  it('replaces case-insensitively and finds with IndexOf', () => {
    expect(run('%%=Replace("A&a", "a", "x")=%% %%=IndexOf("Hello", "L")=%%')).toBe('x&x 3');
  });
  it('RegExMatch is case-sensitive unless told, and \\z is the very end', () => {
    expect(run('[%%=RegExMatch("ABC", "^[a-z]+$", 0)=%%][%%=RegExMatch("ABC", "^[a-z]+$", 0, "IgnoreCase")=%%]')).toBe('[][ABC]');
    expect(run('[%%=RegExMatch(Concat("a", Char(10)), "^a$", 0)=%%][%%=RegExMatch(Concat("a", Char(10)), "^a\\z", 0)=%%]')).toBe('[a][]');
    expect(run('%%=RegExMatch("x-12", "(?<n>[0-9]+)", "n")=%%')).toBe('12');
  });
  it('prints Subtract like .NET prints a double', () => {
    expect(run('%%=Subtract(2.5, 5)=%% %%=Subtract(5, 5)=%% %%=Subtract(0.00002, 0.00001)=%% %%=Subtract(42.51, 5)=%%')).toBe('-2.5 0 1E-05 37.51');
  });
  it('Char, Concat, Substring, Length, ProperCase, Iif', () => {
    expect(run('%%=Char(37, 2)=%% %%=Concat("a", 1, true)=%% %%=Substring("Logan", 2, 2)=%% %%=Length("😀")=%% %%=ProperCase("aNA o\'brien")=%% %%=Iif(1 == 1, "y", "n")=%%')).toBe("%% a1True og 2 Ana O'brien y");
  });
  it('Format with .NET date letters (en-US)', () => {
    expect(run('%%=Format("6/1/2026 10:30:00 AM", "dddd d MMM yyyy HH:mm \'h\'", "Date", "en-US")=%%')).toBe('Monday 1 Jun 2026 10:30 h');
  });
});

describe('AMPscript content and data', () => {
  it('prints personalization strings (case-insensitive names), and unknown ones as written', () => {
    expect(run('Hi %%first name%%, %%Last%%', { 'First Name': 'Ana' })).toBe('Hi Ana, %%Last%%');
  });
  it('AttributeValue gives null for a missing attribute; a bare missing name stops the send', () => {
    expect(run('[%%=AttributeValue("Nope")=%%]')).toBe('[]');
    expect(() => run('%%[ SET @a = Nope ]%%')).toThrow(/Nope does not exist/);
  });
  it('loops up and down', () => {
    expect(run('%%[ FOR @i = 1 TO 3 DO ]%%%%=v(@i)=%%%%[ NEXT @i FOR @i = 2 DOWNTO 1 DO ]%%%%=v(@i)=%%%%[ NEXT @i ]%%')).toBe('12321');
  });
  it('reads data extension rows in order, up to the count', () => {
    const code =
      '%%[ SET @rows = LookupOrderedRows("Recs", 2, "Position ASC", "SubscriberKey", "k") FOR @i = 1 TO RowCount(@rows) DO ]%%' +
      '%%=v(Field(Row(@rows, @i), "name"))=%%;%%[ NEXT @i ]%%';
    const de = { name: 'Recs', columns: ['SubscriberKey', 'Position', 'name'], rows: [
      { SubscriberKey: 'k', Position: '2', name: 'b' }, { SubscriberKey: 'other', Position: '1', name: 'x' },
      { SubscriberKey: 'k', Position: '1', name: 'a' }, { SubscriberKey: 'k', Position: '3', name: 'c' },
    ] };
    expect(runAmpscript(code, { dataExtensions: [de] })).toBe('a;b;');
  });
});

describe('AMPscript errors carry a position', () => {
  it.each([
    ['%%[ IF 1 == 1 THEN ]%%x', /not closed with ENDIF/],
    ['x\n%%[ FOR @i = 1 TO 2 DO ]%%', /not closed with NEXT/],
    ['%%=Nope(1)=%%', /unknown function Nope/],
    ['%%=Substring("ab", 5)=%%', /outside the text/],
    ['%%=Char("a")=%%', /not an integer/],
    ['%%[ SET @a = "x ]%%', /unclosed string/],
  ])('%s', (code, message) => {
    let error: unknown;
    try {
      run(code);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmpscriptError);
    expect((error as AmpscriptError).message).toMatch(message);
    expect((error as AmpscriptError).line).toBeGreaterThanOrEqual(1);
  });
});
