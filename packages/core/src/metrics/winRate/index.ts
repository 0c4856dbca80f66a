import { ratio } from '../../engine/exact/index.js';

/**
 * Win rate: won deals ÷ closed deals (won + lost). Open deals do not count.
 *
 * @example
 * winRate({ won: 1, lost: 2 }) //=> 0.3333333333333333
 * winRate({ won: 0, lost: 0 }) //=> null
 * @throws never
 */
export function winRate(input: { won: number; lost: number }): number | null {
  return ratio(input.won, input.won + input.lost);
}
