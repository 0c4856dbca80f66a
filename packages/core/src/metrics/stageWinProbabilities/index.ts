import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import { winRate } from '../winRate/index.js';
import { dealColumnsOf, OPEN, WON, type DealColumns } from '../../_lib/dealColumns/index.js';
import { checkRows, itemAt } from '../../_lib/itemAt/index.js';

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
 * @throws {TypeError} when an argument has the wrong structure (`stageWinProbabilities: <argument> must be …`)
 */
export function stageWinProbabilities(deals: readonly ValidDeal[], options: StageOrderOption = {}): StageProbabilities {
  arrayArgument(deals, 'stageWinProbabilities', 'deals');
  checkInput(options, 'stageWinProbabilities', { stageOrder: 'array?' }, 'options');
  return stageWinProbabilitiesAt(dealColumnsOf(deals, 'stageWinProbabilities'), Number.POSITIVE_INFINITY, options.stageOrder);
}

/**
 * {@link stageWinProbabilities} of the deals as known at `instant` (as `knownAt` cuts them: created
 * before it, a deal closed at or after it still open), read from the deals' columns in one pass with
 * no object per deal: the RevOps report learns from the whole deals' kept columns at the end of its range.
 *
 * @example
 * stageWinProbabilitiesAt(dealColumnsOf(valid.deals), monthBoundary(parseMonth('2025-06')!), undefined).overall //=> 0.25
 * @throws never
 */
export function stageWinProbabilitiesAt(columns: DealColumns, instant: number, order: readonly string[] | undefined): StageProbabilities {
  return probabilitiesOfTallies(columns.stages, stageTallies(columns, instant, order), order);
}

/**
 * {@link stageWinProbabilitiesAt} of tallies already counted (see {@link StageTallies}): the RevOps report
 * reads them from the bookings forecast's pass over the deals, at the end of its range.
 *
 * @param stages the stage names by stage number
 * @example
 * probabilitiesOfTallies(['Demo'], { known: Uint8Array.of(1), closed: Int32Array.of(4), won: Int32Array.of(1), lostReached: new Int32Array(0), wonTotal: 1, lostTotal: 3 }, undefined)
 * //=> { stages: [{ stage: 'Demo', closedDeals: 4, wonDeals: 1, probability: 0.25 }], overall: 0.25 }
 * @throws never
 */
export function probabilitiesOfTallies(stages: readonly string[], tallies: StageTallies, order: readonly string[] | undefined): StageProbabilities {
  let names: readonly string[];
  const closedOf = new Map<string, number>();
  const wonOf = new Map<string, number>();
  if (order === undefined) {
    // Every stage of a known deal, open or closed, in name order.
    names = stages.filter((_, s) => tallies.known[s] === 1).sort();
    stages.forEach((stage, s) => {
      closedOf.set(stage, tallies.closed[s] ?? 0);
      wonOf.set(stage, tallies.won[s] ?? 0);
    });
  } else {
    // A won deal reached every entry of the order, a lost one the entries up to its stage's first: entry j
    // counts the won deals and the lost ones that reached j or later, and a name repeated counts each entry.
    names = order;
    let lostFrom = 0;
    for (let j = order.length - 1; j >= 0; j--) {
      lostFrom += tallies.lostReached[j] ?? 0;
      const stage = itemAt(order, j, 'stageWinProbabilitiesAt');
      closedOf.set(stage, (closedOf.get(stage) ?? 0) + tallies.wonTotal + lostFrom);
      wonOf.set(stage, (wonOf.get(stage) ?? 0) + tallies.wonTotal);
    }
  }
  return {
    stages: names.map((stage) => {
      const closed = closedOf.get(stage) ?? 0;
      const won = wonOf.get(stage) ?? 0;
      return { stage, closedDeals: closed, wonDeals: won, probability: ratio(won, closed) };
    }),
    overall: winRate({ won: tallies.wonTotal, lost: tallies.lostTotal }),
  };
}

/** What {@link stageWinProbabilitiesAt} counts, per stage number (or, with an order, per order entry). */
export interface StageTallies {
  /** 1 for a stage of a deal known at the instant. */
  known: Uint8Array;
  /** Without an order: closed and won deals per stage. */
  closed: Int32Array;
  won: Int32Array;
  /** With an order: lost deals per order entry their stage first appears at. */
  lostReached: Int32Array;
  wonTotal: number;
  lostTotal: number;
}

// One tight loop over typed arrays (no object per deal, no Map): it runs once per dataset, mostly before
// the optimizing compiler has seen it.
function stageTallies(columns: DealColumns, instant: number, order: readonly string[] | undefined): StageTallies {
  const caller = 'stageWinProbabilitiesAt';
  const { count, createdAt, closedAt, status, stage, stages } = columns;
  // Per stage number: the first entry of the order with its name (−1 when not in it).
  const entryOf = Int32Array.from(stages, (name) => (order === undefined ? -1 : order.indexOf(name)));
  const known = new Uint8Array(stages.length);
  const closed = new Int32Array(stages.length);
  const won = new Int32Array(stages.length);
  const lostReached = new Int32Array(order === undefined ? 0 : order.length);
  let wonTotal = 0;
  let lostTotal = 0;
  checkRows([createdAt, closedAt, status, stage], count, caller);
  // Plain reads (checked above; see checkRows); stage numbers and order entries index their tallies by construction.
  for (let row = 0; row < count; row++) {
    if (!((createdAt[row] ?? NaN) < instant)) continue;
    const s = stage[row] ?? -1;
    if (s >= 0) known[s] = 1;
    const outcome = status[row] ?? OPEN;
    // Closed at or after the instant: still open then (as `knownAt` cuts it).
    if (outcome === OPEN || (closedAt[row] ?? NaN) >= instant) continue;
    if (outcome === WON) wonTotal++;
    else {
      lostTotal++;
      const entry = s < 0 ? -1 : (entryOf[s] ?? -1);
      if (entry >= 0) lostReached[entry] = (lostReached[entry] ?? 0) + 1;
    }
    if (s < 0) continue;
    closed[s] = (closed[s] ?? 0) + 1;
    if (outcome === WON) won[s] = (won[s] ?? 0) + 1;
  }
  return { known, closed, won, lostReached, wonTotal, lostTotal };
}
