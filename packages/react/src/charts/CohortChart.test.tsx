import { cohortImmatureMonths, cohortRetentionAverage, type CohortRow } from '@revkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { sampleReport } from '../test/reports.js';
import { CohortChart } from './CohortChart.js';

const en = createFormatters('en-US', 'USD');

describe('CohortChart', () => {
  const cohorts = sampleReport().cohorts;
  const first = cohorts[0]!;

  test('a grid with the weighted average row first and one row per cohort', () => {
    render(<CohortChart data={cohorts} />);
    const grid = screen.getByRole('grid', { name: 'Cohort retention: Logo retention' });
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(cohorts.length + 2);
    expect(rows[1]).toHaveTextContent('Weighted average');
    const average = cohortRetentionAverage(cohorts, { measure: 'logo' });
    // A cell is named by its figure; the row (cohort) and column (month) headers give it context.
    expect(within(rows[1]!).getAllByRole('gridcell')[1]).toHaveAccessibleName(en.percent(average[1]));
    expect(within(rows[0]!).getAllByRole('columnheader')[3]).toHaveTextContent('1');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent(en.month(first.cohort));
    expect(within(rows[2]!).getAllByRole('gridcell')).toHaveLength(first.logoRetention.length);
  });

  test('arrow keys move across and down the triangle; the tooltip follows', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} />);
    // Past the six view switches, the grid is one tab stop.
    for (let press = 0; press < 7; press += 1) await user.tab();
    const cells = () => screen.getAllByRole('gridcell');
    expect(cells()[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(en.percent(first.logoRetention[1]));
    // The active cell is described by the full sentence of its tooltip.
    expect(document.activeElement).toHaveAccessibleDescription(
      new RegExp(`^Cohort ${en.month(first.cohort)}, Month 1: Logo retention ${en.percent(first.logoRetention[1]).replace('.', '\\.')}, \\d+ / ${first.customers} customers$`),
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Cohort ${en.month(first.cohort)}, Month 1`);
    // Ctrl+End: the last cell of the last row; the youngest cohort has only month 0.
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveAccessibleDescription(new RegExp(`^Cohort ${en.month(cohorts.at(-1)!.cohort)}, Month 0`));
  });

  test('the grid is one tab stop that follows the focus, also after a click and after new figures', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} />);
    const rowCells = (row: number) => within(screen.getAllByRole('row')[row]!).getAllByRole('gridcell');
    // A click focuses the cell, and the arrow keys go on from there.
    await user.click(rowCells(3)[2]!);
    expect(rowCells(3)[2]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(rowCells(3)[3]).toHaveFocus();
    expect(document.activeElement).toHaveAccessibleName(en.percent(cohorts[1]!.logoRetention[3]));
    // Tab leaves the grid (to the data table's toggle); Shift+Tab comes back to the same cell.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show data table' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(rowCells(3)[3]).toHaveFocus();
    // A tap (no hover before it) focuses the cell too.
    await user.pointer({ keys: '[TouchA]', target: rowCells(4)[1]! });
    expect(rowCells(4)[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(rowCells(3)[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // New figures (revenue retention) replace the cells: still one tab stop, on the same position.
    await user.click(screen.getByRole('button', { name: 'Revenue retention' }));
    // Past the four switches after it.
    for (let press = 0; press < 5; press += 1) await user.tab();
    expect(rowCells(3)[3]).toHaveFocus();
    expect(document.activeElement).toHaveAccessibleName(en.percent(cohorts[1]!.revenueRetention[3]));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show data table' })).toHaveFocus();
  });

  test('mouse hover shows the details of a cell; leaving the grid hides them', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} />);
    const cell = within(screen.getAllByRole('row')[3]!).getAllByRole('gridcell')[2]!;
    await user.hover(cell);
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Cohort ${en.month(cohorts[1]!.cohort)}, Month 2`);
    expect(cell).toHaveAccessibleDescription(/Month 2/);
    await user.unhover(screen.getByRole('grid'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  test('switching to revenue retention and absolute figures', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} />);
    await user.click(screen.getByRole('button', { name: 'Revenue retention' }));
    expect(screen.getByRole('button', { name: 'Revenue retention' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('grid', { name: 'Cohort retention: Revenue retention' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Absolute' }));
    const firstRow = screen.getAllByRole('row')[2]!;
    expect(within(firstRow).getAllByRole('gridcell')[0]).toHaveTextContent(en.moneyCompact(first.mrr));
  });

  test('absolute figures are the report’s exact retained customers and MRR, in the grid, the tooltip and the table', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} defaultDisplay="absolute" />);
    const firstRowCells = () => within(screen.getAllByRole('row')[2]!).getAllByRole('gridcell');
    expect(firstRowCells().map((cell) => cell.textContent)).toEqual(first.retainedCustomers.map((count) => en.count(count)));
    await user.hover(firstRowCells()[1]!);
    expect(screen.getByRole('tooltip')).toHaveTextContent(`${en.count(first.retainedCustomers[1]!)} / ${en.count(first.customers)} customers`);
    await user.click(screen.getByRole('button', { name: 'Revenue retention' }));
    expect(firstRowCells().map((cell) => cell.textContent)).toEqual(first.retainedMrr.map((mrr) => en.moneyCompact(mrr)));
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table', { name: 'Cohort retention: Revenue retention' });
    const tableRow = within(table).getAllByRole('row')[2]!;
    expect(within(tableRow).getAllByRole('cell').slice(1, 1 + first.retainedMrr.length).map((cell) => cell.textContent)).toEqual(
      first.retainedMrr.map((mrr) => en.moneyCompact(mrr)),
    );
  });

  test('shows the carried retained count, never one rebuilt from the ratio', () => {
    // A ratio that would round to 2 customers of 3: the carried exact count (1) is what shows.
    const row: CohortRow = { ...first, customers: 3, logoRetention: [1, 0.66], retainedCustomers: [3, 1], revenueRetention: [1, 1], retainedMrr: [first.mrr, first.mrr] };
    render(<CohortChart data={[row]} defaultDisplay="absolute" />);
    const cells = within(screen.getAllByRole('row')[2]!).getAllByRole('gridcell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['3', '1']);
  });

  test('cohorts without their retained figures: the error state', () => {
    const withoutFigures = cohorts.map(
      ({ cohort, customers, mrr, logoRetention, revenueRetention }) => ({ cohort, customers, mrr, logoRetention, revenueRetention }) as CohortRow,
    );
    render(<CohortChart data={withoutFigures} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some values in this data cannot be charted');
  });

  test('masks exactly the cells core’s cohortImmatureMonths marks', () => {
    const unfinishedMonth = cohorts[6]!.cohort;
    render(<CohortChart data={cohorts} unfinishedMonth={unfinishedMonth} />);
    const expected = cohortImmatureMonths(cohorts, { unfinishedMonth });
    const masked = screen
      .getAllByRole('row')
      .slice(2)
      .map((row) => within(row).getAllByRole('gridcell').findIndex((cell) => cell.textContent === '…'))
      .map((k) => (k < 0 ? null : k));
    expect(masked).toEqual(expected);
    expect(expected.filter((k) => k !== null)).toHaveLength(7);
  });

  test('immature cells of the unfinished month are masked', () => {
    render(<CohortChart data={cohorts} unfinishedMonth={sampleReport().to} />);
    const lastCell = within(screen.getAllByRole('row')[2]!).getAllByRole('gridcell').at(-1)!;
    expect(lastCell).toHaveTextContent('…');
    expect(lastCell).toHaveAccessibleName(/month in progress$/);
  });

  test('the weighted average row leaves out the immature cells it masks', () => {
    const unfinishedMonth = sampleReport().to;
    render(<CohortChart data={cohorts} unfinishedMonth={unfinishedMonth} />);
    const mature = cohortRetentionAverage(cohorts, { measure: 'logo', unfinishedMonth });
    const all = cohortRetentionAverage(cohorts, { measure: 'logo' });
    // The latest diagonal: cohort 2026-09 at month 1 is in October 2026, still in progress.
    expect(mature[1]).not.toBe(all[1]);
    const averageCells = within(screen.getAllByRole('row')[1]!).getAllByRole('gridcell');
    expect(averageCells.map((cell) => cell.textContent)).toEqual(mature.map((value) => en.percent(value)));
    expect(averageCells[1]).toHaveTextContent(en.percent(mature[1]!));
  });

  test('a non-finite retention: the error state with a plain message, not a crash', () => {
    const broken = cohorts.map((cohort, index) => (index === 2 ? { ...cohort, logoRetention: [1, Number.NaN, ...cohort.logoRetention.slice(2)] } : cohort));
    render(<CohortChart data={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not show this chart');
    expect(alert).toHaveTextContent('Some values in this data cannot be charted');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  test('the curves view: one focusable curve per cohort', async () => {
    const user = userEvent.setup();
    render(<CohortChart data={cohorts} defaultView="curves" />);
    const curves = screen.getAllByRole('img');
    expect(curves).toHaveLength(cohorts.length);
    await user.click(screen.getByRole('button', { name: 'Heatmap' }));
    expect(screen.getByRole('grid')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Curves' }));
    screen.getAllByRole('img')[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getAllByRole('img')[1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Cohort ${en.month(cohorts[1]!.cohort)}`);
  });

  test('summary and legend', () => {
    render(<CohortChart data={cohorts} />);
    expect(screen.getByRole('figure', { name: 'Cohort retention' })).toHaveAccessibleDescription(/^12 cohorts of logo retention\. Weighted average after 11 months: /);
    expect(screen.getByText('Colour scale:')).toBeInTheDocument();
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<CohortChart data={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<CohortChart data={cohorts} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<CohortChart data={cohorts} error="no cohorts" />);
    expect(screen.getByRole('alert')).toHaveTextContent('no cohorts');
  });
});
