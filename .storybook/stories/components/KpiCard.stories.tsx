import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { KpiCard, useRevkit, type KpiCardProps } from '@revkit/react';
import { kpiCardProps, valueIn } from '../kpis';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { LAST_MONTH, fullReport, hugeReport, noRevenueReport, sampleReport, shrinkingReport, singleMonthReport } from '../reports';

/**
 * One KPI: label, value, the change against the previous period coloured by
 * the metric's polarity and said in words, an optional sparkline, target
 * and formula. Label, unit, polarity and formula come from core's
 * `getMetric`, the figures from `report.mrr`.
 */
const meta = {
  title: 'Components/KpiCard',
  component: KpiCard,
  decorators: [(Story) => <div style={{ maxWidth: '22rem' }}>{Story()}</div>],
  args: kpiCardProps('mrr', sampleReport.mrr),
  argTypes: {
    unit: { control: 'select', options: ['money', 'ratio', 'multiple', 'percent-points', 'count', 'days', 'months', 'score'] },
    polarity: { control: 'inline-radio', options: ['higher-is-better', 'lower-is-better', 'neutral'] },
    value: { control: 'number' },
    previousValue: { control: 'number' },
    target: { control: 'number' },
    error: { control: 'text' },
    sparkline: { control: false },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof KpiCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MRR of the sample data's last month against the month before, with its sparkline and formula. */
export const Default: Story = {};

/** Churn rising is bad news: the metric's polarity colours the change and says "bad". */
export const LowerIsBetter: Story = { args: kpiCardProps('customerChurnRate', sampleReport.mrr) };

export const WithTarget: Story = { args: { ...kpiCardProps('customers', sampleReport.mrr), target: 400 } };

export const WithoutSparklineOrFormula: Story = { args: { ...kpiCardProps('nrr', sampleReport.mrr), sparkline: undefined, formula: undefined } };

export const Loading: Story = { args: { loading: true } };

/** No customers yet: ARPA is `null` and shows as "not available". */
export const Empty: Story = { args: kpiCardProps('arpa', noRevenueReport.mrr) };

export const ErrorState: Story = { args: { error: 'MRR could not be computed: 3 subscriptions have no price.' } };

/** A shrinking business: MRR growth is negative, though less negative than last month. */
export const NegativeValues: Story = { args: kpiCardProps('mrrGrowthRate', shrinkingReport.mrr.slice(0, -1)) };

/** Billions: compact money keeps the figure on one line. */
export const HugeValues: Story = { args: kpiCardProps('mrr', hugeReport.mrr.slice(0, -1)) };

/** A report of one month: no previous period, so no change is shown. */
export const SinglePeriod: Story = { args: kpiCardProps('mrr', singleMonthReport.mrr) };

export const LongLabel: Story = {
  args: {
    ...kpiCardProps('nrr', sampleReport.mrr),
    label: 'Net revenue retention of annual self-serve and sales-assisted customers in Europe, the Middle East and Africa',
  },
};

export const French: Story = { ...inFrench, args: kpiCardProps('mrr', sampleReport.mrr, 'fr') };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme, args: { ...kpiCardProps('customerChurnRate', sampleReport.mrr), target: 0.02 } };

export const BrandTheme: Story = { ...inBrandTheme, args: { ...kpiCardProps('customers', sampleReport.mrr), target: 400 } };

export const Narrow320px: Story = { ...at320px };

/** The formula hides behind a disclosure; opening it shows the catalog's words. */
export const RevealFormula: Story = {
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole('group', { name: args.label });
    const disclosure = within(card).getByText('How is this calculated?');
    await expect(within(card).queryByText(/Sum of the monthly amounts/)).not.toBeVisible();
    await userEvent.click(disclosure);
    await expect(within(card).getByText(/Sum of the monthly amounts/)).toBeVisible();
  },
};

type Comparison = 'previous-month' | 'same-month-last-year';

/**
 * How a product lets a reader switch what a KPI compares with: the card
 * gets a different `previousValue` and `comparisonLabel`.
 */
function KpiCardWithComparison(props: KpiCardProps) {
  const { formatters } = useRevkit();
  const [comparison, setComparison] = useState<Comparison>('previous-month');
  const lastYear = `${Number(LAST_MONTH.slice(0, 4)) - 1}${LAST_MONTH.slice(4)}`;
  const previousMonth = fullReport.mrr[fullReport.mrr.length - 2]?.month ?? LAST_MONTH;
  const against = comparison === 'previous-month' ? previousMonth : lastYear;
  const choices: { value: Comparison; label: string }[] = [
    { value: 'previous-month', label: 'Previous month' },
    { value: 'same-month-last-year', label: 'Same month last year' },
  ];
  return (
    <div>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}>
        <legend>Compare with</legend>
        {choices.map((choice) => (
          <label key={choice.value} style={{ marginRight: '1rem' }}>
            <input type="radio" name="kpi-comparison" value={choice.value} checked={comparison === choice.value} onChange={() => setComparison(choice.value)} /> {choice.label}
          </label>
        ))}
      </fieldset>
      <KpiCard {...props} previousValue={valueIn('mrr', fullReport.mrr, against)} comparisonLabel={`vs ${formatters.monthLong(against)}`} />
    </div>
  );
}

/** Switching the comparison changes the change shown, in words and figures. */
export const SwitchComparison: Story = {
  args: kpiCardProps('mrr', fullReport.mrr),
  render: (args) => <KpiCardWithComparison {...args} />,
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole('group', { name: args.label });
    await expect(within(card).getByText('vs September 2026')).toBeVisible();
    const monthOnMonth = within(card).getByText(/vs September 2026/).closest('p')?.textContent;
    await userEvent.click(canvas.getByRole('radio', { name: 'Same month last year' }));
    await expect(canvas.getByRole('radio', { name: 'Same month last year' })).toBeChecked();
    await expect(within(card).getByText('vs October 2025')).toBeVisible();
    const delta = within(card).getByText(/vs October 2025/).closest('p');
    await expect(delta).toHaveTextContent(/up, \+€[\d.]+K \(\+\d+(\.\d)?%\), good/);
    await expect(delta?.textContent).not.toBe(monthOnMonth);
    await userEvent.click(canvas.getByRole('radio', { name: 'Previous month' }));
    await expect(within(card).getByText('vs September 2026')).toBeVisible();
  },
};
