import { describe, expect, it } from 'vitest';
import { allFinite, nonFiniteNumbers } from './allFinite.js';

describe('allFinite', () => {
  it('finds NaN and Infinity that JSON.stringify would hide as null', () => {
    const value = { a: 1, b: [2, NaN], c: { d: Infinity, e: null, f: 'text' } };
    expect(JSON.stringify(value)).not.toMatch(/NaN|Infinity/);
    expect(nonFiniteNumbers(value)).toEqual(['$.b[1]', '$.c.d']);
    expect(allFinite(value)).toBe(false);
    expect(allFinite({ a: [1, { b: -0 }], c: null, d: undefined })).toBe(true);
  });
});
