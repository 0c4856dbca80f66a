import { recordsArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, exactDivide, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/** One month of a range: its recurring revenue (the month's MRR) and the accounts paying at its end. */
export interface MonthRevenue {
  revenue: ExactValue;
  accounts: number;
}

/**
 * ARPA over a range (a quarter, a semester): the revenue of the range ÷ the
 * average number of accounts over it (the mean of the month-end counts), as
 * the seeds define it. Over one month it is the monthly ARPA; over a quarter
 * it is about three times that. `null` for an empty range or one without
 * accounts (zero denominator).
 *
 * @example
 * arpaOverRange([{ revenue: 1000, accounts: 10 }, { revenue: 1200, accounts: 12 }, { revenue: 1100, accounts: 11 }]) //=> 300
 * @throws {TypeError} when `months` is not an array of `{ revenue, accounts }` (`arpaOverRange: months[2].revenue must be …`); {RangeError} when an account count is negative
 */
export function arpaOverRange(months: readonly MonthRevenue[]): number | null {
  recordsArgument(months, 'arpaOverRange', 'months', { revenue: 'decimal', accounts: 'count' });
  let revenue = new ExactDecimal(0);
  let accountMonths = 0;
  for (const month of months) {
    revenue = revenue.plus(toExact(month.revenue));
    accountMonths += month.accounts;
  }
  if (accountMonths === 0) return null;
  // revenue ÷ (accountMonths ÷ n) = n × revenue ÷ accountMonths, rounded once.
  return toMoney(exactDivide(revenue.times(months.length), new ExactDecimal(accountMonths)));
}
