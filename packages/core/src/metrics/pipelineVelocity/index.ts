import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/**
 * Pipeline velocity, money per day: open deals × average deal size × win rate
 * ÷ average sales cycle in days. `null` when a factor is missing or the cycle
 * is zero days long.
 *
 * @example
 * pipelineVelocity({ openDeals: 4, averageDealSize: '999.99', winRate: 0.25, averageSalesCycleDays: 10 }) //=> 100
 * pipelineVelocity({ openDeals: 4, averageDealSize: null, winRate: 0.5, averageSalesCycleDays: 10 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`pipelineVelocity: input.<field> must be …`); {RangeError} when a count is negative
 */
export function pipelineVelocity(input: {
  openDeals: number;
  averageDealSize: ExactValue | null;
  winRate: ExactValue | null;
  averageSalesCycleDays: ExactValue | null;
}): number | null {
  checkInput(input, 'pipelineVelocity', { openDeals: 'count', averageDealSize: 'decimal | null', winRate: 'decimal | null', averageSalesCycleDays: 'decimal | null' });
  const { averageDealSize, winRate, averageSalesCycleDays } = input;
  if (averageDealSize === null || winRate === null || averageSalesCycleDays === null) return null;
  const cycle = toExact(averageSalesCycleDays);
  if (cycle.isZero()) return null;
  return toMoney(toExact(averageDealSize).times(input.openDeals).times(toExact(winRate)).div(cycle));
}
