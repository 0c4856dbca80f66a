import { recordArgument } from '../../_lib/arguments/index.js';
// No import of `../exact/` (decimal.js) here, on purpose: @revkit/react's
// KpiCard calls this and its bundle budget is 6 kB gzipped (see periodChange).
import type { MetricPolarity } from '../../catalog/types.js';

/** The input of {@link targetProgress}. */
export interface TargetProgressInput {
  /** The figure now; `null`, `undefined` or non-finite means missing. */
  value?: number | null;
  /** The goal for the figure; `null`, `undefined` or non-finite means missing. */
  target?: number | null;
  /**
   * Which side of the target is good. `'neutral'` is read as
   * `'higher-is-better'`. @default 'higher-is-better'
   */
  polarity?: MetricPolarity;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Progress towards a target, as a share where 1 means the target is met
 * exactly: 1 + (how far the value is past the target on the good side) ÷
 * |target|. For a positive target and higher-is-better that is simply
 * value ÷ target. A negative target is measured the same way, so a loss
 * smaller than the target loss is above 1; for lower-is-better, a value under
 * the target is above 1 (2 − value ÷ target for a positive target). Values
 * beyond the target give more than 1, values far on the wrong side below 0:
 * clamp for a progress bar. `null` when the value or the target is missing,
 * or the target is 0 (zero denominator: no scale to measure against).
 *
 * @example
 * targetProgress({ value: 75, target: 100 }) //=> 0.75
 * targetProgress({ value: 120, target: 100 }) //=> 1.2
 * targetProgress({ value: -500, target: -1000 }) //=> 1.5 (lost half of the loss allowed)
 * targetProgress({ value: 0.03, target: 0.02, polarity: 'lower-is-better' }) //=> 0.5
 * targetProgress({ value: 5, target: 0 }) //=> null
 * @throws {TypeError} when an argument has the wrong structure (`targetProgress: <argument> must be …`)
 */
export function targetProgress(input: TargetProgressInput): number | null {
  const { value, target, polarity } = recordArgument(input, 'targetProgress', 'input');
  if (!isFiniteNumber(value) || !isFiniteNumber(target) || target === 0) return null;
  const pastTarget = polarity === 'lower-is-better' ? target - value : value - target;
  // Inline zero guard rather than `ratio` from `../exact/` (decimal.js, see the top).
  const progress = 1 + pastTarget / Math.abs(target);
  return Object.is(progress, -0) ? 0 : progress;
}
