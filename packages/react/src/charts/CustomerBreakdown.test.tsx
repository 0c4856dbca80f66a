import { customerBreakdown, type Dataset } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { sampleReport } from '../test/reports.js';
import { CustomerBreakdown } from './CustomerBreakdown.js';

const en = createFormatters('en-US', 'EUR');
const range = { from: '2025-11', to: '2026-10' } as const;

/** `count` customers who all churn in March 2024, paying 10.00, 10.01, 10.02… */
function churnOf(count: number): Dataset {
  return {
    currency: 'EUR',
    subscriptions: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      customerId: `cus_${String(i).padStart(3, '0')}`,
      start: '2024-01-01',
      end: '2024-03-10',
      amount: (10 + i / 100).toFixed(2),
      interval: 'month' as const,
    })),
  };
}

describe('CustomerBreakdown', () => {
  test('lists the churned customers of a month with their MRR before and after, the total under them equal to the report', () => {
    const month = sampleReport().mrr.find((row) => row.churn < 0)!;
    const data = customerBreakdown(defaultDataset(), { figure: 'churn', month: month.month }, range);
    render(
      <RevkitProvider currency="EUR">
        <CustomerBreakdown data={data} />
      </RevkitProvider>,
    );
    const region = screen.getByRole('region', { name: `Churn, ${en.monthLong(month.month)}: customers` });
    const table = within(region).getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header, one row per churned customer, the total.
    expect(rows).toHaveLength(data.customers.length + 2);
    const first = data.customers[0]!;
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent(first.customerId);
    expect(rows[1]).toHaveTextContent(en.money(first.before));
    expect(rows[1]).toHaveTextContent(en.signedMoney(first.amount));
    expect(rows.at(-1)).toHaveTextContent(`Total${en.signedMoney(month.churn)}`);
    expect(region).toHaveAccessibleDescription(new RegExp(`^${data.customers.length} customers?; their amounts sum to ${en.signedMoney(month.churn).replace(/[.+$-]/g, '\\$&')}`));
  });

  test('sorts by a column from its header button, with aria-sort, and back', async () => {
    const user = userEvent.setup();
    render(<CustomerBreakdown data={customerBreakdown(churnOf(5), { figure: 'churn', month: '2024-03' })} />);
    const table = screen.getByRole('table');
    const firstCustomer = () => within(within(table).getAllByRole('row')[1]!).getByRole('rowheader').textContent;
    // The core's order: the largest loss first.
    expect(firstCustomer()).toBe('cus_004');
    await user.click(within(table).getByRole('button', { name: /Customer/ }));
    expect(within(table).getByRole('columnheader', { name: /Customer/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCustomer()).toBe('cus_000');
    await user.keyboard('{Enter}');
    expect(within(table).getByRole('columnheader', { name: /Customer/ })).toHaveAttribute('aria-sort', 'descending');
    expect(firstCustomer()).toBe('cus_004');
  });

  test('pages beyond pageSize with Previous and Next, the total staying the whole figure', async () => {
    const user = userEvent.setup();
    const data = customerBreakdown(churnOf(250), { figure: 'churn', month: '2024-03' });
    render(<CustomerBreakdown data={data} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(100 + 2);
    expect(screen.getByRole('status')).toHaveTextContent('Customers 1–100 of 250');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('status')).toHaveTextContent('Customers 201–250 of 250');
    expect(within(table).getAllByRole('row')).toHaveLength(50 + 2);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent(createFormatters('en-US', 'USD').signedMoney(data.total));
  });

  test('a cohort cell says who still pays and marks the lost customers', () => {
    const data = customerBreakdown(churnOf(2), { figure: 'cohort', cohort: '2024-01', monthsSince: 2 });
    render(<CustomerBreakdown data={data} />);
    expect(screen.getByRole('region')).toHaveAccessibleName('Cohort Jan 2024, March 2024: customers');
    expect(screen.getByRole('region')).toHaveAccessibleDescription(/^2 customers, 0 still paying/);
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('(lost)');
  });

  test('speaks French in a French provider', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <CustomerBreakdown data={customerBreakdown(churnOf(1), { figure: 'churn', month: '2024-03' })} />
      </RevkitProvider>,
    );
    expect(screen.getByRole('region')).toHaveAccessibleName('Churn, mars 2024 : clients');
    expect(screen.getByRole('columnheader', { name: /MRR avant/ })).toBeInTheDocument();
  });

  test('empty, loading and error states, with no division and no NaN', () => {
    const { rerender } = render(<CustomerBreakdown data={customerBreakdown(churnOf(1), { figure: 'contraction', month: '2024-03' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<CustomerBreakdown data={null} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<CustomerBreakdown data={null} error="The dataset could not be read." />);
    expect(screen.getByRole('alert')).toHaveTextContent('The dataset could not be read.');
    expect(document.body.innerHTML).not.toContain('NaN');
  });

  test('forwards its ref and HTML attributes to the section', () => {
    let root: HTMLElement | null = null;
    render(<CustomerBreakdown ref={(node) => void (root = node)} id="detail" data-panel="x" data={null} />);
    expect(root).toBe(document.getElementById('detail'));
    expect(root).toHaveAttribute('data-panel', 'x');
  });
});
