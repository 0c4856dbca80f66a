import fc from 'fast-check';
import type { Deal } from '../../types.js';

const DAY = 86_400_000;

/** The first day random deals are created on: 2024-01-01. */
export const DEALS_START = Date.UTC(2024, 0, 1);

/** Options of {@link dealsArbitrary}. */
export interface DealsArbitraryOptions {
  /** Deals are created on one of the first `createdDays` days from {@link DEALS_START}. */
  createdDays: number;
  /** The stages a deal may carry (or none). */
  stages: readonly string[];
  /** At most this many deals. */
  maxDeals: number;
}

/**
 * Random deals in the contract's shape, for property tests of the sales
 * metrics: open, or won or lost up to 200 days after creation, amounts from
 * 0 to 50,000.00, with or without a stage. One arbitrary, so the tests of
 * forecasts and win probabilities draw pipelines alike.
 */
export function dealsArbitrary({ createdDays, stages, maxDeals }: DealsArbitraryOptions): fc.Arbitrary<Deal[]> {
  const model = fc.record({
    created: fc.integer({ min: 0, max: createdDays }),
    length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    won: fc.boolean(),
    cents: fc.integer({ min: 0, max: 5_000_000 }),
    stage: fc.option(fc.constantFrom(...stages), { nil: null }),
  });
  return fc.array(model, { maxLength: maxDeals }).map((models) =>
    models.map(
      (deal, i): Deal => ({
        id: `d${i}`,
        createdAt: new Date(DEALS_START + deal.created * DAY).toISOString(),
        ...(deal.length === null
          ? { status: 'open' as const }
          : { status: deal.won ? ('won' as const) : ('lost' as const), closedAt: new Date(DEALS_START + (deal.created + deal.length) * DAY).toISOString() }),
        amount: (deal.cents / 100).toFixed(2),
        ...(deal.stage === null ? {} : { stage: deal.stage }),
      }),
    ),
  );
}
