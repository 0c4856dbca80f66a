import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { customerBreakdown, type Dataset } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { CustomerBreakdown } from '@revkit/react';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { LAST_MONTH, sampleReport } from '../reports';

const range = { from: sampleReport.from, to: sampleReport.to };
/** The month of the sample's last twelve with the most churned customers. */
const churnMonth = sampleReport.mrr.reduce((a, b) => (b.churnedCustomers > a.churnedCustomers ? b : a));
const churned = customerBreakdown(defaultDataset(), { figure: 'churn', month: churnMonth.month }, range);

/** 230 customers who all leave in March 2026: more than two pages. */
const manyLeave: Dataset = {
  currency: 'EUR',
  subscriptions: Array.from({ length: 230 }, (_, i) => ({
    id: `s${i}`,
    customerId: `acct_${String(i).padStart(3, '0')}`,
    start: '2026-01-01',
    end: '2026-03-15',
    amount: (49 + (i % 7) * 10).toFixed(2),
    interval: 'month' as const,
  })),
};

/**
 * The customers behind a figure of the report, from `customerBreakdown` of
 * `@revkit/core`: each with MRR before and after and its part, the parts
 * summing exactly to the total under them. Sortable by any column, paged
 * beyond 100. A dashboard opens it when a bar, step or cohort cell is chosen.
 */
const meta = {
  title: 'Components/CustomerBreakdown',
  component: CustomerBreakdown,
  args: { data: churned },
  argTypes: {
    data: { control: false, description: '`customerBreakdown(dataset, selection)` from `@revkit/core`' },
    sort: { control: false },
    defaultSort: { control: false },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof CustomerBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The churned customers of the sample's worst churn month; the total equals the report's churn. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const rows = within(canvas.getByRole('table')).getAllByRole('row');
    await expect(rows).toHaveLength(churned.customers.length + 2);
    await expect(churned.total).toBe(churnMonth.churn);
    await expect(rows.at(-1)).toHaveTextContent(/^Total/);
  },
};

/** Sorting by keyboard: Tab to a header button, Enter sorts, Enter again flips it. */
export const KeyboardSorting: Story = {
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: /MRR before/ }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: /MRR before/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: /MRR before/ })).toHaveAttribute('aria-sort', 'ascending');
  },
};

/** 230 customers: 100 a page, Previous and Next, the total always the whole figure. */
export const Paged: Story = {
  args: { data: customerBreakdown(manyLeave, { figure: 'churn', month: '2026-03' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Customers 1–100 of 230');
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Customers 201–230 of 230');
    await expect(canvas.getByRole('button', { name: 'Next page' })).toBeDisabled();
  },
};

/** A cohort cell: every member, the lost ones marked. */
export const CohortCell: Story = {
  args: { data: customerBreakdown(defaultDataset(), { figure: 'cohort', cohort: sampleReport.cohorts[0]?.cohort ?? range.from, monthsSince: 6 }, range) },
};

/** A month's MRR: the paying customers, largest first. */
export const MonthMrr: Story = {
  args: { data: customerBreakdown(defaultDataset(), { figure: 'mrr', month: LAST_MONTH }, range) },
};

export const Loading: Story = { args: { data: null, loading: true } };

/** Nothing to list: a month without contraction. */
export const Empty: Story = { args: { data: customerBreakdown(manyLeave, { figure: 'contraction', month: '2026-03' }) } };

export const ErrorState: Story = { args: { data: null, error: 'The customer list could not be loaded. Try again in a minute.' } };

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };
