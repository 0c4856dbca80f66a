import { checkInput } from '../../_lib/arguments/index.js';
import { ExactDecimal, ratio } from '../../engine/exact/index.js';

/**
 * Win rate: won deals ÷ closed deals (won + lost). Open deals do not count.
 *
 * @example
 * winRate({ won: 1, lost: 2 }) //=> 0.3333333333333333
 * winRate({ won: 0, lost: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`winRate: input.<field> must be …`); {RangeError} when a count is negative
 */
export function winRate(input: { won: number; lost: number }): number | null {
  checkInput(input, 'winRate', { won: 'count', lost: 'count' });
  return ratio(input.won, input.won + input.lost);
}

/**
 * {@link winRate} as an exact decimal, for figures built on it (pipeline
 * velocity) so they are rounded once, at the edge: the same definition.
 *
 * @example
 * exactWinRate({ won: 1, lost: 2 })?.toString() //=> '0.33333333333333333333…'
 * exactWinRate({ won: 0, lost: 0 }) //=> null
 * @throws never
 */
export function exactWinRate(input: { won: number; lost: number }): ExactDecimal | null {
  const closed = input.won + input.lost;
  return closed === 0 ? null : new ExactDecimal(input.won).div(closed);
}
