import { describe, expect, it } from 'vitest';
import type { ValidCost } from '../../engine/validate/index.js';
import { costTotal } from './index.js';

const cost = (month: number, category: ValidCost['category'], units: bigint, owner: string | null = null): ValidCost => ({
  month,
  category,
  amount: { units, scale: 2 },
  owner,
  label: null,
});

describe('costTotal', () => {
  const costs = [cost(10, 'sales', 10_10n, 'alice'), cost(10, 'marketing', 20_20n), cost(11, 'sales', 1n), cost(12, 'financing', 5_00n)];
  it('sums exactly across categories and months', () => {
    expect(costTotal(costs).toString()).toBe('35.31');
    expect(costTotal(costs, { categories: ['sales', 'marketing'], months: { from: 10, to: 10 } }).toString()).toBe('30.3');
  });
  it('filters by owner', () => {
    expect(costTotal(costs, { owner: 'alice' }).toString()).toBe('10.1');
  });
  it('is zero for an empty period', () => {
    expect(costTotal(costs, { months: { from: 20, to: 30 } }).isZero()).toBe(true);
    expect(costTotal([]).isZero()).toBe(true);
  });
  it('sums each month and each span of the same lines alike, whatever was asked before', () => {
    const lines = [cost(12, 'sales', 3n), cost(10, 'sales', 7n, 'bob'), cost(14, 'service', 2n), cost(12, 'sales', 1_00n, 'bob')];
    expect(costTotal(lines, { months: { from: 12, to: 12 } }).toString()).toBe('1.03');
    expect(costTotal(lines, { months: { from: 0, to: 13 }, owner: 'bob' }).toString()).toBe('1.07');
    expect(costTotal(lines, { categories: ['service'], months: { from: 13, to: 99 } }).toString()).toBe('0.02');
    expect(costTotal(lines, { months: { from: 11, to: 11 } }).isZero()).toBe(true);
    expect(costTotal(lines, { months: { from: 15, to: 9 } }).isZero()).toBe(true);
  });
});
