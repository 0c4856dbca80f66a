import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Revenue churn rate: MRR lost with customers that left ÷ MRR at the start,
 * −churn ÷ starting MRR. Unlike the gross MRR churn rate it leaves
 * contraction out, so it reads side by side with the logo (customer) churn
 * rate: revenue churn above logo churn means the larger accounts leave.
 *
 * @example
 * revenueChurnRate({ startingMrr: 10000, churn: -300 }) //=> 0.03
 * revenueChurnRate({ startingMrr: 0, churn: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`revenueChurnRate: input.<field> must be …`)
 */
export function revenueChurnRate(input: { startingMrr: ExactValue; churn: ExactValue }): number | null {
  checkInput(input, 'revenueChurnRate', { startingMrr: 'decimal', churn: 'decimal' });
  return ratio(toExact(input.churn).neg(), input.startingMrr);
}
