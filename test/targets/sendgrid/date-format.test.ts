// The date filter on SendGrid: strftime formats mapped to formatDate tokens print, through
// the emulated helper, exactly what the reference filter prints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ir/filters.js';
import { toFormatDate } from '../../../src/targets/sendgrid/date-format.js';
import { formatSendgridDate, parseSendgridTime } from '../../../src/targets/sendgrid/helpers.js';

const token = fc.constantFrom('%Y', '%m', '%d', '%e', '%B', '%b', '%A', '%a', '%H', '%M', '%%');
const literal = fc.string({ unit: fc.constantFrom(' ', ',', '.', ':', '/', '-', '_', '(', ')', '|', '+', '0', '7'), minLength: 1, maxLength: 3 });
const format = fc.array(fc.oneof(token, literal), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString(), d.toISOString().replace('.000Z', 'Z').replace(/\.\d+Z$/, 'Z')));

describe('date filter -> formatDate', () => {
  it('prints what the reference filter prints, or refuses the format', () => {
    let mapped = 0;
    fc.assert(
      fc.property(format, isoDate, (f, iso) => {
        const result = toFormatDate(f);
        if (!result.ok) return;
        mapped++;
        expect(formatSendgridDate(parseSendgridTime(iso)!, result.format)).toBe(formatDate(iso, f));
      }),
      { numRuns: 300 },
    );
    expect(mapped).toBeGreaterThan(100);
  });

  it('maps each token', () => {
    expect(toFormatDate('%A %e %B %Y, %H:%M (%%)')).toEqual({ ok: true, format: 'dddd D MMMM YYYY, HH:mm (%)' });
    expect(toFormatDate('%d/%m/%Y')).toEqual({ ok: true, format: 'DD/MM/YYYY' });
    expect(toFormatDate('%a %b')).toEqual({ ok: true, format: 'ddd MMM' });
  });

  it('refuses letters, unknown tokens and touching tokens of one letter', () => {
    for (const f of ['%Y at %H', 'Year %Y', '%d%e', '%b%m', '%H%H', '%q', '%Y %', '[%Y]', '%Y "x"']) expect(toFormatDate(f).ok, f).toBe(false);
    expect(toFormatDate('%M%m').ok).toBe(true);
  });
});
