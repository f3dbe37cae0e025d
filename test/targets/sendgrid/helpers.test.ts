// The emulation of SendGrid's helpers, held to the examples of SendGrid's documentation
// ("Using Handlebars", SG-HB) and to the choices documented in src/targets/sendgrid/helpers.ts.
import { describe, expect, it } from 'vitest';
import { renderSendgrid } from '../../../src/targets/sendgrid/execute.js';
import { formatSendgridDate, parseSendgridTime } from '../../../src/targets/sendgrid/helpers.js';

const render = (code: string, data: Record<string, unknown> = {}) => renderSendgrid(code, data);

describe('SendGrid helper emulation', () => {
  it('equals / notEquals compare loosely, as documented ({{#equals 3 "3"}} is true)', () => {
    expect(render('{{#equals 3 "3"}}y{{else}}n{{/equals}}')).toBe('y');
    expect(render('{{#equals customerCode winningCode}}win{{else}}lose{{/equals}}', { customerCode: 289199, winningCode: 289199 })).toBe('win');
    expect(render('{{#equals customerCode winningCode}}win{{else}}lose{{/equals}}', { customerCode: 167320, winningCode: 289199 })).toBe('lose');
    expect(render('{{#notEquals a b}}y{{else}}n{{/notEquals}}', { a: 167320, b: 289199 })).toBe('y');
    expect(render('{{#notEquals a "3"}}y{{else}}n{{/notEquals}}', { a: 3 })).toBe('n');
    // Missing values: equals is false, notEquals true (what Tailor's comparisons need).
    expect(render('{{#equals a "x"}}y{{else}}n{{/equals}}')).toBe('n');
    expect(render('{{#notEquals a 0}}y{{else}}n{{/notEquals}}', { a: null })).toBe('y');
    expect(render('{{#equals a 0}}y{{else}}n{{/equals}}', { a: null })).toBe('n');
  });

  it('greaterThan / lessThan follow the documented score examples', () => {
    const gt = '{{#greaterThan scoreOne scoreTwo}}high{{else}}close{{/greaterThan}}';
    expect(render(gt, { scoreOne: 100, scoreTwo: 78 })).toBe('high');
    expect(render(gt, { scoreOne: 55, scoreTwo: 78 })).toBe('close');
    const lt = '{{#lessThan scoreOne scoreTwo}}close{{else}}high{{/lessThan}}';
    expect(render(lt, { scoreOne: 55, scoreTwo: 78 })).toBe('close');
    expect(render(lt, { scoreOne: 100, scoreTwo: 78 })).toBe('high');
    expect(render('{{#lessThan 2.5 -1}}y{{else}}n{{/lessThan}}')).toBe('n');
  });

  it('and / or test truthiness: "", 0 and 0.0 are false, negative numbers true', () => {
    const and = '{{#and favoriteFood favoriteDrink}}thanks{{else}}survey{{/and}}';
    expect(render(and, { favoriteFood: 'Pasta', favoriteDrink: '' })).toBe('survey');
    expect(render(and, { favoriteFood: 'Pasta', favoriteDrink: 'Coffee' })).toBe('thanks');
    const or = '{{#or isRunner isCyclist}}map{{else}}survey{{/or}}';
    expect(render(or, { isRunner: true, isCyclist: false })).toBe('map');
    expect(render(or, { isRunner: false, isCyclist: false })).toBe('survey');
    expect(render(or, { isRunner: false, isCyclist: true })).toBe('map');
    expect(render('{{#or a b}}y{{else}}n{{/or}}', { a: 0, b: 0.0 })).toBe('n');
    expect(render('{{#and a b}}y{{else}}n{{/and}}', { a: -1, b: 'x' })).toBe('y');
  });

  it('insert prints the value or the default, with or without "default="', () => {
    const code = '<p>Hello {{insert name "default=Customer"}}! Thank you for contacting us about {{insert businessName "your business"}}.</p>';
    expect(render(code, { name: 'Ben', businessName: 'Twilio SendGrid' })).toBe('<p>Hello Ben! Thank you for contacting us about Twilio SendGrid.</p>');
    expect(render(code, { name: 'Ben' })).toBe('<p>Hello Ben! Thank you for contacting us about your business.</p>');
    // Choices where SG-HB is silent: "" is missing; 0 and false are printed; output is escaped by {{ }}.
    expect(render('{{insert a "default=d"}}|{{insert b "default=d"}}|{{insert c "default=d"}}', { a: '', b: 0, c: false })).toBe('d|0|false');
    expect(render('{{insert a "default=<d>"}}{{{insert a "default=<d>"}}}')).toBe('&lt;d&gt;<d>');
  });

  it('formatDate prints UTC without an offset and shifts with one (SG-HB example)', () => {
    const data = { timeStamp: '2020-01-01T23:00:00.000Z', dateFormat: 'MMMM DD, YYYY h:mm:ss A', timezoneOffset: '-0800' };
    expect(render('{{formatDate timeStamp dateFormat}}', data)).toBe('January 01, 2020 11:00:00 PM');
    expect(render('{{formatDate timeStamp dateFormat timezoneOffset}}', data)).toBe('January 01, 2020 3:00:00 PM');
  });

  it('formatDate knows every token of the documented table', () => {
    const t = parseSendgridTime('2020-01-07T15:04:05Z')!;
    const tokens = 'YYYY YY MMMM MMM MM M DD D dddd ddd hh h HH H mm m ss s A ZZ Z';
    expect(formatSendgridDate(t, tokens)).toBe('2020 20 January Jan 01 1 07 7 Tuesday Tue 03 3 15 15 04 4 05 5 PM +0000 +00:00');
    expect(formatSendgridDate(t, 'ZZ Z h A', -8 * 60)).toBe('-0800 -08:00 7 AM');
    expect(formatSendgridDate(parseSendgridTime('2020-01-07T00:30:00Z')!, 'hh:mm A')).toBe('12:30 AM');
    // Non-token characters are copied.
    expect(formatSendgridDate(t, 'DD/MM/YYYY, HH:mm')).toBe('07/01/2020, 15:04');
  });

  it('formatDate reads ISO 8601 dates and date-times, with zones', () => {
    expect(parseSendgridTime('2026-01-15')).toBe(Date.UTC(2026, 0, 15));
    expect(parseSendgridTime('2026-06-01T10:30:00Z')).toBe(Date.UTC(2026, 5, 1, 10, 30));
    expect(parseSendgridTime('2026-06-01T10:30:00+02:00')).toBe(Date.UTC(2026, 5, 1, 8, 30));
    expect(parseSendgridTime('2026-06-01T10:30:00.250-0130')).toBe(Date.UTC(2026, 5, 1, 12, 0, 0, 250));
    expect(parseSendgridTime('not a date')).toBeNull();
    expect(render('[{{formatDate d "YYYY"}}]', { d: 'not a date' })).toBe('[]');
    expect(render('[{{formatDate d "YYYY"}}]')).toBe('[]');
  });

  it('length counts characters of a string or items of an array, else 0', () => {
    expect(render('{{length cartItems}}', { cartItems: ['raft', 'water bottle', 'sleeping bag'] })).toBe('3');
    expect(render('{{length s}}', { s: 'Zoë😀' })).toBe('4');
    expect(render('{{length n}}|{{length missing}}', { n: 12 })).toBe('0|0');
  });

  it('keeps Handlebars built-ins SendGrid documents and drops with / lookup / log', () => {
    expect(render('{{#each l}}{{this}}{{else}}empty{{/each}}', { l: [] })).toBe('empty');
    expect(render('{{#unless a}}no{{/unless}}', { a: 0 })).toBe('no');
    expect(() => render('{{#with a}}{{b}}{{/with}}', { a: { b: 1 } })).toThrow(/Missing helper: "with"/);
    expect(() => render('{{lookup a "b"}}', { a: { b: 1 } })).toThrow(/Missing helper: "lookup"/);
  });
});
