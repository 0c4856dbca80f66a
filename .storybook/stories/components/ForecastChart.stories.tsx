import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { BookingsForecastMonth } from '@revkit/core';
import { ForecastChart } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { firstDealsRevOps, salesOf, sampleRevOps } from '../reports';

const sample = salesOf(sampleRevOps).forecast;
const first = salesOf(firstDealsRevOps).forecast;

/** `ForecastChart` over the core's monthly bookings rows. */
const BookingsForecastChart = ForecastChart<BookingsForecastMonth>;

/**
 * Actual monthly bookings (or MRR) as columns against the forecasts made for
 * each month at the end of the month before (stage-weighted, trend and
 * seasonality, combined), with each forecast's backtest error (MAPE). Feed
 * it `revOps.sales.forecast.bookingsByMonth` and `backtestError`, or
 * `revOps.finance.mrrForecastByMonth` with `measure="mrr"`.
 */
const meta = {
  title: 'Components/ForecastChart',
  component: BookingsForecastChart,
  args: { data: sample.bookingsByMonth, backtestError: sample.backtestError, measure: 'bookings' },
  argTypes: {
    data: { control: false, description: '`revOps.sales.forecast.bookingsByMonth` from `buildRevOpsReport`' },
    backtestError: { control: false },
    forecasts: { control: false },
    x: { control: false },
    actual: { control: false },
    measure: { control: 'inline-radio', options: ['bookings', 'mrr'] },
    height: { control: { type: 'range', min: 160, max: 480, step: 20 } },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof BookingsForecastChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample dataset's bookings over its last twelve months and November's forecast. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'Bookings against forecast' });
    await expect(await within(figure).findAllByRole('img')).toHaveLength(sample.bookingsByMonth.length);
    await expect(figure).toHaveAccessibleDescription(/Backtest error \(MAPE\): Stage-weighted [\d.]+%, Trend and seasonality [\d.]+%, Combined [\d.]+%\.$/);
  },
};

/**
 * MRR against its one-month-ahead trend forecast, as a server component
 * passes it: plain data, the forecast and the actuals by key, the format by
 * unit name; the error is `finance.forecastAccuracy`.
 */
export const MrrWithKeyAccessors: Story = {
  render: () => (
    <ForecastChart
      data={sampleRevOps.finance.mrrForecastByMonth}
      x="month"
      actual="actual"
      forecasts={[{ key: 'trend', y: 'trend' }]}
      measure="mrr"
      backtestError={{ trend: sampleRevOps.finance.forecastAccuracy }}
      valueFormatter="money"
    />
  ),
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'MRR against forecast' });
    await expect(await within(figure).findAllByRole('img')).toHaveLength(sampleRevOps.finance.mrrForecastByMonth.length);
    await expect(within(figure).getAllByRole('img').at(-1)).toHaveAccessibleName(/^January 2027 \(forecast only\): Trend and seasonality €[\d.]+K$/);
  },
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { data: [] } };

export const ErrorState: Story = { args: { error: 'The forecast could not be computed.' } };

/** No deal closed yet: no forecast and no bookings, so no error (not available, never NaN). */
export const NoHistoryYet: Story = {
  args: { data: first.bookingsByMonth, backtestError: first.backtestError, forecasts: [{ key: 'combined' }] },
  play: async ({ canvas }) => {
    await expect((await canvas.findAllByRole('img'))[0]).toHaveAccessibleName('August 2026: Bookings €0, Combined not available');
  },
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

/** The data-table alternative: a row per month and the backtest error of each forecast. */
export const WithDataTable: Story = {
  args: { defaultShowTable: true },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Bookings against forecast' });
    await expect(within(table).getAllByRole('row')).toHaveLength(sample.bookingsByMonth.length + 2);
    await expect(within(table).getByRole('rowheader', { name: 'Backtest error (MAPE)' })).toBeVisible();
  },
};

/** Tab into the months, then arrow keys and End; the tooltip follows the focus. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const start = await tabIntoChart(canvasElement);
    await expect(start).toHaveAccessibleName(/^November 2025: Bookings /);
    await expectTooltipFor(start, 'Combined');
    const next = await pressAndExpectFocus('{ArrowRight}', /^December 2025:/);
    await expectTooltipFor(next, 'Stage-weighted');
    await pressAndExpectFocus('{End}', /^November 2026 \(forecast only\):/);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument();
  },
};
