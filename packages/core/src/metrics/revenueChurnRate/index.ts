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
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function revenueChurnRate(input: { startingMrr: ExactValue; churn: ExactValue }): number | null {
  return ratio(toExact(input.churn).neg(), input.startingMrr);
}
