import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Cost per lead (CPL): marketing spend ÷ leads created in the same period,
 * rounded to cents.
 *
 * @example
 * costPerLead({ marketingSpend: '3000', leads: 120 }) //=> 25
 * costPerLead({ marketingSpend: '3000', leads: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`costPerLead: input.<field> must be …`); {RangeError} when a count is negative
 */
export function costPerLead(input: { marketingSpend: ExactValue; leads: number }): number | null {
  checkInput(input, 'costPerLead', { marketingSpend: 'decimal', leads: 'count' });
  return moneyRatio(input.marketingSpend, input.leads);
}
