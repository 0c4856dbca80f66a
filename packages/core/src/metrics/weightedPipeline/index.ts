import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { ExactDecimal, scaledToExact, toExact, toMoney } from '../../engine/exact/index.js';
import type { StageProbabilities } from '../stageWinProbabilities/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';

/**
 * Stage-weighted pipeline: the expected value of the open deals, Σ amount ×
 * win probability of the deal's stage (see `stageWinProbabilities`). A deal
 * whose stage has no history uses the overall win rate; `null` when some
 * deal has no probability at all (no closed deal yet).
 *
 * @example
 * weightedPipeline(valid.deals, stageWinProbabilities(valid.deals)) //=> 48250
 * @throws {TypeError} when an argument has the wrong structure (`weightedPipeline: <argument> must be …`)
 */
export function weightedPipeline(deals: readonly ValidDeal[], probabilities: StageProbabilities): number | null {
  arrayArgument(deals, 'weightedPipeline', 'deals');
  checkInput(probabilities, 'weightedPipeline', { stages: 'array', overall: 'number | null' }, 'probabilities');
  const weighted = exactWeightedPipeline(deals, probabilities);
  return weighted === null ? null : toMoney(weighted);
}

/**
 * {@link weightedPipeline} before rounding, for forecasts built on it so they round only once.
 *
 * @example
 * exactWeightedPipeline(valid.deals, stageWinProbabilities(valid.deals))?.toNumber() //=> 48250.005
 * @throws never
 */
export function exactWeightedPipeline(deals: readonly ValidDeal[], probabilities: StageProbabilities): ExactDecimal | null {
  const byStage = new Map(probabilities.stages.map((entry) => [entry.stage, entry.probability]));
  let total = new ExactDecimal(0);
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const learned = deal.stage === null ? undefined : byStage.get(deal.stage);
    const probability = learned ?? probabilities.overall;
    if (probability === null) return null;
    total = total.plus(scaledToExact(deal.amount).times(toExact(probability)));
  }
  return total;
}
