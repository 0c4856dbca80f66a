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
 * @throws {TypeError} when the spend is not a decimal (`toExact: …`)
 */
export function opportunityCost(input: { salesAndMarketingSpend: ExactValue; opportunities: number }): number | null {
  return moneyRatio(input.salesAndMarketingSpend, input.opportunities);
}
