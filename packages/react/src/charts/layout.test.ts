import { describe, expect, test } from 'vitest';
import { sparklinePath } from '../kpi/sparklinePath.js';
import { leftMarginFor, thinTicks, zeroBasedDomain } from './layout.js';

describe('layout helpers', () => {
  test('a domain always holds zero and the extremes', () => {
    expect(zeroBasedDomain([5, 12, 3])).toEqual([0, 12]);
    expect(zeroBasedDomain([-4, 2])).toEqual([-4, 2]);
  });
  test('all-zero or empty values give a unit domain, so scales never divide by zero', () => {
    expect(zeroBasedDomain([0, 0])).toEqual([0, 1]);
    expect(zeroBasedDomain([])).toEqual([0, 1]);
    expect(zeroBasedDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([0, 1]);
  });
  test('ticks thin out to what fits, never to none', () => {
    const months = Array.from({ length: 120 }, (_, index) => index);
    expect(thinTicks(months, 264, 64).length).toBeLessThanOrEqual(4);
    expect(thinTicks(months, 1, 64)).toEqual([0]);
    expect(thinTicks([1, 2, 3], 1000, 64)).toEqual([1, 2, 3]);
  });
  test('the left margin fits the widest label within bounds', () => {
    expect(leftMarginFor(['$1.2M'])).toBe(47);
    expect(leftMarginFor(['x'.repeat(40)])).toBe(96);
    expect(leftMarginFor([])).toBe(40);
  });
});

describe('sparklinePath', () => {
  test('a flat series sits in the middle instead of dividing by a zero range', () => {
    expect(sparklinePath([3, 3, 3], 100, 20)).toBe('M0.0,10.0L50.0,10.0L100.0,10.0');
  });
  test('missing values break the line; nothing finite draws nothing', () => {
    expect(sparklinePath([1, null, 3], 100, 20)).toBe('M0.0,19.0M100.0,1.0');
    expect(sparklinePath([null, Number.NaN], 100, 20)).toBe('');
  });
  test('a single value is a dot in the middle', () => {
    expect(sparklinePath([7], 100, 20)).toBe('M50.0,10.0h0.01');
  });
});
