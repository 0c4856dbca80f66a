import fc from 'fast-check';
import type { Dataset, Subscription } from '../../types.js';

/** Random datasets in the contract's shape: a few customers, all intervals, two currencies, odd times. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      customer: fc.integer({ min: 1, max: 6 }),
      startDay: fc.integer({ min: 0, max: 900 }),
      startMinute: fc.integer({ min: 0, max: 1439 }),
      lengthDays: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
      cents: fc.integer({ min: 0, max: 500_000 }),
      interval: fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
      intervalCount: fc.integer({ min: 1, max: 4 }),
      quantity: fc.integer({ min: 0, max: 5 }),
      discount: fc.constantFrom(0, 0.1, 0.25, '0.333'),
      foreign: fc.boolean(),
      onBoundary: fc.boolean(),
    }),
    { minLength: 0, maxLength: 14 },
  )
  .map((rows) => ({
    currency: 'EUR',
    fxRates: { USD: '0.92' },
    subscriptions: rows.map((row, index): Subscription => {
      const startMs = row.onBoundary
        ? Date.UTC(2022, Math.floor(row.startDay / 30), 1)
        : Date.UTC(2022, 0, 1) + row.startDay * 86_400_000 + row.startMinute * 60_000;
      const endMs = row.lengthDays === null ? null : row.onBoundary ? Date.UTC(2022, Math.floor(row.startDay / 30) + Math.ceil(row.lengthDays / 30), 1) : startMs + row.lengthDays * 86_400_000;
      return {
        id: `sub_${index}`,
        customerId: `cus_${row.customer}`,
        start: new Date(startMs).toISOString(),
        end: endMs === null ? null : new Date(endMs).toISOString(),
        amount: (row.cents / 100).toFixed(2),
        interval: row.interval,
        intervalCount: row.intervalCount,
        quantity: row.quantity,
        discount: row.discount,
        currency: row.foreign ? 'USD' : 'EUR',
      };
    }),
  }));
