// Candidate for @revkit/core: a period-over-period comparison. It lives here
// only until core exports one; it is pure and has its zero-denominator test.

/** The change from a previous value to the current one. */
export interface PeriodChange {
  /** current − previous; `null` when either is missing. */
  absolute: number | null;
  /** (current − previous) ÷ |previous|; `null` when either is missing or previous is 0. */
  relative: number | null;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Compares a value with the previous period's.
 *
 * @example
 * periodChange(110, 100) //=> { absolute: 10, relative: 0.1 }
 * periodChange(5, 0) //=> { absolute: 5, relative: null }
 */
export function periodChange(current: number | null | undefined, previous: number | null | undefined): PeriodChange {
  if (!isFiniteNumber(current) || !isFiniteNumber(previous)) return { absolute: null, relative: null };
  const absolute = current - previous;
  return { absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}
