import { describe, expect, it } from 'vitest';
import { winRate } from './index.js';

describe('winRate', () => {
  it('divides won deals by closed deals', () => {
    expect(winRate({ won: 1, lost: 3 })).toBe(0.25);
  });
  it('returns null when no deal closed (zero denominator)', () => {
    expect(winRate({ won: 0, lost: 0 })).toBeNull();
  });
});
