import { describe, expect, it } from 'vitest';
import { upgradeCount } from './index.js';

describe('upgradeCount', () => {
  it('counts customers whose MRR rose while paying, per month', () => {
    const customers = new Map([
      ['a', [10n, 20n, 20n, 30n]],
      ['b', [0n, 5n, 10n, 0n]],
      ['c', [8n, 4n, 6n, 6n]],
    ]);
    expect(upgradeCount({ denominator: 1n, firstMonth: 0, customers })).toEqual([1, 2, 1]);
  });
  it('does not count a new customer as an upgrade (single customer)', () => {
    expect(upgradeCount({ denominator: 1n, firstMonth: 0, customers: new Map([['a', [0n, 10n]]]) })).toEqual([0]);
  });
  it('is empty without customers (empty period)', () => {
    expect(upgradeCount({ denominator: 1n, firstMonth: 0, customers: new Map() })).toEqual([]);
  });
});
