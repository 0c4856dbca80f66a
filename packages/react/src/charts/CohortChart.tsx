'use client';
import { forwardRef, useId } from 'react';
import type { BreakdownSelection, CohortRow, MonthString, RetentionMeasure } from '@revkit/core/display';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame, PlotPending } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { CohortCurves } from './cohort/CohortCurves.js';
import { CohortHeatmap } from './cohort/CohortHeatmap.js';
import { AVERAGE, useCohortGrid, type CohortDisplay, type CohortView } from './cohort/useCohortGrid.js';
import { DataTable } from './DataTable.js';
import type { ChartProps } from './states.js';
import { useControllableState } from './useControllableState.js';
import { useElementWidth } from './useElementWidth.js';

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
  /** Cells as % of the starting month or in absolute customers / MRR (the report's exact retained figures) at first render (uncontrolled). @default 'percent' */
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

/**
 * Cohort retention as a heatmap triangle (an accessible grid) or as
 * retention curves; logo or revenue, % or absolute, with a weighted
 * average row (immature cells left out of it), immature cells masked, and a
 * colour legend. Cohorts the core cannot use (a non-finite retention, a
 * negative size, missing retained figures) show the error state. The
 * figures come from the core (`useCohortGrid`); the views only draw them.
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
  const [display, setDisplay] = useControllableState<CohortDisplay>(displayProp, defaultDisplay, onDisplayChange);
  const [view, setView] = useControllableState<CohortView>(viewProp, defaultView, onViewChange);
  const tooltipId = useId();
  const heading = title ?? messages.cohortTitle;
  const grid = useCohortGrid({ data, measure, display, view, unfinishedMonth, onSelect, formatters, messages });
  const { roving, measureName, columns } = grid;
  // Only the curves are drawn to the width: the heatmap (a table) is not redrawn when it is measured.
  const [plotRef, width, drawable] = useElementWidth(roving.containerRef, undefined, view === 'curves');
  const label = `${heading}: ${measureName}`;

  const toggle = <T extends string>(text: string, value: T, current: T, set: (next: T) => void) => (
    <button type="button" className="rk-button rk-toggle" aria-pressed={current === value} onClick={() => set(value)}>
      {text}
    </button>
  );

  return (
    <ChartFrame
      kind="cohort"
      title={heading}
      summary={grid.summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      error={frame.error || (grid.ok ? null : messages.invalidData)}
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
          caption={label}
          rows={[AVERAGE, ...data.keys()]}
          rowKey={(index) => data[index]?.cohort ?? 'average'}
          columns={[
            { header: messages.cohort, cell: (index) => (data[index] ? formatters.month(data[index].cohort) : messages.weightedAverage) },
            { header: messages.customers, numeric: true, cell: (index) => (data[index] ? formatters.count(data[index].customers) : '') },
            ...Array.from({ length: columns }, (_, k) => ({
              header: messages.monthsSince(k),
              numeric: true,
              cell: (index: number) => {
                const cohort = data[index];
                return cohort === undefined || k < grid.series(cohort).length ? grid.cellText(index, k) : '';
              },
            })),
          ]}
        />
      )}
    >
      <div className="rk-plot" ref={plotRef} onBlur={roving.onContainerBlur}>
        {view === 'heatmap' ? (
          <CohortHeatmap grid={grid} label={label} tooltipId={tooltipId} formatters={formatters} messages={messages} />
        ) : drawable ? (
          <CohortCurves grid={grid} data={data} label={label} tooltipId={tooltipId} width={width} height={height} formatters={formatters} />
        ) : (
          <PlotPending height={height} />
        )}
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `${roving.active.row}:${roving.active.col}` : null} id={tooltipId}>
          {grid.activeDescription === null ? null : <span>{grid.activeDescription}</span>}
        </ChartTooltip>
      </div>
    </ChartFrame>
  );
});
