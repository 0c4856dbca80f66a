import { recordArgument } from '../../_lib/arguments/index.js';
// No import of `../exact/` (decimal.js) here, on purpose: @revkit/react's
// KpiCard calls this and its bundle budget is 6 kB gzipped, while decimal.js
// alone is about 10 kB. The inputs are report figures already rounded
// (money to cents, rates to doubles), so plain number arithmetic is enough.

/** The input of {@link periodChange}: a figure now and the same figure one period earlier. */
export interface PeriodChangeInput {
  /** The figure of the current period; `null`, `undefined` or non-finite means missing. */
  current?: number | null;
  /** The same figure one period earlier; `null`, `undefined` or non-finite means missing. */
  previous?: number | null;
}

/** The change from a previous figure to the current one. */
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
 * Period-over-period change of a figure: absolute (current − previous) and
 * relative ((current − previous) ÷ |previous|, so a smaller loss reads as a
 * rise). A missing figure (`null`, `undefined`, `NaN`, ±Infinity) gives
 * nulls; a previous figure of 0 gives a `null` relative change.
 *
 * @example
 * periodChange({ current: 110, previous: 100 }) //=> { absolute: 10, relative: 0.1 }
 * periodChange({ current: -50, previous: -100 }) //=> { absolute: 50, relative: 0.5 }
 * periodChange({ current: 5, previous: 0 }) //=> { absolute: 5, relative: null }
 * periodChange({ current: 5 }) //=> { absolute: null, relative: null }
 * @throws {TypeError} when an argument has the wrong structure (`periodChange: <argument> must be …`)
 */
export function periodChange(input: PeriodChangeInput): PeriodChange {
  const { current, previous } = recordArgument(input, 'periodChange', 'input');
  if (!isFiniteNumber(current) || !isFiniteNumber(previous)) return { absolute: null, relative: null };
  const absolute = current - previous;
  // Zero guard written inline rather than with `ratio` from `../exact/`,
  // which would pull decimal.js into the KPI card's bundle (see the top).
  return { absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}
