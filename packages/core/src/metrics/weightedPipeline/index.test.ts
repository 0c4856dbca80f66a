import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../engine/validate/index.js';
import { weightedPipeline } from './index.js';

const { deals } = validateDataset({
  currency: 'EUR',
  deals: [
    { id: 'd1', createdAt: '2024-01-01', status: 'open', amount: '1000', stage: 'Negotiation' },
    { id: 'd2', createdAt: '2024-01-01', status: 'open', amount: '200', stage: 'Unknown' },
    { id: 'd3', createdAt: '2024-01-01', closedAt: '2024-01-02', status: 'won', amount: '5', stage: 'Negotiation' },
  ],
});

describe('weightedPipeline', () => {
  const probabilities = { stages: [{ stage: 'Negotiation', closedDeals: 2, wonDeals: 1, probability: 0.5 }], overall: 0.25 };
  it('weights open deals by their stage probability, unknown stages by the overall win rate', () => {
    expect(weightedPipeline(deals, probabilities)).toBe(550);
  });
  it('is 0 for an empty pipeline', () => {
    expect(weightedPipeline([], probabilities)).toBe(0);
  });
  it('returns null when no closed deal gives a probability (zero denominator)', () => {
    expect(weightedPipeline(deals, { stages: [], overall: null })).toBeNull();
  });
});
