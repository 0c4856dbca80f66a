import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactValue } from '../../engine/exact/index.js';
import { customerChurnRate } from '../../metrics/customerChurnRate/index.js';
import { grossMrrChurnRate } from '../../metrics/grossMrrChurnRate/index.js';
import { grossRevenueRetention } from '../../metrics/grossRevenueRetention/index.js';
import { mrrGrowthRate } from '../../metrics/mrrGrowthRate/index.js';
import { netMrrChurnRate } from '../../metrics/netMrrChurnRate/index.js';
import { netRevenueRetention } from '../../metrics/netRevenueRetention/index.js';
import { quickRatio } from '../../metrics/quickRatio/index.js';
import type { MrrRow } from '../../types.js';

/** One month's exact totals, in any one unit (cents, or numerators over a common denominator). */
export interface MrrMonthTotals {
  /** MRR at the end of the previous month. */
  startingMrr: ExactValue;
  /** MRR at the end of the month. */
  endingMrr: ExactValue;
  /** The month's movements in the same unit, signed as in a report (contraction and churn ≤ 0). */
  movements: { new: ExactValue; expansion: ExactValue; reactivation: ExactValue; contraction: ExactValue; churn: ExactValue };
  /** Customers at the end of the previous month. */
  startingCustomers: number;
  /** Customers lost in the month. */
  churnedCustomers: number;
}

/** The rates of a report row. */
export type MrrRowRates = Pick<
  MrrRow,
  'customerChurnRate' | 'grossMrrChurnRate' | 'netMrrChurnRate' | 'nrr' | 'grr' | 'quickRatio' | 'mrrGrowthRate'
>;

/**
 * Every rate of a report's `mrr[]` row, from the month's exact totals: the
 * one place that says which metric gives which field, shared by
 * `buildReport` and engines that sum in SQL. A zero denominator gives `null`.
 *
 * @example
 * mrrRowRates({ startingMrr: 1000n, endingMrr: 1100n, movements: { new: 100n, expansion: 50n, reactivation: 0n, contraction: 0n, churn: -50n }, startingCustomers: 10, churnedCustomers: 1 }).nrr //=> 1
 * @throws {TypeError} when an argument has the wrong structure (`mrrRowRates: <argument> must be …`)
 */
export function mrrRowRates(totals: MrrMonthTotals): MrrRowRates {
  checkInput(totals, 'mrrRowRates', { startingMrr: 'decimal', endingMrr: 'decimal', movements: 'object?', startingCustomers: 'count', churnedCustomers: 'count' }, 'totals');
  const { startingMrr, endingMrr, movements } = totals;
  checkInput(movements, 'mrrRowRates', { new: 'decimal', expansion: 'decimal', reactivation: 'decimal', contraction: 'decimal', churn: 'decimal' }, 'totals.movements');
  return {
    customerChurnRate: customerChurnRate({
      churnedCustomers: totals.churnedCustomers,
      startingCustomers: totals.startingCustomers,
    }),
    grossMrrChurnRate: grossMrrChurnRate({ startingMrr, ...movements }),
    netMrrChurnRate: netMrrChurnRate({ startingMrr, ...movements }),
    nrr: netRevenueRetention({ startingMrr, ...movements }),
    grr: grossRevenueRetention({ startingMrr, ...movements }),
    quickRatio: quickRatio(movements),
    mrrGrowthRate: mrrGrowthRate({ startingMrr, endingMrr }),
  };
}
