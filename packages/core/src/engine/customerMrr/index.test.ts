import { describe, expect, it } from 'vitest';
import { parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { customerMrrTimelines } from './index.js';

describe('customerMrrTimelines', () => {
  const valid = validateDataset({
    currency: 'EUR',
    subscriptions: [
      { id: 's1', customerId: 'a', start: '2024-01-10', end: '2024-03-01', amount: '30', interval: 'month' },
      { id: 's2', customerId: 'a', start: '2024-02-01', amount: '120', interval: 'year' },
      { id: 's3', customerId: 'b', start: '2023-06-01', end: '2024-02-15', amount: '1', interval: 'month' },
    ],
  });
  const range = { from: parseMonth('2024-01')!, to: parseMonth('2024-03')! };

  it('gives each customer exact MRR numerators from from − 1 to to', () => {
    const { denominator, customers } = customerMrrTimelines(valid.subscriptions, range);
    const a = customers.get('a')!.map((n) => Number(n) / Number(denominator));
    expect(a).toEqual([0, 30, 40, 10]);
    const b = customers.get('b')!.map((n) => Number(n) / Number(denominator));
    expect(b).toEqual([1, 1, 0, 0]);
  });

  it('is empty without subscriptions (empty period)', () => {
    expect(customerMrrTimelines([], range).customers.size).toBe(0);
  });
});
