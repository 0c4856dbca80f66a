// No import of `../exact/` (decimal.js) here, on purpose: @revkit/react's
// RepLeaderboard reads it and the kit's bundle budget has no room for decimal.js.

/** The seeds' line for a rep's yield ÷ cost (a multiple): a rep should sign 2 to 3 times what they cost. */
export const REP_YIELD_LINE: Readonly<{ low: number; high: number }> = Object.freeze({ low: 2, high: 3 });

/** Where a rep's yield multiple stands against {@link REP_YIELD_LINE}. */
export type RepYieldBand = 'below' | 'within' | 'above';

/**
 * Where a rep's yield multiple (bookings ÷ cost) stands against the seeds'
 * 2–3× line: `below` 2, `within` 2 to 3 (both included), `above` 3; `null`
 * when the multiple is missing (no costs, zero cost) or not finite.
 *
 * @example
 * repYieldBand(1.4) //=> 'below'
 * repYieldBand(2) //=> 'within'
 * repYieldBand(4.5) //=> 'above'
 * repYieldBand(null) //=> null
 * @throws never
 */
export function repYieldBand(multiple: number | null | undefined): RepYieldBand | null {
  if (typeof multiple !== 'number' || !Number.isFinite(multiple)) return null;
  if (multiple < REP_YIELD_LINE.low) return 'below';
  return multiple > REP_YIELD_LINE.high ? 'above' : 'within';
}
