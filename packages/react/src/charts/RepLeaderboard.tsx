'use client';
import { forwardRef } from 'react';
import { printable, REP_YIELD_LINE, repYieldBand, type RevOpsOwner } from '@revkit/core/display';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { BarList } from './BarList.js';
import { DataTable, sortRows, type DataTableColumn, type TableSort } from './DataTable.js';
import { Legend } from './Legend.js';
import type { ChartProps } from './states.js';
import { useControllableState } from './useControllableState.js';

/** The columns a {@link RepLeaderboard} sorts by. */
export type RepLeaderboardColumn = 'owner' | 'bookings' | 'winRate' | 'cycle' | 'yield' | 'yieldMultiple';

/** How a {@link RepLeaderboard} is sorted. */
export interface RepLeaderboardSort extends TableSort {
  /** The sorted column. */
  column: RepLeaderboardColumn;
}

/** Props of {@link RepLeaderboard}. */
export interface RepLeaderboardProps extends ChartProps {
  /** The owners' figures over the range: `revOps.sales.owners`. */
  data: readonly RevOpsOwner[];
  /** Title and accessible name. @default the locale's "Sales reps" */
  title?: string;
  /** The sort (controlled): pair it with `onSortChange`. */
  sort?: RepLeaderboardSort;
  /** The sort to start with (uncontrolled). @default bookings, descending */
  defaultSort?: RepLeaderboardSort;
  /** Called with the new sort when the user sorts by a column. */
  onSortChange?: (sort: RepLeaderboardSort) => void;
  /** Formats bookings and yield: a function or a catalog unit by name. @default 'money' (compact) */
  valueFormatter?: ValueFormat;
  /** Shows the sortable table from the start (uncontrolled): the leaderboard is a table first. @default true */
  defaultShowTable?: boolean;
}

const BY_BOOKINGS: RepLeaderboardSort = { column: 'bookings', direction: 'descending' };

/**
 * The sales reps side by side, as the seeds compare them: bookings, win
 * rate, sales cycle, yield (bookings − cost) and yield ÷ cost against the
 * 2–3× line. A bar per rep shows yield ÷ cost with the line's band; the
 * table sorts by any column from its header buttons (keyboard: Tab, then
 * Enter or Space; `aria-sort` says how it is sorted). Reps follow the
 * table's order in the bars too.
 *
 * @example
 * <RepLeaderboard data={revOps.sales.owners} />
 */
export const RepLeaderboard = forwardRef<HTMLElement, RepLeaderboardProps>(function RepLeaderboard(
  { data, title, sort: sortProp, defaultSort = BY_BOOKINGS, onSortChange, valueFormatter, defaultShowTable = true, ...frame },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const [sort, setSort] = useControllableState(sortProp, defaultSort, onSortChange);
  const { format } = resolveValueFormat(valueFormatter, formatters, 'money');
  const heading = title ?? messages.leaderboardTitle;
  const line = `${formatters.score(REP_YIELD_LINE.low)}–${formatters.multiple(REP_YIELD_LINE.high)}`;
  const multipleText = (multiple: number | null) => {
    const band = repYieldBand(multiple);
    return band === null ? messages.notAvailable : `${formatters.multiple(multiple)} (${messages.yieldBand(band, line)})`;
  };
  // Each column: its id, header, the owner's figure (what it sorts by) and how that figure is shown.
  const spec: [RepLeaderboardColumn, string, (owner: RevOpsOwner) => number | null, (value: number | null) => string][] = [
    ['bookings', messages.bookings, (owner) => owner.bookings, format],
    ['winRate', messages.winRate, (owner) => owner.winRate, formatters.percent],
    ['cycle', messages.salesCycle, (owner) => owner.averageSalesCycleDays, formatters.days],
    ['yield', messages.repYield, (owner) => owner.repYield, format],
    ['yieldMultiple', messages.yieldMultiple, (owner) => owner.yieldMultiple, multipleText],
  ];
  const columns: DataTableColumn<RevOpsOwner>[] = [
    { id: 'owner', header: messages.owner, cell: (owner) => printable(owner.owner), sortValue: (owner) => owner.owner },
    ...spec.map(([id, header, value, show]) => ({ id, header, numeric: true, sortValue: value, cell: (owner: RevOpsOwner) => show(value(owner)) })),
  ];
  // A team's few reps: sorting on each render costs nothing.
  const rows = sortRows(data, columns, sort, formatters.locale);

  let top: RevOpsOwner | undefined;
  const bands = { below: 0, within: 0, above: 0 };
  let largest: number = REP_YIELD_LINE.high;
  for (const owner of data) {
    if (!top || owner.bookings > top.bookings) top = owner;
    const band = repYieldBand(owner.yieldMultiple);
    if (band !== null) bands[band]++;
    if (band !== null && owner.yieldMultiple !== null) largest = Math.max(largest, owner.yieldMultiple);
  }
  // The bars' scale: the largest multiple or the line's top, with room to show it (layout only).
  const scale = largest * 1.1;
  const summary = top ? messages.leaderboardSummary({ owners: data.length, top: printable(top.owner), topBookings: format(top.bookings), line, ...bands }) : null;
  // Screen readers hear "not available" where the eye sees the dash.
  const said = (text: string) => (text === formatters.missing ? messages.notAvailable : text);

  return (
    <ChartFrame
      kind="leaderboard"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      defaultShowTable={defaultShowTable}
      {...frame}
      rootRef={ref}
      renderTable={() => (
        <DataTable
          caption={heading}
          rows={rows}
          rowKey={(owner) => owner.owner}
          columns={columns}
          sort={sort}
          onSortChange={(next) => setSort(next as RepLeaderboardSort)}
        />
      )}
    >
      <BarList
        label={`${heading}: ${messages.yieldMultiple}`}
        items={rows.map((owner) => {
          const band = repYieldBand(owner.yieldMultiple);
          const share = band === null || owner.yieldMultiple === null ? 0 : Math.max(0, owner.yieldMultiple) / scale;
          return {
            key: owner.owner,
            name: owner.owner,
            // The figures of the table's columns, in its order.
            details: columns.slice(1).map((column) => [column.header, said(String(column.cell(owner, 0)))] as const),
            data: { 'data-band': band ?? undefined },
            trackClassName: 'rk-yield-track',
            trackStyle: { ['--rk-low' as string]: REP_YIELD_LINE.low / scale, ['--rk-high' as string]: REP_YIELD_LINE.high / scale },
            track: (
              <>
                <span className="rk-yield-band" />
                <span className="rk-funnel-bar" style={{ ['--rk-share' as string]: share }} />
              </>
            ),
            figures: [multipleText(owner.yieldMultiple), `${messages.bookings} ${format(owner.bookings)}`],
          };
        })}
      >
        <Legend items={[['rk-yield-band', `${messages.yieldMultiple} ${line}`]]} />
      </BarList>
    </ChartFrame>
  );
});
