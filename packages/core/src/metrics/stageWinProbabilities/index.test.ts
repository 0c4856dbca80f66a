import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../engine/validate/index.js';
import { stageWinProbabilities } from './index.js';

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
