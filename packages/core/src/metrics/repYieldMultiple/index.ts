import { ratio, type ExactValue } from '../../engine/exact/index.js';

/**
 * Rep yield as a multiple of cost: what a rep signed over a period ÷ what
 * the rep cost over it (salary + tools + related costs). The seeds expect a
 * rep to sign 2 to 3 times their cost. `null` when the rep cost nothing
 * (zero denominator).
 *
 * @example
 * repYieldMultiple({ signedRevenue: '250000', repCosts: '100000' }) //=> 2.5
 * repYieldMultiple({ signedRevenue: '1000', repCosts: 0 }) //=> null
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function repYieldMultiple(input: { signedRevenue: ExactValue; repCosts: ExactValue }): number | null {
  return ratio(input.signedRevenue, input.repCosts);
}
