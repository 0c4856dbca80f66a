import { describe, expect, it } from 'vitest';
import { moneyRatio } from './index.js';

describe('moneyRatio', () => {
  it('rounds the exact quotient to cents, half away from zero', () => {
    expect(moneyRatio('0.05', 2)).toBe(0.03);
    expect(moneyRatio('-0.05', 2)).toBe(-0.03);
    expect(moneyRatio('1000', 3)).toBe(333.33);
  });
  it('returns null when the denominator is zero (zero denominator)', () => {
    expect(moneyRatio('10', 0)).toBeNull();
  });
});
