import { describe, expect, it } from 'vitest';
import { exactWinRate, winRate } from './index.js';

describe('winRate', () => {
  it('divides won deals by closed deals', () => {
    expect(winRate({ won: 1, lost: 3 })).toBe(0.25);
  });
  it('returns null when no deal closed (zero denominator)', () => {
    expect(winRate({ won: 0, lost: 0 })).toBeNull();
  });
});

describe('exactWinRate', () => {
  it('is the same definition as winRate, exact', () => {
    expect(exactWinRate({ won: 1, lost: 2 })?.toNumber()).toBe(winRate({ won: 1, lost: 2 }));
    expect(exactWinRate({ won: 3, lost: 0 })?.toString()).toBe('1');
  });
  it('is null with no closed deal (zero denominator)', () => {
    expect(exactWinRate({ won: 0, lost: 0 })).toBeNull();
  });
});
