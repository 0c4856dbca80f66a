import { recordArgument, validDatasetArgument } from '../../_lib/arguments/index.js';
import { RevkitValidationError, type ValidationIssue } from '../../engine/errors/index.js';
import { roundQuotient, roundScaled } from '../../engine/exact/index.js';
import { monthlyAmountFraction, overCommonDenominator } from '../../engine/ledger/index.js';
import { formatMonth, monthOfInstant, monthProblem, parseMonth } from '../../engine/month/index.js';
import { subscriptionColumnsOf } from '../../engine/subscriptionColumns/index.js';
import { validateDataset, type ValidDataset } from '../../engine/validate/index.js';
import type { MonthRangeOptions, MonthString, MrrMovement } from '../../types.js';
import { reportRange } from '../buildReport/index.js';
import { isMrrMovement, MRR_MOVEMENTS } from '../../display/mrrMovements/index.js';

/** What a breakdown explains: a month's MRR, a movement summed over months, or a cohort cell. */
export type BreakdownSelection =
  | {
      /** MRR at the end of `month`. */
      figure: 'mrr';
      month: MonthString;
    }
  | {
      /** One of the five movements. */
      figure: MrrMovement;
      /** The movement of one month… */
      month?: MonthString;
      /** …or summed from `from` to `to` (a range bridge's step). */
      from?: MonthString;
      to?: MonthString;
    }
  | {
      /** A cohort cell: the customers first paying in `cohort`, their MRR `monthsSince` months later. */
      figure: 'cohort';
      cohort: MonthString;
      monthsSince: number;
    };

/** One customer's part of a figure. */
export interface CustomerBreakdownRow {
  customerId: string;
  /** MRR at the end of the month before the selection's first month (a cohort cell: at the end of the cohort month), to the cent. */
  before: number;
  /** MRR at the end of the selection's last month, to the cent. */
  after: number;
  /**
   * The customer's part of the figure, in cents apportioned from the exact
   * values so the rows sum exactly to `total` (largest remainder).
   */
  amount: number;
  /** Whether the customer pays at the end of the selection's last month (exact MRR > 0, even below half a cent). */
  paying: boolean;
}

/** The customers behind a figure of the report. */
export interface CustomerBreakdown {
  figure: BreakdownSelection['figure'];
  /** First and last month the figure covers (a cohort cell: the cohort month and `cohort + monthsSince`). */
  from: MonthString;
  to: MonthString;
  /** The figure, rounded once from the exact sum: equal to the report's. */
  total: number;
  /** Customers with a part in the figure, largest part first (a cohort lists every member, lost ones at 0). */
  customers: CustomerBreakdownRow[];
}

/**
 * Which customers make up a figure of the report, with their MRR before and
 * after: a month's MRR, a movement (new, expansion, reactivation,
 * contraction, churn) of a month or summed over months, or a cohort cell.
 * The same rules as the report (end-of-month snapshot, point in time at the
 * end of the report range), so `total` is the report's figure and the rows'
 * `amount`s sum to it exactly. It reads the data once per call: nothing of
 * it runs when building a report.
 *
 * @param dataset the dataset, as parsed from JSON (validated like `buildReport`)
 * @param selection the figure to explain
 * @param options the report's range (`from`/`to`), so the selection reads what the report read
 * @example
 * const churned = customerBreakdown(dataset, { figure: 'churn', month: '2024-06' })
 * churned.total //=> -1250.5, as report.mrr's June row
 * churned.customers[0] //=> { customerId: 'cus_42', before: 500, after: 0, amount: -500 }
 * @throws {RevkitValidationError} when the dataset, the range or the selection is invalid (paths under `detail`)
 */
export function customerBreakdown(dataset: unknown, selection: BreakdownSelection, options: MonthRangeOptions = {}): CustomerBreakdown {
  return customerBreakdownFromValid(validateDataset(dataset), selection, options);
}

