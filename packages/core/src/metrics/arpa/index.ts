import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Average revenue per account: MRR ÷ paying customers, rounded to cents.
 *
 * @example
 * arpa({ mrr: '1200', customers: 40 }) //=> 30
 * arpa({ mrr: '0', customers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`arpa: input.<field> must be …`); {RangeError} when a count is negative
 */
export function arpa(input: { mrr: ExactValue; customers: number }): number | null {
  checkInput(input, 'arpa', { mrr: 'decimal', customers: 'count' });
  return moneyRatio(input.mrr, input.customers);
}
