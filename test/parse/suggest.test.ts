import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/parse/suggest.js';

describe('did you mean', () => {
  it('suggests close names and stays quiet otherwise', () => {
    expect(closest('frist_name', ['first_name', 'location'])).toBe('first_name');
    expect(closest('orderz', ['orders_12m', 'vip'])).toBe('orders_12m');
    expect(closest('Location', ['location'])).toBe('location');
    expect(closest('zzz', ['first_name', 'location'])).toBeUndefined();
    expect(closest('x', ['xylophone'])).toBeUndefined();
    expect(didYouMean('uper', ['upper', 'lower'])).toBe(' Did you mean `upper`?');
    expect(didYouMean('nothing', [])).toBe('');
  });
});
