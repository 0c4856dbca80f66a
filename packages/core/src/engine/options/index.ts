import type { ExactValue } from '../exact/index.js';
import { monthBoundary, parseMonthRange } from '../month/index.js';
import type { CostCategory, MonthString } from '../../types.js';

/** A half-open span of time `[start, end)` in epoch ms (UTC). */
export interface Period {
  start: number;
  end: number;
}

/** Shared option: restrict records to a period; absent means every record counts. */
export interface PeriodOption {
  period?: Period;
}

/** Shared option: gross margin as a fraction (0.8 = 80 %); default 1 (revenue taken as margin). May be negative. */
export interface GrossMarginOption {
  grossMargin?: ExactValue;
}

/** Shared option: which cost categories a spend figure sums. */
export interface CostCategoriesOption {
  categories?: readonly CostCategory[];
}

/** Shared option: the pipeline's stage order, first to last, for stages learned from history. */
export interface StageOrderOption {
  stageOrder?: readonly string[];
}

/** Shared option: weight of each usage event in an engagement score; unlisted events weigh `defaultWeight` (default 1). */
export interface EventWeightsOption {
  weights?: Readonly<Record<string, number>>;
  defaultWeight?: number;
}

/** Shared option: how many months ahead a projection goes and the season length in months. */
export interface ProjectionOption {
  horizon?: number;
  seasonLength?: number;
}

/** The sales and marketing categories: what acquiring customers costs. */
export const ACQUISITION_CATEGORIES: readonly CostCategory[] = ['sales', 'marketing'];
/** Operating cost categories: everything but exceptional and financing costs. */
export const OPERATING_CATEGORIES: readonly CostCategory[] = ['marketing', 'sales', 'service', 'operations'];

/**
 * The period covering whole months `from`..`to`: `[B(from − 1), B(to))`.
 *
 * @example
 * periodOfMonths('2024-01', '2024-03') //=> { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 3, 1) }
 * @throws {RevkitValidationError} when a month is malformed or from is after to
 */
export function periodOfMonths(from: MonthString, to: MonthString): Period {
  const range = parseMonthRange({ from, to });
  return { start: monthBoundary(range.from - 1), end: monthBoundary(range.to) };
}

/**
 * Whether an instant falls in a period (any instant when there is no period).
 *
 * @example
 * inPeriod(Date.UTC(2024, 0, 5), { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) }) //=> true
 * inPeriod(Date.UTC(2024, 1, 1), { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) }) //=> false
 * @throws never
 */
export function inPeriod(instant: number, period: Period | undefined): boolean {
  return period === undefined || (instant >= period.start && instant < period.end);
}
