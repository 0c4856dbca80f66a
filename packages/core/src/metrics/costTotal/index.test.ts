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
});
