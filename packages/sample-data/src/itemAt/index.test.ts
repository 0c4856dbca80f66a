import { describe, expect, it } from 'vitest';
import { itemAt } from './index.js';

describe('itemAt', () => {
  it('returns the item at an index in range, of an array or a typed array', () => {
    expect(itemAt(['a', 'b'], 1, 'test')).toBe('b');
    expect(itemAt(new Int32Array([0, 7]), 0, 'test')).toBe(0);
  });
  it('throws a RangeError naming the caller for an index out of range', () => {
    expect(() => itemAt([1, 2, 3], 3, 'leadRecords')).toThrow(new RangeError('leadRecords: no item at index 3 of 3'));
    expect(() => itemAt(new Int32Array(2), -1, 'usageRecords')).toThrow(RangeError);
  });
});
