import { isMrrMovement, MRR_MOVEMENTS, printable, type BreakdownSelection, type CustomerBreakdown, type MonthString } from '@revkit/core';
import { renderTable } from '../table.js';

/** What `--detail` takes, for its usage and its error message. */
export const DETAIL_SPEC = `MONTH:FIGURE (FIGURE: mrr, ${MRR_MOVEMENTS.join(', ')}) or cohort:MONTH:K`;

/**
 * Reads `--detail`: `2024-03:churn` (a month's movement or MRR) or
 * `cohort:2024-01:3` (a cohort cell, K months after). Months are checked by
 * core with the report's range; this only splits the parts.
 *
 * @returns the selection, or the usage problem as text
 */
export function parseDetail(value: string): BreakdownSelection | string {
  const parts = value.split(':');
  if (parts.length === 3 && parts[0] === 'cohort') {
    const k = Number(parts[2]);
    return { figure: 'cohort', cohort: parts[1] as MonthString, monthsSince: /^\d+$/.test(parts[2] ?? '') ? k : Number.NaN };
  }
  const [month, figure] = parts;
  if (parts.length !== 2 || month === undefined || (figure !== 'mrr' && !isMrrMovement(figure))) {
    return `--detail: must be ${DETAIL_SPEC}, got "${printable(value)}"`;
  }
  return isMrrMovement(figure) ? { figure, month: month as MonthString } : { figure: 'mrr', month: month as MonthString };
}

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The customers behind a figure as a text table, the total under it. */
export function formatBreakdownTable(breakdown: CustomerBreakdown, currency: string): string {
  const months = breakdown.from === breakdown.to ? breakdown.to : `${breakdown.from} → ${breakdown.to}`;
  const title =
    breakdown.figure === 'cohort'
      ? `Cohort ${breakdown.from}, ${months}: ${breakdown.customers.filter((row) => row.paying).length} of ${breakdown.customers.length} customers paying`
      : `${breakdown.figure === 'mrr' ? 'MRR' : breakdown.figure} · ${months} · ${breakdown.customers.length} customers`;
  const table = renderTable(
    ['Customer', 'MRR before', 'MRR after', breakdown.figure === 'cohort' ? 'Retained MRR' : 'Amount'],
    [
      ...breakdown.customers.map((row) => [row.customerId, money.format(row.before), money.format(row.after), money.format(row.amount)]),
      ['Total', '', '', money.format(breakdown.total)],
    ],
  );
  return `${title} · money in ${currency}\n${table}\n`;
}
