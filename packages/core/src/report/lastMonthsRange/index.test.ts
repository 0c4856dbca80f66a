import { describe, expect, it } from 'vitest';
import { dataMonthRange } from '../../engine/dataMonthRange/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { lastMonthsRange } from './index.js';

// Subscriptions from March 2023 to September 2024 (an end month counts: churn shows there).
const valid = validateDataset({
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'a', start: '2023-03-10', amount: 10, interval: 'month' },
    { id: 's2', customerId: 'b', start: '2023-06-01', end: '2024-09-15', amount: 20, interval: 'month' },
  ],
});

describe('lastMonthsRange', () => {
  it('ends with the data\'s last month and spans `months` months', () => {
    expect(dataMonthRange(valid)).toEqual({ from: '2023-03', to: '2024-09' });
    expect(lastMonthsRange(valid, { months: 12 })).toEqual({ from: '2023-10', to: '2024-09' });
    expect(lastMonthsRange(valid, { months: 1 })).toEqual({ from: '2024-09', to: '2024-09' });
  });

  it('never starts before the data: a short dataset gives all of it', () => {
    expect(lastMonthsRange(valid, { months: 19 })).toEqual({ from: '2023-03', to: '2024-09' });
    expect(lastMonthsRange(valid, { months: 120 })).toEqual({ from: '2023-03', to: '2024-09' });
  });

  it('ends with `to` when given, across a year boundary', () => {
    expect(lastMonthsRange(valid, { months: 3, to: '2024-01' })).toEqual({ from: '2023-11', to: '2024-01' });
    expect(lastMonthsRange(valid, { months: 12, to: '2023-05' })).toEqual({ from: '2023-03', to: '2023-05' });
  });

  it('is null when nothing is dated, or `to` is before the data', () => {
    expect(lastMonthsRange(validateDataset({ currency: 'EUR' }), { months: 12 })).toBeNull();
    expect(lastMonthsRange(valid, { months: 12, to: '2023-02' })).toBeNull();
  });

  it('throws a RangeError for months that is not a whole number ≥ 1, or a malformed `to`', () => {
    for (const months of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => lastMonthsRange(valid, { months }), String(months)).toThrow(RangeError);
    }
    expect(() => lastMonthsRange(valid, { months: 12, to: '2024-13' })).toThrow(/to must be a month/);
  });
});
