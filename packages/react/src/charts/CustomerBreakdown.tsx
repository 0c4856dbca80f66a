'use client';
import { forwardRef, useId, useMemo, useState } from 'react';
import type { CustomerBreakdown as Breakdown, CustomerBreakdownRow } from '@revkit/core';
import type { Messages } from '../format/messages.js';
import type { Formatters } from '../format/formatters.js';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartState } from './ChartFrame.js';
import { DataTable, sortRows, type DataTableColumn, type TableSort } from './DataTable.js';
import { errorText, type RootAttributes, type StateProps } from './states.js';
import { useControllableState } from './useControllableState.js';

/** The columns a {@link CustomerBreakdown} sorts by. */
export type CustomerBreakdownColumn = 'customer' | 'before' | 'after' | 'amount';

/** How a {@link CustomerBreakdown} is sorted. */
export interface CustomerBreakdownSort extends TableSort {
  /** The sorted column. */
  column: CustomerBreakdownColumn;
}

/** What each column sorts by: the row's own figures, so a sort depends only on the rows, the sort and the locale. */
const SORT_VALUES: Record<CustomerBreakdownColumn, (row: CustomerBreakdownRow) => number | string> = {
  customer: (row) => row.customerId,
  before: (row) => row.before,
  after: (row) => row.after,
  amount: (row) => row.amount,
};
const NO_ROWS: readonly CustomerBreakdownRow[] = [];
const SORT_COLUMNS = Object.entries(SORT_VALUES).map(([id, sortValue]) => ({ id, sortValue }));

/** Props of {@link CustomerBreakdown}. */
export interface CustomerBreakdownProps extends StateProps, RootAttributes<HTMLElement> {
  /** The customers behind a figure: `customerBreakdown(dataset, selection)` from `@revkit/core`; `null` shows the empty state. */
  data: Breakdown | null | undefined;
  /** Title and accessible name. @default what the figure is and its months, e.g. "Churn, March 2026: customers" */
  title?: string;
  /** The heading level of the title, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Customers per page; more are reached with Previous and Next. @default 100 */
  pageSize?: number;
  /** The sort (controlled): pair it with `onSortChange`. `null`: the core's order, largest part first. */
  sort?: CustomerBreakdownSort | null | undefined;
  /** The sort to start with (uncontrolled). @default null (largest part first) */
  defaultSort?: CustomerBreakdownSort | null | undefined;
  /** Called with the new sort when the user sorts by a column. */
  onSortChange?: (sort: CustomerBreakdownSort | null) => void;
  /** Formats the amounts: a function or a catalog unit by name. @default full money, to the cent */
  valueFormatter?: ValueFormat;
  /** Text of the empty state. @default the locale's "No data for this period" */
  emptyLabel?: string;
  /** Extra class on the root. */
  className?: string;
}

/** The words for what a breakdown explains: its figure and its months. */
function describeFigure(data: Breakdown, messages: Messages, formatters: Formatters): { figure: string; period: string } {
  const period = data.from === data.to ? formatters.monthLong(data.to) : `${formatters.month(data.from)} – ${formatters.month(data.to)}`;
  switch (data.figure) {
    case 'mrr':
      return { figure: messages.mrr, period };
    case 'new':
      return { figure: messages.newMrr, period };
    case 'cohort':
      return { figure: `${messages.cohort} ${formatters.month(data.from)}`, period: formatters.monthLong(data.to) };
    default:
      return { figure: messages[data.figure], period };
  }
}

/**
 * The customers that make up a figure of the report, from core's
 * `customerBreakdown`: each with its MRR before and after and its part of
 * the figure, the parts summing to the total shown under them. An
 * accessible table: sortable by any column from its header buttons
 * (`aria-sort`), paged beyond `pageSize` with Previous and Next, money
 * formatted to the cent. It computes nothing: the core apportioned the
 * cents.
 *
 * @example
 * const detail = customerBreakdown(dataset, { figure: 'churn', month: '2026-03' })
 * <CustomerBreakdown data={detail} />
 */
