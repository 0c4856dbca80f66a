'use client';
import { forwardRef, useId } from 'react';
import { REP_YIELD_LINE, repYieldBand, type RevOpsOwner } from '@revkit/core';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable, sortRows, type DataTableColumn, type TableSort } from './DataTable.js';
import type { ChartProps } from './states.js';
import { useControllableState } from './useControllableState.js';
import { useRovingGrid } from './useRovingGrid.js';

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
  const tooltipId = useId();
  const [sort, setSort] = useControllableState(sortProp, defaultSort, onSortChange);
  const { format } = resolveValueFormat(valueFormatter, formatters, 'money');
  const heading = title ?? messages.leaderboardTitle;
  const line = `${formatters.score(REP_YIELD_LINE.low)}–${formatters.multiple(REP_YIELD_LINE.high)}`;
  const multipleText = (owner: RevOpsOwner) => {
    const band = repYieldBand(owner.yieldMultiple);
    return band === null
      ? messages.notAvailable
      : `${formatters.multiple(owner.yieldMultiple)} (${messages.yieldBand(band, formatters.score(REP_YIELD_LINE.low), formatters.multiple(REP_YIELD_LINE.high))})`;
  };
  const columns: DataTableColumn<RevOpsOwner>[] = [
    { id: 'owner', header: messages.owner, cell: (owner) => owner.owner, sortValue: (owner) => owner.owner },
    { id: 'bookings', header: messages.bookings, numeric: true, cell: (owner) => format(owner.bookings), sortValue: (owner) => owner.bookings },
    { id: 'winRate', header: messages.winRate, numeric: true, cell: (owner) => formatters.percent(owner.winRate), sortValue: (owner) => owner.winRate },
    {
      id: 'cycle',
      header: messages.salesCycle,
      numeric: true,
      cell: (owner) => formatters.days(owner.averageSalesCycleDays),
      sortValue: (owner) => owner.averageSalesCycleDays,
    },
    { id: 'yield', header: messages.repYield, numeric: true, cell: (owner) => format(owner.repYield), sortValue: (owner) => owner.repYield },
    { id: 'yieldMultiple', header: messages.yieldMultiple, numeric: true, cell: multipleText, sortValue: (owner) => owner.yieldMultiple },
  ];
  // A team's few reps: sorting on each render costs nothing.
  const rows = sortRows(data, columns, sort, formatters.locale);
  const roving = useRovingGrid([rows.length]);

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
  const summary = top
    ? messages.leaderboardSummary({ owners: data.length, top: top.owner, topBookings: format(top.bookings), line, ...bands })
    : null;
  // Screen readers hear "not available" where the eye sees the dash.
  const said = (text: string) => (text === formatters.missing ? messages.notAvailable : text);
  const describe = (owner: RevOpsOwner) =>
    [
      `${owner.owner}: ${messages.bookings} ${said(format(owner.bookings))}`,
      `${messages.winRate} ${said(formatters.percent(owner.winRate))}`,
      `${messages.salesCycle} ${said(formatters.days(owner.averageSalesCycleDays))}`,
      `${messages.repYield} ${said(format(owner.repYield))}`,
      `${messages.yieldMultiple} ${multipleText(owner)}`,
    ].join(', ');
  const active = roving.active ? rows[roving.active.col] : undefined;

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
      <div className="rk-plot" ref={roving.containerRef} onBlur={roving.onContainerBlur}>
        <ol className="rk-funnel-stages" aria-label={`${heading}: ${messages.yieldMultiple}`}>
          {rows.map((owner, index) => {
            const isActive = roving.active?.col === index;
            const band = repYieldBand(owner.yieldMultiple);
            const share = band === null || owner.yieldMultiple === null ? 0 : Math.max(0, owner.yieldMultiple) / scale;
            return (
              <li key={owner.owner} className="rk-funnel-stage">
                <div
                  role="img"
                  aria-label={describe(owner)}
                  aria-describedby={isActive ? tooltipId : undefined}
                  className="rk-item rk-funnel-item"
                  data-band={band ?? undefined}
                  data-active={isActive || undefined}
                  {...roving.getItemProps(0, index)}
                >
                  <span className="rk-funnel-name" aria-hidden="true">
                    {owner.owner}
                  </span>
                  <span
                    className="rk-funnel-track rk-yield-track"
                    aria-hidden="true"
                    style={{ ['--rk-low' as string]: REP_YIELD_LINE.low / scale, ['--rk-high' as string]: REP_YIELD_LINE.high / scale }}
                  >
                    <span className="rk-yield-band" />
                    <span className="rk-funnel-bar" style={{ ['--rk-share' as string]: share }} />
                  </span>
                  <span className="rk-funnel-figures" aria-hidden="true">
                    <span className="rk-funnel-count">{multipleText(owner)}</span>
                    <span>
                      {messages.bookings} {format(owner.bookings)}
                    </span>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {active ? (
            <>
              <strong>{active.owner}</strong>
              {columns.slice(1).map((column) => (
                <span key={column.header}>
                  {column.header}: {column.cell(active, 0)}
                </span>
              ))}
            </>
          ) : null}
        </ChartTooltip>
        <ul className="rk-legend" aria-label={messages.legend}>
          <li>
            <span className="rk-swatch rk-yield-band" aria-hidden="true" />
            {messages.yieldMultiple} {line}
          </li>
        </ul>
      </div>
    </ChartFrame>
  );
});
