'use client';
import { forwardRef, memo, useId, useMemo } from 'react';
import {
  cohortRetainedValues,
  cohortRetentionAverage,
  parseMonth,
  type BreakdownSelection,
  type CohortRow,
  type MonthString,
  type RetentionMeasure,
} from '@revkit/core/display';
import { AxisBottom, AxisLeft } from './Axis.js';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useRevkit } from '../provider/RevkitProvider.js';
import { attempt } from './attempt.js';
import { ChartFrame } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import { leftMarginFor } from './layout.js';
import type { ChartProps } from './states.js';
import { useControllableState } from './useControllableState.js';
import { useElementWidth } from './useElementWidth.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link CohortChart}. */
export interface CohortChartProps extends ChartProps {
  /** Acquisition cohorts, oldest first: `report.cohorts`. */
  data: readonly CohortRow[];
  /** Logo (customers) or revenue (MRR) retention at first render (uncontrolled). @default 'logo' */
  defaultMeasure?: RetentionMeasure;
  /** Logo or revenue retention (controlled, e.g. kept in the URL): pair it with `onMeasureChange`. */
  measure?: RetentionMeasure;
  /** Called with the measure the user picks. */
  onMeasureChange?: (measure: RetentionMeasure) => void;
  /** Cells as % of the starting month or in absolute customers / MRR at first render (uncontrolled). @default 'percent' */
  defaultDisplay?: 'percent' | 'absolute';
  /** % or absolute (controlled): pair it with `onDisplayChange`. */
  display?: 'percent' | 'absolute';
  /** Called with the display the user picks. */
  onDisplayChange?: (display: 'percent' | 'absolute') => void;
  /** Heatmap triangle or retention curves at first render (uncontrolled). @default 'heatmap' */
  defaultView?: 'heatmap' | 'curves';
  /** Heatmap or curves (controlled): pair it with `onViewChange`. */
  view?: 'heatmap' | 'curves';
  /** Called with the view the user picks. */
  onViewChange?: (view: 'heatmap' | 'curves') => void;
  /**
   * The month still in progress: cells that fall in it are immature and
   * masked (their figure would understate retention).
   */
  unfinishedMonth?: MonthString;
  /** Title and accessible name. @default the locale's "Cohort retention" */
  title?: string;
  /** Height of the curves view in pixels. @default 280 */
  height?: number;
  /**
   * Called when a cohort cell of the heatmap is chosen (click, tap, or
   * Enter/Space on the focused cell) with the cell, ready for core's
   * `customerBreakdown`: `{ figure: 'cohort', cohort, monthsSince }`. The
   * average row and immature cells are not chosen.
   */
  onSelect?: (selection: BreakdownSelection) => void;
}

/** The average row when the cohorts cannot be averaged (the chart shows its error state). */
const NO_AVERAGE: (number | null)[] = [];

/** Colour intensity 0..1 of a retention value; above 100 % (revenue expansion) saturates. */
const intensity = (value: number) => Math.max(0, Math.min(1, value));

/** What one heatmap cell shows, computed once per data/view change, not per hover. */
interface HeatCell {
  /** The figure in the cell; with the row and column headers it is the cell's accessible name. */
  text: string;
  /** The class list: colour bucket (`rk-l0`…`rk-l20`, 5 % steps), label tone, immaturity. */
  className: string;
  /** Only immature cells get a name of their own (their text is an ellipsis). */
  label: string | undefined;
}

/** One row of the heatmap: a header, the cohort size, and its cells (null past its last month). */
interface HeatRow {
  key: string;
  header: string;
  size: string;
  isAverage: boolean;
  /** The months the row has reached. */
  cells: HeatCell[];
  /** How many columns are past its last month. */
  missing: number;
}

interface HeatmapRowProps {
  row: HeatRow;
  rowIndex: number;
  /** Column of this row whose details show, or -1. */
  activeCol: number;
  /** Column of this row that is the grid's tab stop, or -1. */
  tabStopCol: number;
  tooltipId: string;
  notYet: string;
}

/**
 * A memoized heatmap row: with thousands of cells, moving the focus or the
 * pointer re-renders only the rows it leaves and enters. Events are handled
 * once on the grid (delegation), and each cell carries as few attributes as
 * it can: its name is its figure, which screen readers announce with the
 * row (cohort) and column (month) headers; the full sentence is the
 * description of the active cell, from the tooltip.
 */
