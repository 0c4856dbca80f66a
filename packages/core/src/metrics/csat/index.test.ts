import { describe, expect, it } from 'vitest';
import { csat } from './index.js';

describe('csat', () => {
  it('is the share of answers scoring 4 or 5', () => {
    expect(csat([5, 4, 3, 1])).toBe(0.5);
  });
  it('returns null without answers (zero denominator)', () => {
    expect(csat([])).toBeNull();
  });
});
