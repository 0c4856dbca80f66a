'use client';
import { useMemo } from 'react';
import {
  cohortImmatureMonths,
  cohortRetainedValues,
  cohortRetentionAverage,
  type BreakdownSelection,
  type CohortRow,
  type MonthString,
  type RetentionMeasure,
} from '@revkit/core/display';
import type { Formatters } from '../../format/formatters.js';
import type { Messages } from '../../format/messages.js';
import { attempt } from '../attempt.js';
import { useRovingGrid } from '../useRovingGrid.js';
import { heatmapCells } from './heatmapCells.js';

/** Cells as % of the starting month or in absolute customers / MRR. */
export type CohortDisplay = 'percent' | 'absolute';
/** The heatmap triangle or the retention curves. */
export type CohortView = 'heatmap' | 'curves';

/** What one heatmap cell shows, computed once per data/view change, not per hover. */
export interface HeatCell {
  /** The figure in the cell; with the row and column headers it is the cell's accessible name. */
  text: string;
  /** The class list: colour step (`rk-l0`…`rk-l20`, 5 % steps; the label tone follows it in CSS) or immaturity. */
  className: string;
  /** Only immature cells get a name of their own (their text is an ellipsis). */
  label: string | undefined;
}

/** One row of the heatmap: a header, the cohort size, and its cells (none past its last month). */
export interface HeatRow {
  key: string;
  header: string;
  size: string;
  isAverage: boolean;
  /** The months the row has reached. */
  cells: HeatCell[];
  /** How many columns are past its last month. */
  missing: number;
}

/** Inputs of {@link useCohortGrid}: the chart's data and its chosen measure, display and view. */
export interface CohortGridInput {
  data: readonly CohortRow[];
  measure: RetentionMeasure;
  display: CohortDisplay;
  view: CohortView;
  unfinishedMonth: MonthString | undefined;
  onSelect: ((selection: BreakdownSelection) => void) | undefined;
  formatters: Formatters;
  messages: Messages;
}

/** Cohort index of the weighted average row in the describers below. */
export const AVERAGE = -1;

/** The core's figures behind the grid when the cohorts cannot be used (the chart shows its error state). */
const NO_FIGURES = { average: [] as (number | null)[], immature: [] as (number | null)[], retained: [] as number[][] };

/** The class of a colour step: 21 steps of 5 %; above 100 % (revenue expansion) saturates. */
const STEP_CLASSES = Array.from({ length: 21 }, (_, step) => `rk-cell rk-l${step}`);
const IMMATURE_CLASS = 'rk-cell rk-immature';
const stepClass = (value: number | null | undefined) =>
  STEP_CLASSES[typeof value === 'number' ? Math.round(Math.max(0, Math.min(1, value)) * 20) : 0] ?? 'rk-cell rk-l0';

/** A formatter that remembers what it printed: Intl formatting is the largest cost of a big grid. */
function memoizeFormat(format: (value: number | null) => string): (value: number | null | undefined) => string {
  const printed = new Map<number | null, string>();
  return (value = null) => {
    let text = printed.get(value);
    if (text === undefined) {
      text = format(value);
      printed.set(value, text);
    }
    return text;
  };
}

/**
 * The model of the cohort chart, shared by its heatmap and curves views:
 * the core's figures (weighted average, immature cells, exact retained
 * customers / MRR), the text and description of every cell, the heatmap
 * rows (memoised, so focus and hover do not rebuild 7 000 cells), the
 * summary sentence and the roving-focus grid. Row 0 of the heatmap is the
 * average, row r the cohort `data[r − 1]`; the curves are one row of
 * cohorts. Calculations stay in core: this only picks and formats.
 *
 * @example
 * const grid = useCohortGrid({ data, measure, display, view, unfinishedMonth, onSelect, formatters, messages });
 * grid.ok ? grid.heatRows : null
 */
