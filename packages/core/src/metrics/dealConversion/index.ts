import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Deal conversion of a rep: deals the rep won ÷ leads assigned to the rep in
 * the same period; it reads both the sales process and the lead quality.
 *
 * @example
 * dealConversion({ wonDeals: 4, leads: 40 }) //=> 0.1
 * dealConversion({ wonDeals: 1, leads: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`dealConversion: input.<field> must be …`); {RangeError} when a count is negative
 */
export function dealConversion(input: { wonDeals: number; leads: number }): number | null {
  checkInput(input, 'dealConversion', { wonDeals: 'count', leads: 'count' });
  return ratio(input.wonDeals, input.leads);
}
