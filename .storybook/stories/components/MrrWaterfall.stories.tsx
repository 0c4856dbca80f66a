import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MrrWaterfall } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { NO_MRR_ROWS, hugeReport, noRevenueReport, sampleQuarterReport, sampleReport, shrinkingReport, singleMonthReport } from '../reports';

const months = sampleReport.mrr.map((row) => row.month);

/**
 * The MRR bridge: starting MRR, new, expansion, reactivation, contraction
 * and churn, to ending MRR. Feed it `report.mrrBridge` (`bridge`): the
 * report's range, or any `from`..`to` inside it, exact to the cent. With
 * `report.mrr` (`data`) alone it sums the rows, for one month (the default)
 * or another `from`..`to`, and shows the cents their rounding leaves.
 */
const meta = {
  title: 'Components/MrrWaterfall',
  component: MrrWaterfall,
  args: { data: sampleReport.mrr },
  argTypes: {
    data: { control: false, description: '`report.mrr` from `buildReport`' },
    bridge: { control: false, description: '`report.mrrBridge` from `buildReport`: any range inside the report, balanced to the cent' },
    from: { control: 'select', options: [undefined, ...months] },
    to: { control: 'select', options: [undefined, ...months] },
    height: { control: { type: 'range', min: 160, max: 480, step: 20 } },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof MrrWaterfall>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The last month of the sample data. */
export const Default: Story = {};

/** Twelve months summed into one bridge from the rows alone (no `bridge`): approximate to a few cents. */
export const TwelveMonthRange: Story = { args: { from: sampleReport.from, to: sampleReport.to } };

/**
 * The report's own bridge over its twelve months (`bridge={report.mrrBridge}`):
 * computed by the core from the exact sums, so start + movements = end to the
 * cent and there is never a "Rounding" step.
 */
export const ReportBridge: Story = {
  args: { bridge: sampleReport.mrrBridge },
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR bridge' });
    await expect(figure).toHaveAccessibleDescription(/over Nov 2025 – Oct 2026/);
    const bars = await within(figure).findAllByRole('img');
    await expect(bars.map((bar) => bar.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Starting MRR',
      'New',
      'Expansion',
      'Reactivation',
      'Contraction',
      'Churn',
      'Ending MRR',
    ]);
  },
};

/**
 * A quarter inside the report (`from`/`to` with `bridge={report.mrrBridge}`):
 * the core computes it from the report's exact monthly figures, so it shows
 * what the report of that quarter alone shows, balanced to the cent with no
 * "Rounding" step.
 */
export const QuarterOfReportBridge: Story = {
  args: { bridge: sampleReport.mrrBridge, from: '2026-04', to: '2026-06', valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(2) : '—') },
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR bridge' });
    await expect(figure).toHaveAccessibleDescription(/over Apr 2026 – Jun 2026/);
    const quarter = sampleQuarterReport.mrrBridge;
    // The bars are drawn once the chart's width is measured: wait for them.
    const bars = await within(figure).findAllByRole('img');
    await expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      `Starting MRR: ${quarter.startMrr.toFixed(2)}`,
      `New: ${quarter.new.toFixed(2)}`,
      `Expansion: ${quarter.expansion.toFixed(2)}`,
      `Reactivation: ${quarter.reactivation.toFixed(2)}`,
      `Contraction: ${quarter.contraction.toFixed(2)}`,
      `Churn: ${quarter.churn.toFixed(2)}`,
      `Ending MRR: ${quarter.endMrr.toFixed(2)}`,
    ]);
  },
};

export const Loading: Story = { args: { loading: true } };

/** No MRR rows at all. */
export const Empty: Story = { args: { data: NO_MRR_ROWS } };

/** A company with no revenue yet: every step is zero and still drawn. */
export const NoRevenueYet: Story = { args: { data: noRevenueReport.mrr } };

export const ErrorState: Story = { args: { error: 'The billing provider did not answer.' } };

/** A shrinking quarter: contraction and churn outweigh new business, net new is negative. */
export const NegativeNetNew: Story = { args: { data: shrinkingReport.mrr, from: '2026-04', to: '2026-09' } };

/** Billions of MRR and a one-cent customer, summed over the year. */
export const HugeValues: Story = { args: { data: hugeReport.mrr, from: hugeReport.from, to: hugeReport.to } };

/** A report of a single month. */
export const SingleMonth: Story = { args: { data: singleMonthReport.mrr } };

export const LongTitle: Story = {
  args: { title: 'Monthly recurring revenue bridge for the EMEA self-serve and sales-assisted segments, all plans' },
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

/** Below 520 px the bridge turns into horizontal bars so step names fit. */
export const Narrow320px: Story = { ...at320px };

/**
 * Arrow keys move across the steps; each step's name says its amount. From
 * the rows alone (no `bridge`), October 2026's movements, each rounded to
 * cents, add up to a cent less than net new MRR: a "Rounding" step shows it,
 * so the bars land on ending MRR. (With `bridge={report.mrrBridge}` there is
 * none: see QuarterOfReportBridge.)
 */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR bridge' });
    await expect(figure).toHaveAccessibleDescription(/^MRR rose .* to €/);
    const bars = await within(figure).findAllByRole('img');
    await expect(bars.map((bar) => bar.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Starting MRR',
      'New',
      'Expansion',
      'Reactivation',
      'Contraction',
      'Churn',
      'Rounding',
      'Ending MRR',
    ]);
    const start = await tabIntoChart(canvasElement);
    await expect(start).toHaveAccessibleName(/^Starting MRR: €/);
    await expectTooltipFor(start, /MRR after/);
    const added = await pressAndExpectFocus('{ArrowRight}', /^New: \+€/);
    await expectTooltipFor(added, /^New/);
    await pressAndExpectFocus('{End}', /^Ending MRR: €/);
    await pressAndExpectFocus('{ArrowLeft}', /^Rounding: [-−]€0\.01$/);
    await pressAndExpectFocus('{ArrowLeft}', /^Churn: [-−]€/);
  },
};
