import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { sampleReport } from '../test/reports.js';
import { MetricTrend } from './MetricTrend.js';

const en = createFormatters('en-US', 'USD');

describe('MetricTrend', () => {
  const rows = sampleReport().mrr;

  test('summary from the first to the last month, one point per month', () => {
    render(<MetricTrend data={rows} y={(row) => row.arr} label="ARR" variant="area" />);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    expect(screen.getByRole('figure', { name: 'ARR' })).toHaveAccessibleDescription(
      `ARR ${last.arr >= first.arr ? 'rose' : 'fell'} ${en.percent(Math.abs(last.arr - first.arr) / first.arr)} from ${en.moneyCompact(first.arr)} in Nov 2025 to ${en.moneyCompact(last.arr)} in Oct 2026.`,
    );
    expect(screen.getAllByRole('img')).toHaveLength(rows.length);
  });

  test('counts and rates format by unit; missing values are said to be not available', async () => {
    const user = userEvent.setup();
    render(<MetricTrend data={rows} y={(row) => row.customerChurnRate} label="Customer churn" unit="ratio" />);
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(`November 2025: ${en.percent(rows[0]!.customerChurnRate)}`);
    render(<MetricTrend data={rows} y={(row, ) => (row.month === '2026-03' ? null : row.customers)} label="Customers" unit="count" />);
    expect(screen.getByRole('img', { name: 'March 2026: not available' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Show data table' })[1]!);
    expect(screen.getByRole('row', { name: /Mar 2026/ })).toHaveTextContent('—');
  });

  test('keyboard and tooltip', async () => {
    const user = userEvent.setup();
    render(<MetricTrend data={rows} y={(row) => row.mrr} label="MRR" />);
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('img').at(-1)).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`MRR: ${en.moneyCompact(rows.at(-1)!.mrr)}`);
  });

  test('a custom month accessor and a single data point', () => {
    render(<MetricTrend data={[{ period: '2026-01', value: 5 }]} x={(datum) => datum.period} y={(datum) => datum.value} label="Deals" unit="count" />);
    expect(screen.getByRole('figure', { name: 'Deals' })).toHaveAccessibleDescription('Deals was unchanged at 5 from Jan 2026 to Jan 2026.');
  });

  test('empty when every value is missing; loading and error', () => {
    const { rerender } = render(<MetricTrend data={rows} y={() => null} label="NPS" />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<MetricTrend data={rows} y={(row) => row.mrr} label="MRR" loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<MetricTrend data={rows} y={(row) => row.mrr} label="MRR" error />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