/**
 * {@link customerBreakdown} for a dataset already checked by `validateDataset`
 * (a dashboard keeps it to drill down without validating again).
 *
 * @example
 * const valid = validateDataset(json)
 * customerBreakdownFromValid(valid, { figure: 'cohort', cohort: '2024-01', monthsSince: 3 })
 * @throws {RevkitValidationError} when the range or the selection is invalid
 * @throws {TypeError} when an argument has the wrong structure (`customerBreakdownFromValid: <argument> must be …`)
 */
export function customerBreakdownFromValid(valid: ValidDataset, selection: BreakdownSelection, options: MonthRangeOptions = {}): CustomerBreakdown {
  validDatasetArgument(valid, 'customerBreakdownFromValid');
  recordArgument(selection, 'customerBreakdownFromValid', 'selection');
  recordArgument(options, 'customerBreakdownFromValid', 'options');
  const range = reportRange(valid, options);
  const window = selectedMonths(selection, range);
  const columns = subscriptionColumnsOf(valid);
  const { denominator, numerators } = overCommonDenominator(columns.termsTable.map((terms) => monthlyAmountFraction(terms)));
  const customerCount = columns.customerIds.length;

  // Each customer's MRR at the end of every month from first − 1 to last, and
  // whether it paid at the end of any month before that (new vs reactivation).
  const first = window.from - 1;
  const length = window.to - first + 1;
  const timelines = new Map<number, bigint[]>();
  const paidBefore = new Uint8Array(customerCount);
  const firstPaid = new Float64Array(customerCount).fill(Infinity);
  for (let i = 0; i < columns.count; i++) {
    const numerator = numerators[columns.terms[i] as number] as bigint;
    const active = monthOfInstant(columns.start[i] as number);
    const endInstant = columns.end[i] as number;
    const until = endInstant === Infinity ? Infinity : monthOfInstant(endInstant);
    if (until <= active || numerator === 0n) continue;
    const customer = columns.customer[i] as number;
    if (active < (firstPaid[customer] as number)) firstPaid[customer] = active;
    if (active < Math.min(until, first)) paidBefore[customer] = 1;
    const from = Math.max(active - first, 0);
    const to = Math.min(until - first, length);
    if (to <= from) continue;
    let timeline = timelines.get(customer);
    if (timeline === undefined) {
      timeline = new Array<bigint>(length).fill(0n);
      timelines.set(customer, timeline);
    }
    for (let m = from; m < to; m++) timeline[m] = (timeline[m] as bigint) + numerator;
  }

  const parts: { customer: number; before: bigint; after: bigint; part: bigint }[] = [];
  for (const [customer, timeline] of timelines) {
    let before = timeline[0] as bigint;
    const after = timeline[length - 1] as bigint;
    let part: bigint;
    if (selection.figure === 'cohort') {
      if (firstPaid[customer] !== window.from) continue;
      before = timeline[1] as bigint;
      part = after;
    } else if (selection.figure === 'mrr') {
      part = after;
      if (part === 0n) continue;
    } else {
      part = movementOf(selection.figure, timeline, paidBefore[customer] === 1);
      if (part === 0n) continue;
    }
    parts.push({ customer, before, after, part });
  }

  const exactTotal = parts.reduce((sum, { part }) => sum + part, 0n);
  const cents = apportionCents(
    parts.map(({ part }) => part),
    denominator,
  );
  const money = (numerator: bigint) => roundQuotient(numerator, denominator);
  const rows = parts.map(({ customer, before, after }, index) => ({
    customerId: columns.customerIds[customer] as string,
    before: money(before),
    after: money(after),
    amount: roundQuotient(cents[index] as bigint, 100n),
    paying: after > 0n,
  }));
  rows.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return {
    figure: selection.figure,
    from: formatMonth(window.from),
    to: formatMonth(window.to),
    total: money(exactTotal),
    customers: rows,
  };
}

