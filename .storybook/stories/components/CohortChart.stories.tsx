import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CohortChart } from '@revkit/react';
import { expectFocusedCell, expectTooltipFor, focused, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { LAST_MONTH, fullReport, hugeReport, noRevenueReport, sampleReport, shrinkingReport, singleMonthReport } from '../reports';

/**
 * Cohort retention as a heatmap triangle (a keyboard-navigable grid) or as
 * retention curves; logo or revenue retention, % of the starting month or
 * absolute, a weighted average row, immature cells masked. Feed it
 * `report.cohorts`.
 */
const meta = {
  title: 'Components/CohortChart',
  component: CohortChart,
  args: { data: sampleReport.cohorts },
  argTypes: {
    data: { control: false, description: '`report.cohorts` from `buildReport`' },
    defaultMeasure: { control: 'inline-radio', options: ['logo', 'revenue'] },
    defaultDisplay: { control: 'inline-radio', options: ['percent', 'absolute'] },
    defaultView: { control: 'inline-radio', options: ['heatmap', 'curves'] },
    measure: { control: 'inline-radio', options: [undefined, 'logo', 'revenue'], description: 'Controlled measure; pair with `onMeasureChange`' },
    display: { control: 'inline-radio', options: [undefined, 'percent', 'absolute'], description: 'Controlled display; pair with `onDisplayChange`' },
    view: { control: 'inline-radio', options: [undefined, 'heatmap', 'curves'], description: 'Controlled view; pair with `onViewChange`' },
    showTable: { control: 'boolean', description: 'Controlled data table; pair with `onShowTableChange`' },
    unfinishedMonth: { control: 'select', options: [undefined, ...sampleReport.mrr.map((row) => row.month)] },
    height: { control: { type: 'range', min: 160, max: 480, step: 20 } },
    error: { control: 'text' },
  },
} satisfies Meta<typeof CohortChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Twelve monthly cohorts of the sample data, logo retention in %. */
export const Default: Story = {};

export const RevenueRetention: Story = { args: { defaultMeasure: 'revenue' } };

/** Customers (logo) or MRR (revenue) still there, instead of %. */
export const AbsoluteValues: Story = { args: { defaultDisplay: 'absolute' } };

export const RetentionCurves: Story = { args: { defaultView: 'curves' } };

/**
 * Controlled toggles: the host owns measure, display, view and the data
 * table (e.g. in its URL). Without `on*Change` handlers updating the props,
 * clicks change nothing: the props win.
 */
export const Controlled: Story = {
  args: { measure: 'revenue', display: 'absolute', view: 'heatmap', showTable: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Revenue retention' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('button', { name: 'Absolute' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('table', { name: /Cohort retention: Revenue retention/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Logo retention' }));
    await expect(canvas.getByRole('button', { name: 'Revenue retention' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** The current month is still running: its cells are masked as immature. */
export const ImmatureCellsMasked: Story = { args: { unfinishedMonth: LAST_MONTH } };

/** Thirty-six cohorts: the triangle scrolls sideways, the cohort column stays. */
export const ThirtySixCohorts: Story = { args: { data: fullReport.cohorts } };

export const Loading: Story = { args: { loading: true } };

/** No customer ever started: `report.cohorts` is empty. */
export const Empty: Story = { args: { data: noRevenueReport.cohorts } };

export const ErrorState: Story = { args: { error: 'The cohort query failed.' } };

/** Cohorts that churn to zero: retention falls to 0 %. */
export const RetentionFallsToZero: Story = { args: { data: shrinkingReport.cohorts } };

/** Revenue in the billions, absolute: compact money keeps the cells narrow. */
export const HugeValues: Story = { args: { data: hugeReport.cohorts, defaultMeasure: 'revenue', defaultDisplay: 'absolute' } };

/** One cohort, one month: the smallest triangle. */
export const SingleCohort: Story = { args: { data: singleMonthReport.cohorts } };

export const LongTitle: Story = {
  args: { title: 'Logo and revenue retention of monthly acquisition cohorts, self-serve and sales-assisted, all regions' },
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const DarkThemeCurves: Story = { ...inDarkTheme, args: { defaultView: 'curves' } };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

/**
 * Arrow keys move through the grid: rows are the weighted average and each
 * cohort, columns the months since the cohort started. Each cell's figure is
 * announced with its row and column headers; the focused cell's tooltip is
 * its description.
 */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const [firstCohort] = sampleReport.cohorts;
    const lastCohort = sampleReport.cohorts[sampleReport.cohorts.length - 1];
    if (!firstCohort || !lastCohort) throw new Error('The sample data needs a cohort');
    const grid = canvas.getByRole('grid', { name: 'Cohort retention: Logo retention' });
    await expect(grid).toBeVisible();
    const start = await tabIntoChart(canvasElement);
    await expectFocusedCell('Weighted average', '0');
    await expect(start).toHaveTextContent('100%');
    await expectTooltipFor(start, /Weighted average, Month 0: Logo retention 100%/);
    await userEvent.keyboard('{ArrowDown}');
    await expectFocusedCell('Nov 2025', '0');
    await userEvent.keyboard('{ArrowRight}');
    const right = await expectFocusedCell('Nov 2025', '1');
    await expectTooltipFor(right, /Cohort Nov 2025, Month 1: Logo retention \d/);
    await expect(right).toHaveAccessibleDescription(/Cohort Nov 2025, Month 1/);
    await userEvent.keyboard('{End}');
    await expectFocusedCell('Nov 2025', String(firstCohort.logoRetention.length - 1));
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expectFocusedCell('Weighted average', '0');
    // The last row is the newest cohort, one month old.
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expectFocusedCell('Oct 2026', String(lastCohort.logoRetention.length - 1));
    await expect(focused()).toHaveAttribute('tabindex', '0');
  },
};

/** The toolbar switches logo/revenue retention, % or absolute, and heatmap or curves; pressed state and names follow. */
export const ToggleMeasureAndView: Story = {
  play: async ({ canvas }) => {
    const logo = canvas.getByRole('button', { name: 'Logo retention' });
    const revenue = canvas.getByRole('button', { name: 'Revenue retention' });
    await expect(logo).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(revenue);
    await expect(revenue).toHaveAttribute('aria-pressed', 'true');
    await expect(logo).toHaveAttribute('aria-pressed', 'false');
    const grid = canvas.getByRole('grid', { name: 'Cohort retention: Revenue retention' });
    await expect(grid).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Absolute' }));
    await expect(canvas.getByRole('button', { name: 'Absolute' })).toHaveAttribute('aria-pressed', 'true');
    const firstCohortRow = within(grid).getByRole('rowheader', { name: 'Nov 2025' }).closest('tr');
    if (!firstCohortRow) throw new Error('No row for the Nov 2025 cohort');
    await expect(within(firstCohortRow).getAllByRole('gridcell')[0]).toHaveTextContent(/^€[\d.]+K$/);

    await userEvent.click(canvas.getByRole('button', { name: 'Curves' }));
    await expect(canvas.queryByRole('grid')).not.toBeInTheDocument();
    const curves = await canvas.findByRole('group', { name: 'Cohort retention: Revenue retention' });
    await expect(within(curves).getAllByRole('img')).toHaveLength(sampleReport.cohorts.length);

    await userEvent.click(canvas.getByRole('button', { name: 'Heatmap' }));
    await userEvent.click(logo);
    await expect(canvas.getByRole('grid', { name: 'Cohort retention: Logo retention' })).toBeVisible();
  },
};
