import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MrrMovementsChart } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { LAST_MONTH, NO_MRR_ROWS, fullReport, hugeReport, noRevenueReport, sampleReport, shrinkingReport, singleMonthReport } from '../reports';

/**
 * Monthly MRR movements: gains stacked above zero, losses below, net new
 * MRR as a line; the month in progress is marked. Feed it `report.mrr`.
 */
const meta = {
  title: 'Components/MrrMovementsChart',
  component: MrrMovementsChart,
  args: { data: sampleReport.mrr },
  argTypes: {
    data: { control: false, description: '`report.mrr` from `buildReport`' },
    bridge: { control: false, description: '`report.mrrBridge`: the total net new of the summary, exact' },
    unfinishedMonth: { control: 'select', options: [undefined, ...sampleReport.mrr.map((row) => row.month)] },
    height: { control: { type: 'range', min: 160, max: 480, step: 20 } },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof MrrMovementsChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The last twelve months of the sample data. */
export const Default: Story = {};

/**
 * With the report's bridge (`bridge={report.mrrBridge}`), the summary's total
 * net new is the report's exact figure over the rows' range (all of the
 * report's months or some of them), not the rows' cent-rounded movements
 * summed again.
 */
export const ReportBridge: Story = {
  args: { bridge: sampleReport.mrrBridge, valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(2) : '—') },
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR movements' });
    const netNew = sampleReport.mrrBridge.netNew.toFixed(2).replace('.', '\\.');
    await expect(figure).toHaveAccessibleDescription(new RegExp(`: ${netNew} net new in total;`));
  },
};

/** The current month is still running: drawn faded and dashed, and said to be unfinished. */
export const UnfinishedMonth: Story = { args: { unfinishedMonth: LAST_MONTH } };

/** Three years of months. */
export const ThirtySixMonths: Story = { args: { data: fullReport.mrr } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { data: NO_MRR_ROWS } };

/** Months with no movement at all. */
export const NoRevenueYet: Story = { args: { data: noRevenueReport.mrr } };

export const ErrorState: Story = { args: { error: 'The billing provider did not answer.' } };

/** Losses outweigh gains: net new MRR below zero for months. */
export const NegativeNetNew: Story = { args: { data: shrinkingReport.mrr } };

/** Billions of MRR next to a one-cent customer. */
export const HugeValues: Story = { args: { data: hugeReport.mrr } };

export const SingleMonth: Story = { args: { data: singleMonthReport.mrr } };

export const LongTitle: Story = {
  args: { title: 'New, expansion, reactivation, contraction and churn MRR per month for every plan and region' },
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

/** Arrow keys walk the months; each month's name lists its movements and net new MRR. */
export const KeyboardNavigation: Story = {
  args: { unfinishedMonth: LAST_MONTH },
  play: async ({ canvasElement, canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR movements' });
    await expect(figure).toHaveAccessibleDescription(/^MRR movements over 12 months/);
    await expect(await within(figure).findAllByRole('img')).toHaveLength(sampleReport.mrr.length);
    const first = await tabIntoChart(canvasElement);
    await expect(first).toHaveAccessibleName(/^November 2025, .*Net new MRR [+-]€/);
    await expectTooltipFor(first, /November 2025/);
    await pressAndExpectFocus('{ArrowRight}', /^December 2025, /);
    const last = await pressAndExpectFocus('{End}', /^October 2026 \(month in progress\), /);
    await expectTooltipFor(last, /October 2026/);
    await pressAndExpectFocus('{Home}', /^November 2025, /);
  },
};
