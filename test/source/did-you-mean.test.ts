import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/validate/did-you-mean.js';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit', () => {
    expect(editDistance('first_name', 'first_name')).toBe(0);
    expect(editDistance('firstname', 'first_name')).toBe(1);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('orders', 'orderz')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only plausible typos, deterministically', () => {
    const names = ['first_name', 'last_name', 'email', 'orders_12m'];
    expect(closest('firstname', names)).toBe('first_name');
    expect(closest('EMAIL', names)).toBe('email');
    expect(closest('zzz', names)).toBeUndefined();
    expect(closest('ab', ['ac', 'ab2', 'aa'])).toBe('aa'); // tie at distance 1: alphabetical first
    expect(didYouMean('wen', ['when', 'use'])).toBe("Did you mean 'when'?");
    expect(didYouMean('when', ['when'])).toBeUndefined();
  });
});