/** The months a selection covers, checked against the report range (nothing after its end is known). */
function selectedMonths(selection: BreakdownSelection, range: { from: number; to: number }): { from: number; to: number } {
  const issues: ValidationIssue[] = [];
  const month = (path: string, value: unknown): number | null => {
    const parsed = parseMonth(value);
    if (parsed === null) issues.push({ path: `detail.${path}`, message: monthProblem(value) });
    else if (parsed > range.to) issues.push({ path: `detail.${path}`, message: `must not be after the report's last month ${formatMonth(range.to)}` });
    return parsed;
  };
  let window: { from: number | null; to: number | null } = { from: null, to: null };
  if (selection.figure === 'cohort') {
    const cohort = month('cohort', selection.cohort);
    if (cohort !== null && cohort < range.from) {
      issues.push({ path: 'detail.cohort', message: `must not be before the report's first month ${formatMonth(range.from)}` });
    }
    const k = selection.monthsSince;
    if (!Number.isInteger(k) || k < 0) issues.push({ path: 'detail.monthsSince', message: `must be a whole number ≥ 0, got ${JSON.stringify(k)}` });
    else if (cohort !== null && cohort + k > range.to) {
      issues.push({ path: 'detail.monthsSince', message: `must not reach past the report's last month ${formatMonth(range.to)}` });
    }
    window = { from: cohort, to: cohort === null ? null : cohort + k };
  } else if (selection.figure === 'mrr') {
    const at = month('month', selection.month);
    window = { from: at, to: at };
  } else if (isMrrMovement(selection.figure)) {
    if (selection.month !== undefined) {
      const at = month('month', selection.month);
      window = { from: at, to: at };
    } else {
      const from = selection.from === undefined ? range.from : month('from', selection.from);
      const to = selection.to === undefined ? range.to : month('to', selection.to);
      if (from !== null && to !== null && from > to) issues.push({ path: 'detail.from', message: 'must not be after detail.to' });
      window = { from, to };
    }
  } else {
    issues.push({
      path: 'detail.figure',
      message: `must be one of mrr, ${MRR_MOVEMENTS.join(', ')}, cohort, got ${JSON.stringify((selection as { figure: unknown }).figure)}`,
    });
  }
  if (issues.length > 0 || window.from === null || window.to === null) throw new RevkitValidationError(issues);
  return { from: window.from, to: window.to };
}

/** A customer's part of one movement over its timeline (entry 0 is the month before), by the ledger's rules. */
function movementOf(figure: MrrMovement, timeline: readonly bigint[], paidBefore: boolean): bigint {
  let everPaid = paidBefore || (timeline[0] as bigint) > 0n;
  let part = 0n;
  for (let m = 1; m < timeline.length; m++) {
    const previous = timeline[m - 1] as bigint;
    const current = timeline[m] as bigint;
    let kind: MrrMovement | null = null;
    if (current > 0n && previous === 0n) kind = everPaid ? 'reactivation' : 'new';
    else if (current > 0n && current > previous) kind = 'expansion';
    else if (current > 0n && current < previous) kind = 'contraction';
    else if (current === 0n && previous > 0n) kind = 'churn';
    if (kind === figure) part += current - previous;
    if (current > 0n) everPaid = true;
  }
  return part;
}

/**
 * Cents for each part so that they sum to the rounded total: each part's
 * cents rounded toward zero, then the missing cents to the largest
 * remainders (ties to the earlier part). Parts share one sign.
 */
function apportionCents(parts: readonly bigint[], denominator: bigint): bigint[] {
  const total = parts.reduce((sum, part) => sum + part, 0n);
  const sign = total < 0n ? -1n : 1n;
  const magnitudes = parts.map((part) => part * sign * 100n);
  const cents = magnitudes.map((m) => m / denominator);
  let missing = roundScaled(total * sign, denominator) - cents.reduce((sum, c) => sum + c, 0n);
  const byRemainder = magnitudes.map((m, index) => ({ index, remainder: m % denominator }));
  byRemainder.sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const { index } of byRemainder) {
    if (missing <= 0n) break;
    cents[index] = (cents[index] as bigint) + 1n;
    missing--;
  }
  return cents.map((c) => c * sign);
}
