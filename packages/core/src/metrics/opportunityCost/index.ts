import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Opportunity cost: what creating one sales opportunity costs, (sales
 * salaries + marketing actions + related costs) ÷ opportunities created, to
 * cents. The spend is the sales and marketing costs of the period.
 *
 * @example
 * opportunityCost({ salesAndMarketingSpend: '20000', opportunities: 40 }) //=> 500
 * opportunityCost({ salesAndMarketingSpend: '20000', opportunities: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`opportunityCost: input.<field> must be …`); {RangeError} when a count is negative
 */
export function opportunityCost(input: { salesAndMarketingSpend: ExactValue; opportunities: number }): number | null {
  checkInput(input, 'opportunityCost', { salesAndMarketingSpend: 'decimal', opportunities: 'count' });
  return moneyRatio(input.salesAndMarketingSpend, input.opportunities);
}
