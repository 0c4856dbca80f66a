import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/**
 * Rep yield: what a sales rep signed over a period minus what the rep cost
 * over the same period (salary + business tools + related costs). A rep is
 * usually expected to sign 2 to 3 times their cost; a negative yield means
 * the rep costs more than they sign.
 *
 * @example
 * repYield({ signedRevenue: '250000', repCosts: '100000' }) //=> 150000
 * repYield({ signedRevenue: 0, repCosts: '8000' }) //=> -8000
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`repYield: input.<field> must be …`)
 */
export function repYield(input: { signedRevenue: ExactValue; repCosts: ExactValue }): number {
  checkInput(input, 'repYield', { signedRevenue: 'decimal', repCosts: 'decimal' });
  return toMoney(toExact(input.signedRevenue).minus(toExact(input.repCosts)));
}