const HeatmapRow = memo(function HeatmapRow({ row, rowIndex, activeCol, tabStopCol, tooltipId, notYet }: HeatmapRowProps) {
  return (
    <tr className={row.isAverage ? 'rk-average-row' : undefined}>
      <th scope="row">{row.header}</th>
      <td className="rk-num">{row.size}</td>
      {row.cells.map((cell, k) => (
        <td
          key={k}
          role="gridcell"
          tabIndex={tabStopCol === k ? 0 : -1}
          data-rk-cell={`${rowIndex}:${k}`}
          aria-label={cell.label}
          aria-describedby={activeCol === k ? tooltipId : undefined}
          data-active={activeCol === k || undefined}
          className={cell.className}
        >
          {cell.text}
        </td>
      ))}
      {/* Months this cohort has not reached yet: one empty cell, not one per month (half the triangle). */}
      {row.missing > 0 ? <td className="rk-cell-empty" colSpan={row.missing} aria-label={notYet} /> : null}
    </tr>
  );
});

/**
 * Cohort retention as a heatmap triangle (an accessible grid) or as
 * retention curves; logo or revenue, % or absolute, with a weighted
 * average row (immature cells left out of it), immature cells masked, and a
 * colour legend. Cohorts the core cannot use (a non-finite retention, a
 * negative size) show the error state.
 *
 * @example
 * <CohortChart data={report.cohorts} defaultMeasure="revenue" />
 * <CohortChart data={report.cohorts} view={view} onViewChange={setView} /> // controlled, e.g. from the URL
 */
