import { describe, expect, it } from 'vitest';
import { callsPerDay } from './index.js';

describe('callsPerDay', () => {
  it('divides calls by days worked', () => {
    expect(callsPerDay({ calls: 150, days: 5 })).toBe(30);
    expect(callsPerDay({ calls: 10, days: 4 })).toBe(2.5);
  });
  it('returns null without a working day (zero denominator)', () => {
    expect(callsPerDay({ calls: 0, days: 0 })).toBeNull();
  });
});
