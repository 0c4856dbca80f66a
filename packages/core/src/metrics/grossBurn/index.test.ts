import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../engine/month/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { grossBurn } from './index.js';

describe('grossBurn', () => {
  const costs = validateDataset({
    currency: 'EUR',
    costs: [
      { month: '2024-01', category: 'sales', amount: '1000.10' },
      { month: '2024-01', category: 'operations', amount: '500' },
      { month: '2024-01', category: 'exceptional', amount: '9000' },
      { month: '2024-01', category: 'financing', amount: '700' },
      { month: '2024-02', category: 'marketing', amount: '250' },
    ],
  }).costs!;
  const month = (text: string): number => parseMonth(text)!;

  it('sums operating costs only: exceptional and financing costs are left out', () => {
    expect(grossBurn(costs, { from: month('2024-01'), to: month('2024-01') }).toString()).toBe('1500.1');
  });

  it('sums every month of a range', () => {
    expect(grossBurn(costs, { from: month('2024-01'), to: month('2024-02') }).toString()).toBe('1750.1');
  });

  it('is 0 for months without costs', () => {
    expect(grossBurn(costs, { from: month('2025-01'), to: month('2025-12') }).isZero()).toBe(true);
  });
});
