import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Cost per lead (CPL): marketing spend ÷ leads created in the same period,
 * rounded to cents.
 *
 * @example
 * costPerLead({ marketingSpend: '3000', leads: 120 }) //=> 25
 * costPerLead({ marketingSpend: '3000', leads: 0 }) //=> null
 * @throws {TypeError} when the spend is not a decimal (`toExact: …`)
 */
export function costPerLead(input: { marketingSpend: ExactValue; leads: number }): number | null {
  return moneyRatio(input.marketingSpend, input.leads);
}
