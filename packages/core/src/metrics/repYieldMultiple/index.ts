import { checkInput } from '../../_lib/arguments/index.js';
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
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`repYieldMultiple: input.<field> must be …`)
 */
export function repYieldMultiple(input: { signedRevenue: ExactValue; repCosts: ExactValue }): number | null {
  checkInput(input, 'repYieldMultiple', { signedRevenue: 'decimal', repCosts: 'decimal' });
  return ratio(input.signedRevenue, input.repCosts);
}
