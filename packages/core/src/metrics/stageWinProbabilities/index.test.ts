import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealsKnownAt } from '../../engine/knownAt/index.js';
import { validateDataset, type ValidDeal } from '../../engine/validate/index.js';
import { dealColumnsOf } from '../../_lib/dealColumns/index.js';
import { DEALS_START, dealsArbitrary } from '../../_lib/test-support/dealsArbitrary.js';
import { stageWinProbabilities, stageWinProbabilitiesAt, type StageProbabilities } from './index.js';

const deal = (id: string, status: string, stage: string | null) =>
  status === 'open'
    ? { id, createdAt: '2024-01-01', status, amount: 100, stage }
    : { id, createdAt: '2024-01-01', closedAt: '2024-02-01', status, amount: 100, stage };

const { deals } = validateDataset({
  currency: 'EUR',
  deals: [
    deal('d1', 'won', 'Negotiation'),
    deal('d2', 'lost', 'Discovery'),
    deal('d3', 'lost', 'Discovery'),
    deal('d4', 'lost', 'Negotiation'),
    deal('d5', 'open', 'Proposal'),
  ],
});

describe('stageWinProbabilities', () => {
  it('learns each stage from the deals closed at it without an order', () => {
    const learned = stageWinProbabilities(deals);
    expect(learned.overall).toBe(0.25);
    expect(learned.stages).toEqual([
      { stage: 'Discovery', closedDeals: 2, wonDeals: 0, probability: 0 },
      { stage: 'Negotiation', closedDeals: 2, wonDeals: 1, probability: 0.5 },
      { stage: 'Proposal', closedDeals: 0, wonDeals: 0, probability: null },
    ]);
  });
  it('counts a deal for every stage it went through with a stage order', () => {
    const learned = stageWinProbabilities(deals, { stageOrder: ['Discovery', 'Proposal', 'Negotiation'] });
    expect(learned.stages.map((s) => [s.stage, s.closedDeals, s.probability])).toEqual([
      ['Discovery', 4, 0.25],
      ['Proposal', 2, 0.5],
      ['Negotiation', 2, 0.5],
    ]);
  });
  it('returns null probabilities without closed deals (zero denominator)', () => {
    expect(stageWinProbabilities([])).toEqual({ stages: [], overall: null });
  });
});

/** The probabilities straight from their definition, over deal objects: the fast column version must agree. */
function reference(deals: readonly ValidDeal[], order: readonly string[] | undefined): StageProbabilities {
  const tallies = new Map<string, { closed: number; won: number }>();
  const tally = (stage: string) => {
    let entry = tallies.get(stage);
    if (!entry) tallies.set(stage, (entry = { closed: 0, won: 0 }));
    return entry;
  };
  if (order) for (const stage of order) tally(stage);
  let won = 0;
  let lost = 0;
  for (const deal of deals) {
    if (deal.status === 'open') {
      if (!order && deal.stage !== null) tally(deal.stage);
      continue;
    }
    if (deal.status === 'won') won++;
    else lost++;
    const reached = !order ? 0 : deal.status === 'won' ? order.length - 1 : deal.stage === null ? -1 : order.indexOf(deal.stage);
    const stages = !order ? (deal.stage === null ? [] : [deal.stage]) : order.slice(0, reached + 1);
    for (const stage of stages) {
      const entry = tally(stage);
      entry.closed++;
      if (deal.status === 'won') entry.won++;
    }
  }
  return {
    stages: (order ?? [...tallies.keys()].sort()).map((stage) => {
      const { closed, won: stageWon } = tally(stage);
      return { stage, closedDeals: closed, wonDeals: stageWon, probability: closed === 0 ? null : stageWon / closed };
    }),
    overall: won + lost === 0 ? null : won / (won + lost),
  };
}

describe('stageWinProbabilitiesAt against its definition', () => {
  it('equals the probabilities of the deals cut at the instant, with and without an order (repeated names too)', () => {
    fc.assert(
      fc.property(
        dealsArbitrary({ createdDays: 300, stages: ['Discovery', 'Demo', 'Proposal', 'Zeta'], maxDeals: 30 }),
        fc.integer({ min: -10, max: 520 }),
        fc.option(fc.array(fc.constantFrom('Discovery', 'Demo', 'Proposal', 'Other'), { maxLength: 5 }), { nil: undefined }),
        (deals, day, stageOrder) => {
          const { deals: valid } = validateDataset({ currency: 'EUR', deals });
          const instant = DEALS_START + day * 86_400_000;
          const learned = stageWinProbabilitiesAt(dealColumnsOf(valid), instant, stageOrder);
          const expected = reference(dealsKnownAt(valid, instant), stageOrder);
          expect(learned).toEqual(expected);
          expect(stageWinProbabilities(valid, { stageOrder })).toEqual(reference(valid, stageOrder));
        },
      ),
      { numRuns: 300 },
    );
  });
});
