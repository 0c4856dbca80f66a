import { buildReport, mrrBridge, type MrrRow } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { emptyReport, sampleReport, singleCustomerReport } from '../test/reports.js';
import { MrrMovementsChart } from './MrrMovementsChart.js';

const en = createFormatters('en-US', 'USD');

describe('MrrMovementsChart', () => {
  const rows = sampleReport().mrr;

  test('one named column per month, with every movement and net new in words', () => {
    render(<MrrMovementsChart data={rows} />);
    const months = screen.getAllByRole('img');
    expect(months).toHaveLength(rows.length);
    const october = rows.at(-1)!;
    expect(months.at(-1)).toHaveAccessibleName(new RegExp(`^October 2026, .*Net new MRR ${en.signedMoneyCompact(october.netNew).replace(/[.$+]/g, '\\$&')}$`));
    expect(months.at(-1)).toHaveAccessibleName(new RegExp(`Churn ${en.signedMoneyCompact(october.churn).replace(/[.$]/g, '\\$&')}`));
  });

  test('summary names the best and weakest months', () => {
    render(<MrrMovementsChart data={rows} />);
    const best = rows.reduce((a, b) => (b.netNew > a.netNew ? b : a));
    expect(screen.getByRole('figure', { name: 'MRR movements' })).toHaveAccessibleDescription(
      new RegExp(`^MRR movements over 12 months from Nov 2025 to Oct 2026: .* net new in total; best month ${en.month(best.month)}`),
    );
  });

  test('the unfinished month is said to be in progress, in the chart and the table', async () => {
    const user = userEvent.setup();
    render(<MrrMovementsChart data={rows} unfinishedMonth="2026-10" />);
    expect(screen.getAllByRole('img').at(-1)).toHaveAccessibleName(/^October 2026 \(month in progress\)/);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'Oct 2026 (month in progress)' })).toBeInTheDocument();
  });

  test('keyboard moves month by month and shows each month in the tooltip', async () => {
    const user = userEvent.setup();
    render(<MrrMovementsChart data={rows} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getAllByRole('img')[2]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(en.monthLong(rows[2]!.month));
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Net new MRR: ${en.signedMoneyCompact(rows[2]!.netNew)}`);
  });

  test('the legend says which movements are gains and losses, not only by colour', () => {
    render(<MrrMovementsChart data={rows} />);
    const legend = screen.getByRole('list', { name: 'Colour scale' });
    expect(within(legend).getByText('Churn (−)')).toBeInTheDocument();
    expect(within(legend).getByText('New (+)')).toBeInTheDocument();
  });

  test('all-zero months and a single customer render without NaN', () => {
    const { unmount } = render(<MrrMovementsChart data={emptyReport().mrr} />);
    expect(document.body).not.toHaveTextContent('NaN');
    expect(document.body.innerHTML).not.toContain('NaN');
    unmount();
    render(<MrrMovementsChart data={singleCustomerReport().mrr} />);
    expect(document.body.innerHTML).not.toContain('NaN');
    expect(screen.getAllByRole('img')).toHaveLength(4);
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<MrrMovementsChart data={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<MrrMovementsChart data={rows} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<MrrMovementsChart data={rows} error />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not show this chart');
  });

  test('a NaN movement or months out of order: the error state with a plain message, not a crash', () => {
    const broken: MrrRow[] = rows.map((row, index) => (index === 3 ? { ...row, expansion: Number.NaN } : row));
    const { rerender } = render(<MrrMovementsChart data={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not show this chart');
    expect(alert).toHaveTextContent('Some values in this data cannot be charted');
    expect(screen.queryByRole('img')).toBeNull();
    rerender(<MrrMovementsChart data={[rows[2]!, rows[0]!, rows[1]!]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some values in this data cannot be charted');
    // An error of the caller's own still wins.
    rerender(<MrrMovementsChart data={broken} error="The report could not be built" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The report could not be built');
  });

  test('a NaN movement with the report’s bridge of the same range: still the error state, never a bar drawn as 0', () => {
    const report = sampleReport();
    const broken: MrrRow[] = report.mrr.map((row, index) => (index === 3 ? { ...row, churn: Number.NaN } : row));
    render(<MrrMovementsChart data={broken} bridge={report.mrrBridge} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some values in this data cannot be charted');
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('with the report’s bridge, the total net new is its exact figure; without, the rows’ sum', () => {
    const report = sampleReport();
    const cents = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(2) : '—');
    // The rows give a starting MRR a cent off the exact one (their first mrr − netNew, each rounded on its own).
    expect(mrrBridge(report.mrr)!.netNew).toBe(105746.42);
    expect(report.mrrBridge.netNew).toBe(105746.41);
    const { rerender } = render(<MrrMovementsChart data={report.mrr} bridge={report.mrrBridge} valueFormatter={cents} />);
    const figure = screen.getByRole('figure', { name: 'MRR movements' });
    expect(figure).toHaveAccessibleDescription(/from Nov 2025 to Oct 2026: 105746\.41 net new in total;/);
    rerender(<MrrMovementsChart data={report.mrr} valueFormatter={cents} />);
    expect(figure).toHaveAccessibleDescription(/: 105746\.42 net new in total;/);
    // Rows of part of the report's range: still exact, the net new of the report of those months.
    rerender(<MrrMovementsChart data={report.mrr.slice(1)} bridge={report.mrrBridge} valueFormatter={cents} />);
    expect(figure).toHaveAccessibleDescription(/over 11 months from Dec 2025 to Oct 2026: /);
    const later = buildReport(defaultDataset(), { from: '2025-12', to: '2026-10' }).mrrBridge.netNew;
    expect(figure).toHaveAccessibleDescription(new RegExp(`: ${later.toFixed(2).replace('.', '\\.')} net new in total;`));
  });
});
