/**
 * Whole cents for exact amounts that must add up to a total in whole cents,
 * by largest remainder: each amount gets its cents rounded down, then the
 * cents left to reach `totalCents` go one each to the amounts with the
 * largest fractional cent, ties to the earlier amount. Each result is then
 * its exact amount rounded down or up (within one cent of it, never past it
 * to the other side of zero) and the results add up to `totalCents` exactly,
 * so a bridge of rounded figures balances with no rounding step.
 *
 * @param numerators the amounts, in money units, over `denominator` (exact: any size)
 * @param denominator the amounts' common denominator, > 0
 * @param totalCents the whole cents the results must add up to
 * @example
 * // A third of a euro three times (33.33… cents each) to a total of one euro
 * apportionCents([100n, 100n, 100n], 300n, 100n) //=> [34n, 33n, 33n]
 * // 1.5 and −0.3 cents to a total of 1 cent: −0.3 has the larger fractional cent (0.7)
 * apportionCents([15n, -3n], 1000n, 1n) //=> [1n, 0n]
 * @throws {RangeError} when the denominator is not positive, or when no choice
 * of each amount rounded down or up adds up to `totalCents` (the total is a
 * cent or more away from the amounts' exact sum)
 */
export function apportionCents(numerators: readonly bigint[], denominator: bigint, totalCents: bigint): bigint[] {
  if (denominator <= 0n) throw new RangeError(`apportionCents: the denominator must be positive, got ${denominator}`);
  const cents: bigint[] = [];
  const remainders: bigint[] = [];
  let floorSum = 0n;
  for (const numerator of numerators) {
    const scaled = numerator * 100n;
    // BigInt division truncates toward zero; a negative amount's floor is one lower when it leaves a remainder.
    let floor = scaled / denominator;
    if (scaled < 0n && floor * denominator !== scaled) floor -= 1n;
    cents.push(floor);
    // In [0, denominator): the fractional cent, over the common denominator, so remainders compare as integers.
    remainders.push(scaled - floor * denominator);
    floorSum += floor;
  }
  const left = totalCents - floorSum;
  // Only an amount with a fractional cent can take one more and stay within a cent of itself.
  const fractional = remainders.flatMap((remainder, index) => (remainder > 0n ? [index] : []));
  if (left < 0n || left > BigInt(fractional.length)) {
    throw new RangeError(
      `apportionCents: ${totalCents} cents is not within one cent of the amounts' exact sum (${floorSum} cents rounded down, ${fractional.length} with a fractional cent)`,
    );
  }
  // Largest fractional cent first; a stable sort keeps equal ones in input order, the deterministic tie-break.
  fractional.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra > rb ? -1 : ra < rb ? 1 : 0;
  });
  for (const index of fractional.slice(0, Number(left))) cents[index] = (cents[index] ?? 0n) + 1n;
  return cents;
}
