import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Average revenue per account: MRR ÷ paying customers, rounded to cents.
 *
 * @example
 * arpa({ mrr: '1200', customers: 40 }) //=> 30
 * arpa({ mrr: '0', customers: 0 }) //=> null
 * @throws {TypeError} when `mrr` is not a decimal (`toExact: …`)
 */
export function arpa(input: { mrr: ExactValue; customers: number }): number | null {
  return moneyRatio(input.mrr, input.customers);
}