export const CustomerBreakdown = forwardRef<HTMLElement, CustomerBreakdownProps>(function CustomerBreakdown(
  {
    data,
    title,
    headingLevel = 2,
    pageSize = 100,
    sort: sortProp,
    defaultSort = null,
    onSortChange,
    valueFormatter,
    emptyLabel,
    loading,
    error,
    className,
    ...rootAttributes
  },
  ref,
) {
  const { formatters, messages, theme } = useRevkit();
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [sort, setSort] = useControllableState<CustomerBreakdownSort | null>(sortProp, defaultSort, onSortChange);
  // The page belongs to the data it was chosen on: new data starts at its first page.
  const [paging, setPaging] = useState<{ data: Breakdown | null | undefined; page: number }>({ data, page: 0 });
  const page = paging.data === data ? paging.page : 0;

  const money = typeof valueFormatter === 'function' || valueFormatter === undefined ? null : resolveValueFormat(valueFormatter, formatters, 'money', { compact: false });
  const format = typeof valueFormatter === 'function' ? valueFormatter : (money?.format ?? formatters.money);
  const formatSigned = typeof valueFormatter === 'function' ? valueFormatter : (money?.formatSigned ?? formatters.signedMoney);

  const problem = errorText(error, messages.errorTitle);
  const rows = data?.customers ?? NO_ROWS;
  const isCohort = data?.figure === 'cohort';
  const words = data ? describeFigure(data, messages, formatters) : null;
  const heading = title ?? (words ? messages.breakdownTitle(words) : messages.dataTable);
  const Heading = `h${headingLevel}` as const;

  const columns: DataTableColumn<CustomerBreakdownRow>[] = [
    { id: 'customer', header: messages.customer, cell: (row) => row.customerId, sortValue: SORT_VALUES.customer },
    { id: 'before', header: messages.mrrBefore, numeric: true, cell: (row) => format(row.before), sortValue: SORT_VALUES.before },
    { id: 'after', header: messages.mrrAfter, numeric: true, cell: (row) => format(row.after), sortValue: SORT_VALUES.after },
    {
      id: 'amount',
      header: isCohort ? messages.retainedMrr : messages.amount,
      numeric: true,
      cell: (row) => (isCohort ? `${format(row.amount)}${row.paying ? '' : ` (${messages.lost})`}` : formatSigned(row.amount)),
      sortValue: SORT_VALUES.amount,
    },
  ];
  // Sorted once per rows, sort and locale: paging through thousands of customers does not sort them again.
  const sorted = useMemo(() => sortRows(rows, SORT_COLUMNS, sort, formatters.locale), [rows, sort, formatters.locale]);
  const pages = Math.max(1, Math.ceil(sorted.length / Math.max(1, pageSize)));
  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const shown = sorted.slice(first, first + pageSize);
  const total = data ? (isCohort ? format(data.total) : formatSigned(data.total)) : '';
  const paying = isCohort ? rows.filter((row) => row.paying).length : null;

  return (
    <section
      ref={ref}
      className={`rk rk-breakdown${className ? ` ${className}` : ''}`}
      data-rk-theme={theme}
      aria-labelledby={titleId}
      aria-describedby={data && rows.length > 0 && problem === null && !loading ? summaryId : undefined}
      aria-busy={loading ? true : undefined}
      {...rootAttributes}
    >
      <Heading id={titleId} className="rk-chart-title">
        {heading}
      </Heading>
      {loading || problem !== null || !data || rows.length === 0 ? (
        <ChartState loading={loading} problem={problem} emptyLabel={emptyLabel} />
      ) : (
        <>
          <p id={summaryId} className="rk-chart-summary">
            {messages.breakdownSummary({ customers: rows.length, total, paying })}
          </p>
          <div id={tableId} className="rk-table-wrap">
            <DataTable
              caption={heading}
              rows={shown}
              columns={columns}
              rowKey={(row) => row.customerId}
              sort={sort}
              onSortChange={(next) => setSort(next as CustomerBreakdownSort)}
              footer={[messages.total, '', '', total]}
            />
          </div>
          {pages > 1 ? (
            <nav className="rk-pager" aria-label={heading}>
              <button type="button" className="rk-button" aria-controls={tableId} disabled={current === 0} onClick={() => setPaging({ data, page: current - 1 })}>
                {messages.previousPage}
              </button>
              <span role="status">{messages.pageStatus({ first: first + 1, last: first + shown.length, total: sorted.length })}</span>
              <button type="button" className="rk-button" aria-controls={tableId} disabled={current === pages - 1} onClick={() => setPaging({ data, page: current + 1 })}>
                {messages.nextPage}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
});
