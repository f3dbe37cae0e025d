import { describe, expect, it } from 'vitest';
import { checkValue, dateProblem, emailProblem, isNumberText, urlProblem } from '../../src/validate/values.js';

describe('value checks', () => {
  it('accepts ISO-8601 dates and zoned date-times only', () => {
    for (const ok of ['2024-02-29', '2024-03-01T09:30Z', '2024-03-01T09:30:15.250+02:00', '1999-12-31T23:59:59-05:00']) {
      expect(dateProblem(ok), ok).toBeNull();
    }
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-03-01T09:30', '2024-03-01 09:30Z', '01/03/2024', '2024-3-1', '2024-03-01T24:00Z']) {
      expect(dateProblem(bad), bad).not.toBeNull();
    }
  });

  it('accepts absolute http(s) URLs only', () => {
    expect(urlProblem('https://example.com/p?x=1&y=2#top')).toBeNull();
    expect(urlProblem('http://localhost:8080/')).toBeNull();
    for (const bad of ['example.com', 'ftp://example.com', 'https://', 'https://exa mple.com', 'mailto:a@example.com', '/relative']) {
      expect(urlProblem(bad), bad).not.toBeNull();
    }
  });

  it('accepts ordinary and international email addresses', () => {
    for (const ok of ['a@example.com', 'first.last+tag@sub.example.co.uk', 'josé@exämple.de']) expect(emailProblem(ok), ok).toBeNull();
    for (const bad of ['a@b', 'a example.com', 'a@@example.com', '@example.com', 'a@example.c', '"a"@example.com']) {
      expect(emailProblem(bad), bad).not.toBeNull();
    }
  });

  it('checks scalar types strictly: no coercion between text and numbers', () => {
    expect(checkValue('number', 5)).toBeNull();
    expect(checkValue('number', '5')).toEqual({ kind: 'type', expected: 'a number' });
    expect(checkValue('number', Number.POSITIVE_INFINITY)).not.toBeNull();
    expect(checkValue('string', 42)).not.toBeNull();
    expect(checkValue('boolean', 'true')).not.toBeNull();
    expect(checkValue('enum', 'active', ['new', 'active'])).toBeNull();
    expect(checkValue('enum', 'Active', ['new', 'active'])).toEqual({ kind: 'enum', values: ['new', 'active'] });
    expect(isNumberText('0.50')).toBe(true);
    expect(isNumberText('1e3')).toBe(true);
    expect(isNumberText('12 apples')).toBe(false);
  });
});
