import { describe, expect, it } from 'vitest';
import { demoConversion } from './index.js';

describe('demoConversion', () => {
  it('divides demos by leads received', () => {
    expect(demoConversion({ demos: 12, leads: 40 })).toBe(0.3);
  });
  it('returns null when the rep received no leads (zero denominator)', () => {
    expect(demoConversion({ demos: 3, leads: 0 })).toBeNull();
  });
  it('is 1 for a single lead that got a demo', () => {
    expect(demoConversion({ demos: 1, leads: 1 })).toBe(1);
  });
});
