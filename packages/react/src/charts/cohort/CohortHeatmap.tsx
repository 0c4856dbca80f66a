'use client';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Formatters } from '../../format/formatters.js';
import type { Messages } from '../../format/messages.js';
import { heatmapCells } from './heatmapCells.js';
import type { CohortGrid, HeatRow } from './useCohortGrid.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/**
 * The cells of one heatmap row as HTML. With 7 000+ cells, one string per
 * row that the browser parses at once renders several times faster than an
 * element per cell (issue 14: < 50 ms for 120 cohorts), and each attribute
 * per cell costs parse time: a cell carries only its role, its colour-step
 * class and its figure, which is its accessible name with the row (cohort)
 * and column (month) headers; immature cells and the months not reached yet
 * get a name of their own. The grid's first cell is the tab stop until the
 * focus moves; the others get a `tabindex` and their position when the
 * focus or the pointer reaches them ({@link heatmapCells}).
 */
function rowHtml(row: HeatRow, rowIndex: number, notYet: string): string {
  let html = `<th scope="row">${escapeHtml(row.header)}</th><td class="rk-num">${escapeHtml(row.size)}</td>`;
  row.cells.forEach((cell, k) => {
    const label = cell.label === undefined ? '' : ` aria-label="${escapeHtml(cell.label)}"`;
    const stop = rowIndex === 0 && k === 0 ? ' tabindex="0" data-rk-cell="0:0"' : '';
    html += `<td role="gridcell"${stop}${label} class="${cell.className}">${escapeHtml(cell.text)}</td>`;
  });
  // Months this cohort has not reached yet: one empty cell, not one per month (half the triangle).
  if (row.missing > 0) html += `<td class="rk-cell-empty" colspan="${row.missing}" aria-label="${escapeHtml(notYet)}"></td>`;
  return html;
}

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
 * pointer and selection come from the grid's roving focus, delegated to the
 * table; the rows' cells are static HTML (see {@link rowHtml}), and only the
 * tab stop and the active cell change, marked here after each render.
 */
export function CohortHeatmap({ grid, label, tooltipId, formatters, messages }: CohortHeatmapProps) {
  const { roving, heatRows, columns } = grid;
  const tableRef = useRef<HTMLTableElement | null>(null);
  const rows = useMemo(() => heatRows.map((row, rowIndex) => ({ key: row.key, className: row.isAverage ? 'rk-average-row' : undefined, html: rowHtml(row, rowIndex, messages.notYet) })), [heatRows, messages.notYet]);

  const stop = roving.tabStop;
  const active = roving.active;
  // The one tab stop and the active cell (outlined, described by the tooltip): a few attributes
  // on two cells, set after every render. The cells marked last time are remembered, not searched
  // for among thousands; new rows' HTML has its own tab stop, the first cell, to take back.
  const marked = useRef<{ rows: unknown; stop: HTMLElement | null; active: HTMLElement | null }>({ rows: null, stop: null, active: null });
  useLayoutEffect(() => {
    const container = tableRef.current?.parentElement;
    if (!container) return;
    const stopCell = heatmapCells.item(container, stop);
    const activeCell = active ? heatmapCells.item(container, active) : null;
    const previous = marked.current;
    const htmlStop = previous.rows === rows ? null : heatmapCells.item(container, { row: 0, col: 0 });
    for (const cell of [previous.stop, htmlStop]) if (cell && cell !== stopCell) cell.tabIndex = -1;
    if (previous.active && previous.active !== activeCell) {
      previous.active.removeAttribute('data-active');
      previous.active.removeAttribute('aria-describedby');
    }
    if (stopCell) stopCell.tabIndex = 0;
    if (activeCell) {
      activeCell.setAttribute('data-active', 'true');
      activeCell.setAttribute('aria-describedby', tooltipId);
    }
    marked.current = { rows, stop: stopCell, active: activeCell };
  });

  return (
    <div className="rk-heatmap-scroll">
      <table role="grid" className="rk-heatmap" aria-label={label} ref={tableRef} {...roving.delegatedProps}>
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
          {rows.map((row) => (
            <tr key={row.key} className={row.className} dangerouslySetInnerHTML={{ __html: row.html }} />
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