export function useCohortGrid({ data, measure, display, view, unfinishedMonth, onSelect, formatters, messages }: CohortGridInput) {
  // The core throws on cohorts it cannot use (a non-finite retention…): the error state, not a crash.
  const computed = useMemo(
    () =>
      attempt(() => ({
        // The average leaves out the immature cells the grid masks, so the latest diagonal is not understated.
        average: cohortRetentionAverage(data, { measure, unfinishedMonth }),
        // The one rule for immature cells, the same the average applies.
        immature: cohortImmatureMonths(data, { unfinishedMonth }),
        // The report's exact retained customers or MRR, not rebuilt from the ratios.
        retained: data.map((cohort) => cohortRetainedValues(cohort, { measure })),
      })),
    [data, measure, unfinishedMonth],
  );
  const figures = computed.ok ? computed.value : NO_FIGURES;
  const { average } = figures;
  const columns = average.length;
  const measureName = measure === 'logo' ? messages.logoRetention : messages.revenueRetention;

  // Text of cells and their descriptions: one set of closures per data/measure/display, not per cell.
  const describe = useMemo(() => {
    const { immature, retained } = figures;
    const series = (cohort: CohortRow): readonly number[] => (measure === 'logo' ? cohort.logoRetention : cohort.revenueRetention);
    const customersWord = messages.customers.toLocaleLowerCase(formatters.locale);
    const isImmature = (index: number, k: number) => index !== AVERAGE && immature[index] === k;
    // Thousands of cells share few distinct figures (ratios of small counts): format each once.
    const percent = memoizeFormat(formatters.percent);
    const count = memoizeFormat(formatters.count);
    const moneyCompact = memoizeFormat(formatters.moneyCompact);
    const formatAbsolute = (value: number | null | undefined) => (measure === 'logo' ? count(value) : moneyCompact(value));
    const who = (index: number) => {
      const cohort = data[index];
      return cohort === undefined ? messages.weightedAverage : `${messages.cohort} ${formatters.month(cohort.cohort)}`;
    };
    /** The figure a cell shows: `index` is a cohort of `data`, or {@link AVERAGE}. */
    const cellText = (index: number, k: number): string => {
      const cohort = data[index];
      if (cohort === undefined) return percent(average[k]);
      if (isImmature(index, k)) return '…';
      return display === 'percent' ? percent(series(cohort)[k]) : formatAbsolute(retained[index]?.[k]);
    };
    /** The full sentence of a cell: who, which month, the measure and its figures. */
    const cellDescription = (index: number, k: number, name = who(index)): string => {
      if (isImmature(index, k)) return `${name}, ${messages.monthsSince(k)}: ${messages.unfinished}`;
      const cohort = data[index];
      const pct = cohort === undefined ? average[k] : series(cohort)[k];
      const absolute = cohort === undefined ? undefined : retained[index]?.[k];
      const absoluteText =
        cohort === undefined || absolute === undefined
          ? ''
          : `, ${measure === 'logo' ? `${formatters.count(absolute)} / ${formatters.count(cohort.customers)} ${customersWord}` : formatters.moneyCompact(absolute)}`;
      return `${name}, ${messages.monthsSince(k)}: ${measureName} ${formatters.percent(pct)}${absoluteText}`;
    };
    return { series, isImmature, who, cellText, cellDescription };
  }, [figures, average, data, measure, display, measureName, formatters, messages]);

  // Rows of the grid: the average first, then each cohort; cells per row = months reached.
  const rowLengths = useMemo(
    () => (view === 'heatmap' ? [columns, ...data.map((cohort) => describe.series(cohort).length)] : [data.length]),
    [view, columns, data, describe],
  );
  const roving = useRovingGrid(rowLengths, {
    onSelect:
      onSelect && view === 'heatmap'
        ? ({ row, col }) => {
            const cohort = data[row - 1];
            if (cohort && !describe.isImmature(row - 1, col)) onSelect({ figure: 'cohort', cohort: cohort.cohort, monthsSince: col });
          }
        : undefined,
    // The heatmap's cells are static HTML found by position; the curves carry `data-rk-cell`.
    locate: view === 'heatmap' ? heatmapCells : undefined,
  });

  const heatRows = useMemo(
    (): HeatRow[] =>
      view !== 'heatmap'
        ? []
        : [AVERAGE, ...data.keys()].map((index) => {
            const cohort = data[index];
            // Per row once: thousands of cells share these.
            const values: readonly (number | null)[] = cohort === undefined ? average : describe.series(cohort);
            const immatureK = cohort === undefined ? null : figures.immature[index];
            return {
              key: cohort?.cohort ?? 'average',
              header: cohort ? formatters.month(cohort.cohort) : messages.weightedAverage,
              size: cohort ? formatters.count(cohort.customers) : '',
              isAverage: cohort === undefined,
              missing: columns - values.length,
              cells: values.map((value, k): HeatCell =>
                k === immatureK
                  ? { text: '…', className: IMMATURE_CLASS, label: describe.cellDescription(index, k) }
                  : { text: describe.cellText(index, k), className: stepClass(value), label: undefined },
              ),
            };
          }),
    [view, data, average, figures, describe, columns, formatters, messages],
  );

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

  /** The sentence of the item whose details show (the tooltip), or null. */
  let activeDescription: string | null = null;
  if (roving.active && view === 'heatmap') {
    const index = roving.active.row === 0 ? AVERAGE : roving.active.row - 1;
    if (index === AVERAGE || data[index]) activeDescription = describe.cellDescription(index, roving.active.col);
  } else if (roving.active && view === 'curves') {
    const cohort = data[roving.active.col];
    if (cohort) activeDescription = describe.cellDescription(roving.active.col, describe.series(cohort).length - 1);
  }

  return {
    /** False when the core rejected the cohorts: the chart shows its error state. */
    ok: computed.ok,
    average,
    columns,
    measureName,
    summary,
    heatRows,
    roving,
    activeDescription,
    ...describe,
  };
}

/** What {@link useCohortGrid} gives its views. */
export type CohortGrid = ReturnType<typeof useCohortGrid>;