export const CohortChart = forwardRef<HTMLElement, CohortChartProps>(function CohortChart(
  {
    data,
    defaultMeasure = 'logo',
    measure: measureProp,
    onMeasureChange,
    defaultDisplay = 'percent',
    display: displayProp,
    onDisplayChange,
    defaultView = 'heatmap',
    view: viewProp,
    onViewChange,
    unfinishedMonth,
    title,
    height = 280,
    onSelect,
    ...frame
  },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const [measure, setMeasure] = useControllableState<RetentionMeasure>(measureProp, defaultMeasure, onMeasureChange);
  const [display, setDisplay] = useControllableState<'percent' | 'absolute'>(displayProp, defaultDisplay, onDisplayChange);
  const [view, setView] = useControllableState<'heatmap' | 'curves'>(viewProp, defaultView, onViewChange);
  const tooltipId = useId();
  const heading = title ?? messages.cohortTitle;
  const measureName = measure === 'logo' ? messages.logoRetention : messages.revenueRetention;

  // The core throws on cohorts it cannot use (a non-finite retention…): the error state, not a crash.
  // The average leaves out the immature cells the grid masks, so the latest diagonal is not understated.
  const computed = useMemo(
    () =>
      attempt(() => ({
        average: cohortRetentionAverage(data, { measure, unfinishedMonth }),
        // Each cohort's retention in customers or MRR, computed once per cohort, not per cell.
        retained: new Map(data.map((cohort) => [cohort, cohortRetainedValues(cohort, { measure })])),
      })),
    [data, measure, unfinishedMonth],
  );
  const average = computed.ok ? computed.value.average : NO_AVERAGE;
  const retained = computed.ok ? computed.value.retained : null;
  const absoluteRetention = (cohort: CohortRow, k: number): number | null => retained?.get(cohort)?.[k] ?? null;
  const columns = average.length;
  const series = (cohort: CohortRow) => (measure === 'logo' ? cohort.logoRetention : cohort.revenueRetention);
  const unfinishedIndex = unfinishedMonth === undefined ? null : parseMonth(unfinishedMonth);
  /** The month offset of a cohort that falls in the unfinished month, or -1. */
  const immatureOffset = (cohort: CohortRow) => {
    const start = parseMonth(cohort.cohort);
    return unfinishedIndex === null || start === null ? -1 : unfinishedIndex - start;
  };
  const isImmature = (cohort: CohortRow, k: number) => immatureOffset(cohort) === k;
  // Rows of the grid: the average first, then each cohort; cells per row = months reached.
  const rowLengths = useMemo(
    () => (view === 'heatmap' ? [columns, ...data.map((cohort) => (measure === 'logo' ? cohort.logoRetention : cohort.revenueRetention).length)] : [data.length]),
    [view, columns, data, measure],
  );
  const roving = useRovingGrid(rowLengths, {
    onSelect:
      onSelect && view === 'heatmap'
        ? ({ row, col }) => {
            const cohort = data[row - 1];
            if (cohort && !isImmature(cohort, col)) onSelect({ figure: 'cohort', cohort: cohort.cohort, monthsSince: col });
          }
        : undefined,
  });
  const [plotRef, width] = useElementWidth(roving.containerRef);

  const customersWord = messages.customers.toLocaleLowerCase(formatters.locale);
  const cellText = (cohort: CohortRow | null, k: number, immature = cohort !== null && isImmature(cohort, k)): string => {
    if (cohort === null) return formatters.percent(average[k]);
    if (immature) return '…';
    if (display === 'percent') return formatters.percent(series(cohort)[k]);
    const absolute = absoluteRetention(cohort, k);
    return measure === 'logo' ? formatters.count(absolute) : formatters.moneyCompact(absolute);
  };
  const cellDescription = (
    cohort: CohortRow | null,
    k: number,
    immature = cohort !== null && isImmature(cohort, k),
    who = cohort === null ? messages.weightedAverage : `${messages.cohort} ${formatters.month(cohort.cohort)}`,
  ): string => {
    if (immature) return `${who}, ${messages.monthsSince(k)}: ${messages.unfinished}`;
    const pct = cohort === null ? average[k] : series(cohort)[k];
    const absolute = cohort === null ? null : absoluteRetention(cohort, k);
    const absoluteText =
      absolute === null ? '' : `, ${measure === 'logo' ? `${formatters.count(absolute)} / ${formatters.count(cohort!.customers)} ${customersWord}` : formatters.moneyCompact(absolute)}`;
    return `${who}, ${messages.monthsSince(k)}: ${measureName} ${formatters.percent(pct)}${absoluteText}`;
  };

  // The summary quotes the average at month 12 or the latest month before it that has one
  // (every cell of the latest month may be immature).
  let reference = Math.min(12, columns - 1);
  while (reference > 0 && average[reference] === null) reference -= 1;
  const summary =
    data.length > 0 && columns > 0
      ? messages.cohortSummary({
          cohorts: data.length,
          measure: measureName.toLocaleLowerCase(formatters.locale),
          afterMonths: Math.max(0, reference),
          average: formatters.percent(average[Math.max(0, reference)]),
        })
      : null;

  const heatRows: HeatRow[] = useMemo(
    () =>
      view !== 'heatmap'
        ? []
        : [null, ...data].map((cohort) => {
            // Per row once: thousands of cells share these.
            const values = cohort === null ? average : series(cohort);
            const header = cohort ? formatters.month(cohort.cohort) : messages.weightedAverage;
            const who = cohort === null ? messages.weightedAverage : `${messages.cohort} ${header}`;
            const immatureK = cohort === null ? -1 : immatureOffset(cohort);
            return {
              key: cohort?.cohort ?? 'average',
              header,
              size: cohort ? formatters.count(cohort.customers) : '',
              isAverage: cohort === null,
              missing: columns - values.length,
              cells: values.map((value, k): HeatCell => {
                if (k === immatureK) {
                  return { text: '…', className: 'rk-item rk-cell rk-immature', label: cellDescription(cohort, k, true, who) };
                }
                const level = typeof value === 'number' ? intensity(value) : 0;
                return {
                  text: cellText(cohort, k, false),
                  className: `rk-item rk-cell rk-l${Math.round(level * 20)}${Math.round(level * 20) >= 12 ? ' rk-strong' : ''}`,
                  label: undefined,
                };
              }),
            };
          }),
    // The cell helpers close over exactly these inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, data, average, measure, display, unfinishedMonth, formatters, messages, columns],
  );

  const activeCohort = roving.active && view === 'heatmap' ? (roving.active.row === 0 ? null : data[roving.active.row - 1]) : undefined;
  const toggle = <T extends string>(label: string, value: T, current: T, set: (next: T) => void) => (
    <button type="button" className="rk-button rk-toggle" aria-pressed={current === value} onClick={() => set(value)}>
      {label}
    </button>
  );

  const margin = { top: 12, right: 16, bottom: 32, left: leftMarginFor(['100%']) };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const curveMax = Math.max(1, ...data.flatMap((cohort) => series(cohort).filter(Number.isFinite)));
  const xScale = scaleLinear<number>({ domain: [0, Math.max(1, columns - 1)], range: [0, innerWidth] });
  const yScale = scaleLinear<number>({ domain: [0, curveMax], range: [innerHeight, 0], nice: true });

  return (
    <ChartFrame
      kind="cohort"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      error={frame.error || (computed.ok ? null : messages.invalidData)}
      toolbar={
        <>
          <div role="group" aria-label={messages.logoRetention + ' / ' + messages.revenueRetention} className="rk-segmented">
            {toggle(messages.logoRetention, 'logo', measure, setMeasure)}
            {toggle(messages.revenueRetention, 'revenue', measure, setMeasure)}
          </div>
          <div role="group" aria-label={`${messages.percentView} / ${messages.absoluteView}`} className="rk-segmented">
            {toggle(messages.percentView, 'percent', display, setDisplay)}
            {toggle(messages.absoluteView, 'absolute', display, setDisplay)}
          </div>
          <div role="group" aria-label={`${messages.heatmapView} / ${messages.curvesView}`} className="rk-segmented">
            {toggle(messages.heatmapView, 'heatmap', view, setView)}
            {toggle(messages.curvesView, 'curves', view, setView)}
          </div>
        </>
      }
      renderTable={() => (
        <DataTable
          caption={`${heading}: ${measureName}`}
          rows={[null, ...data]}
          rowKey={(cohort) => cohort?.cohort ?? 'average'}
          columns={[
            { header: messages.cohort, cell: (cohort) => (cohort ? formatters.month(cohort.cohort) : messages.weightedAverage) },
            { header: messages.customers, numeric: true, cell: (cohort) => (cohort ? formatters.count(cohort.customers) : '') },
            ...Array.from({ length: columns }, (_, k) => ({
              header: messages.monthsSince(k),
              numeric: true,
              cell: (cohort: CohortRow | null) => (cohort === null || k < series(cohort).length ? cellText(cohort, k) : ''),
            })),
          ]}
        />
      )}
    >
      <div
        className="rk-plot"
        ref={plotRef}
        onBlur={roving.onContainerBlur}
      >
        {view === 'heatmap' ? (
          <div className="rk-heatmap-scroll">
            <table role="grid" className="rk-heatmap" aria-label={`${heading}: ${measureName}`} {...roving.delegatedProps}>
              <thead>
                <tr>
                  <th scope="col">{messages.cohort}</th>
                  <th scope="col">{messages.customers}</th>
                  {Array.from({ length: columns }, (_, k) => (
                    <th key={k} scope="col">
                      <abbr title={messages.monthsSince(k)}>{k}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heatRows.map((row, rowIndex) => (
                  <HeatmapRow
                    key={row.key}
                    row={row}
                    rowIndex={rowIndex}
                    activeCol={roving.active?.row === rowIndex ? roving.active.col : -1}
                    tabStopCol={roving.tabStopColumn(rowIndex)}
                    tooltipId={tooltipId}
                    notYet={messages.notYet}
                  />
                ))}
              </tbody>
            </table>
            <div className="rk-heat-legend">
              <span>{messages.legend}:</span>
              <span>{formatters.percent(0)}</span>
              <span className="rk-heat-gradient" aria-hidden="true" />
              <span>{formatters.percent(1)}</span>
              <span className="rk-heat-immature" aria-hidden="true">…</span>
              <span>{messages.unfinished}</span>
            </div>
          </div>
        ) : (
          <svg width={width} height={height} role="group" aria-label={`${heading}: ${measureName}`}>
            <Group left={margin.left} top={margin.top}>
              <AxisLeft scale={yScale} numTicks={5} tickFormat={(v) => formatters.percent(Number(v))} axisClassName="rk-axis" />
              <AxisBottom top={innerHeight} scale={xScale} numTicks={Math.min(columns, Math.floor(innerWidth / 40))} tickFormat={(k) => String(k)} axisClassName="rk-axis" />
              {data.map((cohort, index) => {
                const points = series(cohort).map((value, k) => ({ k, value })).filter((point) => !isImmature(cohort, point.k));
                const isActive = roving.active?.col === index;
                const lastPoint = points[points.length - 1];
                return (
                  <g
                    key={cohort.cohort}
                    role="img"
                    aria-label={lastPoint ? cellDescription(cohort, lastPoint.k) : formatters.month(cohort.cohort)}
                    aria-describedby={isActive ? tooltipId : undefined}
                    className="rk-item rk-curve"
                    data-active={isActive || undefined}
                    {...roving.getItemProps(0, index)}
                  >
                    <LinePath data={points} x={(point) => xScale(point.k)} y={(point) => yScale(point.value)} defined={(point) => Number.isFinite(point.value)} className="rk-curve-line" />
                    {lastPoint ? <circle cx={xScale(lastPoint.k)} cy={yScale(lastPoint.value)} r={3} className="rk-curve-end" /> : null}
                  </g>
                );
              })}
              <LinePath
                data={average.map((value, k) => ({ k, value }))}
                x={(point) => xScale(point.k)}
                y={(point) => yScale(point.value ?? 0)}
                defined={(point) => point.value !== null}
                className="rk-curve-average"
              />
            </Group>
          </svg>
        )}
        <ChartTooltip
          containerRef={roving.containerRef}
          anchorKey={roving.active ? `${roving.active.row}:${roving.active.col}` : null}
          id={tooltipId}
        >
          {roving.active && view === 'heatmap' && activeCohort !== undefined ? (
            <span>{cellDescription(activeCohort, roving.active.col)}</span>
          ) : roving.active && view === 'curves' && data[roving.active.col] ? (
            <span>{cellDescription(data[roving.active.col]!, series(data[roving.active.col]!).length - 1)}</span>
          ) : null}
        </ChartTooltip>
      </div>
    </ChartFrame>
  );
});
