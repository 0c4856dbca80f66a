import { describe, expect, it } from 'vitest';
import { itemAt } from './index.js';

describe('itemAt', () => {
  it('returns the item at an index in range, of an array or a typed array', () => {
    expect(itemAt([10n, 20n], 1, 'test')).toBe(20n);
    expect(itemAt(new Float64Array([0, 7]), 0, 'test')).toBe(0);
  });
  it('throws a RangeError naming the caller for an index out of range', () => {
    expect(() => itemAt([1n, 2n], 2, 'customerMrrTimelines')).toThrow(new RangeError('customerMrrTimelines: no item at index 2 of 2'));
    expect(() => itemAt(new Float64Array(2), -1, 'test')).toThrow(RangeError);
  });
});
