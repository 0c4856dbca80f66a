import { describe, expect, it } from 'vitest';
import { ces } from './index.js';

describe('ces', () => {
  it('is the mean effort score', () => {
    expect(ces([5, 2, 1, 2])).toBe(2.5);
  });
  it('returns null without answers (zero denominator)', () => {
    expect(ces([])).toBeNull();
  });
});
