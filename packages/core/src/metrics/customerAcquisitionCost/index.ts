import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Customer acquisition cost (CAC): (sales + marketing spend) ÷ new customers,
 * rounded to cents. Give one month's figures for the monthly CAC, a range's
 * sums for the blended CAC (the default convention: all sales and marketing
 * spend over all new customers, reactivations excluded).
 *
 * @example
 * customerAcquisitionCost({ salesAndMarketingSpend: '12000', newCustomers: 8 }) //=> 1500
 * customerAcquisitionCost({ salesAndMarketingSpend: '12000', newCustomers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`customerAcquisitionCost: input.<field> must be …`); {RangeError} when a count is negative
 */
export function customerAcquisitionCost(input: { salesAndMarketingSpend: ExactValue; newCustomers: number }): number | null {
  checkInput(input, 'customerAcquisitionCost', { salesAndMarketingSpend: 'decimal', newCustomers: 'count' });
  return moneyRatio(input.salesAndMarketingSpend, input.newCustomers);
}
