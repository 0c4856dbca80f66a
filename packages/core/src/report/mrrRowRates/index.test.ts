import { describe, expect, it } from 'vitest';
import { mrrRowRates } from './index.js';

const movements = { new: 100n, expansion: 50n, reactivation: 0n, contraction: -20n, churn: -30n };

describe('mrrRowRates', () => {
  it('gives every rate of a row from exact totals', () => {
    expect(mrrRowRates({ startingMrr: 1000n, endingMrr: 1100n, movements, startingCustomers: 10, churnedCustomers: 1 })).toEqual({
      customerChurnRate: 0.1,
      grossMrrChurnRate: 0.05,
      netMrrChurnRate: 0,
      nrr: 1,
      grr: 0.95,
      quickRatio: 3,
      mrrGrowthRate: 0.1,
    });
  });

  it('zero starting MRR and zero starting customers: rates that divide by them are null', () => {
    const rates = mrrRowRates({ startingMrr: 0n, endingMrr: 100n, movements: { ...movements, contraction: 0n, churn: 0n }, startingCustomers: 0, churnedCustomers: 0 });
    expect(rates).toMatchObject({ customerChurnRate: null, grossMrrChurnRate: null, nrr: null, grr: null, mrrGrowthRate: null, quickRatio: null });
  });
});
