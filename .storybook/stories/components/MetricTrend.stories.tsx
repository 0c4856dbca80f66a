import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { MrrRow } from '@revkit/core';
import { MetricTrend, type MetricTrendProps } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { mrrColumn, type MrrMetricId } from '../kpis';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { NO_MRR_ROWS, fullReport, hugeReport, noRevenueReport, sampleReport, shrinkingReport, singleMonthReport } from '../reports';

/** `MetricTrend` over the report's monthly rows. */
const MrrMetricTrend = MetricTrend<MrrRow>;

/** A reader of one `report.mrr` column, picked by its catalog id. */
const column = (id: MrrMetricId) => {
  const key = mrrColumn(id);
  return (row: MrrRow) => {
    const value = row[key];
    return typeof value === 'number' ? value : null;
  };
};
const seriesIds = ['mrr', 'arr', 'customers', 'arpa', 'customerChurnRate', 'nrr', 'mrrGrowthRate'] as const satisfies readonly MrrMetricId[];

/**
 * Any monthly series of the report (MRR, ARR, customers, a rate) as a line
 * or an area. `y` picks the figure of a row: `(row) => row.arr`.
 */
const meta = {
  title: 'Components/MetricTrend',
  component: MrrMetricTrend,
  args: { data: sampleReport.mrr, y: column('mrr') as MetricTrendProps<MrrRow>['y'], label: 'MRR', unit: 'money', variant: 'line' },
  argTypes: {
    data: { control: false, description: '`report.mrr` (or any monthly rows) from `buildReport`' },
    y: { control: 'select', options: seriesIds, mapping: Object.fromEntries(seriesIds.map((id) => [id, column(id)])) },
    x: { control: false },
    unit: { control: 'select', options: ['money', 'ratio', 'multiple', 'percent-points', 'count', 'days', 'months', 'score'] },
    variant: { control: 'inline-radio', options: ['line', 'area'] },
    height: { control: { type: 'range', min: 120, max: 480, step: 20 } },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof MrrMetricTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MRR over the sample data's last twelve months. */
export const Default: Story = {};

/**
 * Plain data props, as a React Server Component passes them: `y` by key
 * (`y="arr"`) and the format by unit name (`valueFormatter="money"`).
 */
export const KeyAccessorAndNamedFormat: Story = {
  args: { y: 'arr', label: 'ARR', valueFormatter: 'money' },
  play: async ({ canvas }) => {
    const last = sampleReport.mrr.at(-1);
    if (!last) throw new Error('The sample data needs a month');
    const points = await within(canvas.getByRole('figure', { name: 'ARR' })).findAllByRole('img');
    await expect(points).toHaveLength(sampleReport.mrr.length);
    await expect(points.at(-1)).toHaveAccessibleName(/^October 2026: €[\d.]+[KM]$/);
  },
};

export const ArrArea: Story = { args: { y: column('arr'), label: 'ARR', variant: 'area' } };

export const Customers: Story = { args: { y: column('customers'), label: 'Paying customers', unit: 'count' } };

/** A rate: formatted as a percentage. */
export const ChurnRate: Story = { args: { y: column('customerChurnRate'), label: 'Customer churn rate', unit: 'ratio' } };

/** Three years of MRR. */
export const ThirtySixMonths: Story = { args: { data: fullReport.mrr, variant: 'area' } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { data: NO_MRR_ROWS } };

/** Every value missing (ARPA without customers is `null`): the empty state, never NaN. */
export const AllValuesMissing: Story = { args: { data: noRevenueReport.mrr, y: column('arpa'), label: 'ARPA' } };

/** The first months have no rate (no previous month): gaps, not zeros. */
export const MissingValues: Story = { args: { data: shrinkingReport.mrr, y: column('nrr'), label: 'Net revenue retention', unit: 'ratio' } };

export const ErrorState: Story = { args: { error: 'The warehouse is not reachable.' } };

/** MRR growth going negative month after month: the axis crosses zero. */
export const NegativeValues: Story = { args: { data: shrinkingReport.mrr, y: column('mrrGrowthRate'), label: 'MRR growth rate', unit: 'ratio' } };

/** Billions next to nothing. */
export const HugeValues: Story = { args: { data: hugeReport.mrr, variant: 'area' } };

export const SingleMonth: Story = { args: { data: singleMonthReport.mrr } };

export const LongLabel: Story = {
  args: { label: 'Monthly recurring revenue of annual self-serve and sales-assisted plans in Europe, the Middle East and Africa' },
};

export const French: Story = { ...inFrench, args: { label: 'MRR' } };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme, args: { variant: 'area' } };

export const BrandTheme: Story = { ...inBrandTheme, args: { variant: 'area' } };

export const Narrow320px: Story = { ...at320px };

/** Arrow keys walk the months; each point says its month and value. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR' });
    await expect(figure).toHaveAccessibleDescription(/^MRR rose \d+(\.\d)?% from €[\d.]+K in Nov 2025 to €[\d.]+K in Oct 2026\.$/);
    await expect(await within(figure).findAllByRole('img')).toHaveLength(sampleReport.mrr.length);
    const first = await tabIntoChart(canvasElement);
    await expect(first).toHaveAccessibleName(/^November 2025: €/);
    await expectTooltipFor(first, /November 2025/);
    await pressAndExpectFocus('{ArrowRight}', /^December 2025: €/);
    await pressAndExpectFocus('{End}', /^October 2026: €/);
  },
};
