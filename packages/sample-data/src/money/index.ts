/**
 * Formats integer cents as a decimal string with two places, the exact form
 * money takes in a dataset.
 *
 * @example
 * formatCents(4990) //=> '49.90'
 * formatCents(5) //=> '0.05'
 * @throws {RangeError} when cents is not a safe integer ≥ 0
 */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`formatCents: expected integer cents ≥ 0, got ${cents}`);
  const units = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${units}.${rest < 10 ? '0' : ''}${rest}`;
}
