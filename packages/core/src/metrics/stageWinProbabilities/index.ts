import { ratio } from '../../engine/exact/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import { winRate } from '../winRate/index.js';

/** A stage's win probability learned from closed deals. */
export interface StageProbability {
  stage: string;
  /** Closed deals that reached the stage. */
  closedDeals: number;
  /** Of those, deals won. */
  wonDeals: number;
  /** wonDeals ÷ closedDeals; `null` without history for the stage. */
  probability: number | null;
}

/** Learned stage probabilities and the overall win rate deals of unknown stages fall back on. */
export interface StageProbabilities {
  stages: StageProbability[];
  /** Win rate of every closed deal. */
  overall: number | null;
}

/**
 * Stage win probabilities learned from historical stage conversion: for each
 * pipeline stage, the share of closed deals that reached it and were won.
 * A closed deal's `stage` is the last stage it reached. With `stageOrder`
 * (first to last) a deal counts for every stage up to its own and a won deal
 * for every stage; without it each stage learns from the deals closed at it.
 *
 * @example
 * stageWinProbabilities(valid.deals, { stageOrder: ['Discovery', 'Proposal', 'Negotiation'] })
 * //=> { stages: [{ stage: 'Discovery', closedDeals: 40, wonDeals: 10, probability: 0.25 }, …], overall: 0.25 }
 * @throws never
 */
export function stageWinProbabilities(deals: readonly ValidDeal[], options: StageOrderOption = {}): StageProbabilities {
  const order = options.stageOrder;
  const tallies = new Map<string, { closed: number; won: number }>();
  const tally = (stage: string): { closed: number; won: number } => {
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
    if (!order) {
      if (deal.stage === null) continue;
      const entry = tally(deal.stage);
      entry.closed++;
      if (deal.status === 'won') entry.won++;
      continue;
    }
    // Won deals went through every stage; lost deals up to the stage they were lost at.
    const reached = deal.status === 'won' ? order.length - 1 : deal.stage === null ? -1 : order.indexOf(deal.stage);
    for (const stage of order.slice(0, reached + 1)) {
      const entry = tally(stage);
      entry.closed++;
      if (deal.status === 'won') entry.won++;
    }
  }
  const names = order ?? [...tallies.keys()].sort();
  return {
    stages: names.map((stage) => {
      const { closed, won: stageWon } = tally(stage); // every name has its tally already
      return { stage, closedDeals: closed, wonDeals: stageWon, probability: ratio(stageWon, closed) };
    }),
    overall: winRate({ won, lost }),
  };
}
