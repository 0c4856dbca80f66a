import { describe, expect, it } from 'vitest';
import { checkRows, float64At, int32At, itemAt, uint8At } from './index.js';

describe('itemAt', () => {
  it('returns the item at an index in range, of an array or a typed array', () => {
    expect(itemAt([10n, 20n], 1, 'test')).toBe(20n);
    expect(itemAt(new Float64Array([0, 7]), 0, 'test')).toBe(0);
  });
  it('throws a RangeError naming the caller for an index out of range', () => {
    expect(() => itemAt([1n, 2n], 2, 'customerMrrTimelines')).toThrow(new RangeError('customerMrrTimelines: no item at index 2 of 2'));
    expect(() => itemAt(new Float64Array(2), -1, 'test')).toThrow(RangeError);
  });
  it('has one checked read per typed-array kind, with the same error', () => {
    expect([int32At(new Int32Array([4, 5]), 1, 'test'), float64At(new Float64Array([0.5]), 0, 'test'), uint8At(new Uint8Array([9]), 0, 'test')]).toEqual([5, 0.5, 9]);
    expect(() => int32At(new Int32Array(2), 2, 'sweepDoubles')).toThrow(new RangeError('sweepDoubles: no item at index 2 of 2'));
    expect(() => float64At(new Float64Array(1), 1, 'test')).toThrow(RangeError);
    expect(() => uint8At(new Uint8Array(0), 0, 'test')).toThrow(RangeError);
  });
});

describe('checkRows', () => {
  it('accepts columns with at least one item per row', () => {
    expect(() => checkRows([new Int32Array(3), [1, 2, 3, 4]], 3, 'test')).not.toThrow();
  });
  it('throws a RangeError naming the caller when a column is short', () => {
    expect(() => checkRows([new Int32Array(3), new Float64Array(2)], 3, 'countRenewals')).toThrow(new RangeError('countRenewals: a column has 2 items for 3 rows'));
  });
});
