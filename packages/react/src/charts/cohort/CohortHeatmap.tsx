'use client';
import { memo } from 'react';
import type { Formatters } from '../../format/formatters.js';
import type { Messages } from '../../format/messages.js';
import type { CohortGrid, HeatRow } from './useCohortGrid.js';

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
 * A memoised heatmap row: with thousands of cells, moving the focus or the
 * pointer re-renders only the rows it leaves and enters. Events are handled
 * once on the grid (delegation), and each cell carries as few attributes as
 * it can: its name is its figure, which screen readers announce with the
 * row (cohort) and column (month) headers; the full sentence is the
 * description of the active cell, from the tooltip.
 */
const HeatmapRow = memo(function HeatmapRow({ row, rowIndex, activeCol, tabStopCol, tooltipId, notYet }: HeatmapRowProps) {
  const prefix = `${rowIndex}:`;
  return (
    <tr className={row.isAverage ? 'rk-average-row' : undefined}>
      <th scope="row">{row.header}</th>
      <td className="rk-num">{row.size}</td>
      {row.cells.map((cell, k) =>
        k === activeCol || k === tabStopCol ? (
          <td
            key={k}
            role="gridcell"
            tabIndex={tabStopCol === k ? 0 : -1}
            data-rk-cell={prefix + k}
            aria-label={cell.label}
            aria-describedby={activeCol === k ? tooltipId : undefined}
            data-active={activeCol === k || undefined}
            className={cell.className}
          >
            {cell.text}
          </td>
        ) : (
          <td key={k} role="gridcell" tabIndex={-1} data-rk-cell={prefix + k} aria-label={cell.label} className={cell.className}>
            {cell.text}
          </td>
        ),
      )}
      {/* Months this cohort has not reached yet: one empty cell, not one per month (half the triangle). */}
      {row.missing > 0 ? <td className="rk-cell-empty" colSpan={row.missing} aria-label={notYet} /> : null}
    </tr>
  );
});

/** Props of {@link CohortHeatmap}. */
export interface CohortHeatmapProps {
  grid: CohortGrid;
  /** The grid's accessible name. */
  label: string;
  /** Id of the tooltip that describes the active cell. */
  tooltipId: string;
  formatters: Formatters;
  messages: Messages;
}

/**
 * The heatmap view of the cohort chart: an ARIA grid (a table) whose rows
 * are the weighted average then the cohorts, columns the months since
 * start, one colour step class per cell, and the colour legend. Keyboard,
 * pointer and selection come from the grid's roving focus (delegated).
 */
export function CohortHeatmap({ grid, label, tooltipId, formatters, messages }: CohortHeatmapProps) {
  const { roving, heatRows, columns } = grid;
  return (
    <div className="rk-heatmap-scroll">
      <table role="grid" className="rk-heatmap" aria-label={label} {...roving.delegatedProps}>
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
        <span className="rk-heat-immature" aria-hidden="true">
          …
        </span>
        <span>{messages.unfinished}</span>
      </div>
    </div>
  );
}
