import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { firstDealsRevOps, sampleRevOps } from '../test/reports.js';
import { ForecastChart } from './ForecastChart.js';

const en = createFormatters('en-US', 'USD');
const escape = (text: string) => text.replace(/[$.()]/g, '\\$&');

describe('ForecastChart', () => {
  const revOps = sampleRevOps();
  const forecast = revOps.sales?.forecast;
  if (!forecast) throw new Error('the sample dataset has deals');
  const months = forecast.bookingsByMonth;
  const error = forecast.backtestError;
  const [first] = months;
  const next = months[months.length - 1];
  if (!first || !next) throw new Error('no month');

  test('each month: actual bookings and the three forecasts; the month after the range is forecast only', () => {
    render(<ForecastChart data={months} backtestError={error} />);
    const figure = screen.getByRole('figure', { name: 'Bookings against forecast' });
    const items = within(figure).getAllByRole('img');
    expect(items).toHaveLength(months.length);
    expect(items[0]).toHaveAccessibleName(
      `November 2025: Bookings ${en.moneyCompact(first.actual)}, Stage-weighted ${en.moneyCompact(first.stageWeighted)}, ` +
        `Trend and seasonality ${en.moneyCompact(first.trend)}, Combined ${en.moneyCompact(first.combined)}`,
    );
    expect(items[items.length - 1]).toHaveAccessibleName(new RegExp(`^November 2026 \\(forecast only\\): Stage-weighted ${escape(en.moneyCompact(next.stageWeighted))},`));
  });

  test('the backtest error of each forecast in the summary and the legend', () => {
    render(<ForecastChart data={months} backtestError={error} />);
    const figure = screen.getByRole('figure', { name: 'Bookings against forecast' });
    expect(figure).toHaveAccessibleDescription(
      `Bookings, Nov 2025 to Oct 2026, against forecasts made a month ahead. ` +
        `November 2026: Stage-weighted ${en.moneyCompact(next.stageWeighted)}, Trend and seasonality ${en.moneyCompact(next.trend)}, Combined ${en.moneyCompact(next.combined)}. ` +
        `Backtest error (MAPE): Stage-weighted ${en.percent(error.stageWeighted)}, Trend and seasonality ${en.percent(error.trend)}, Combined ${en.percent(error.combined)}.`,
    );
    expect(within(figure).getByRole('list', { name: 'Colour scale' })).toHaveTextContent(`Combined (error ${en.percent(error.combined)})`);
  });

  test('arrow keys walk the months; the tooltip shows the figures', async () => {
    const user = userEvent.setup();
    render(<ForecastChart data={months} backtestError={error} />);
    await user.tab();
    expect(screen.getAllByRole('img')[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('img')[months.length - 1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Combined: ${en.moneyCompact(next.combined)}`);
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('Bookings:');
  });

  test('data table: a row per month and the backtest error of each forecast', async () => {
    const user = userEvent.setup();
    render(<ForecastChart data={months} backtestError={error} />);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table', { name: 'Bookings against forecast' });
    expect(within(table).getAllByRole('row')).toHaveLength(months.length + 2);
    expect(within(table).getByRole('row', { name: /^Backtest error \(MAPE\)/ })).toHaveTextContent(
      [en.percent(error.stageWeighted), en.percent(error.trend), en.percent(error.combined)].join(''),
    );
  });

  test('MRR: key accessors and one forecast by key, its error from finance.forecastAccuracy', () => {
    const mrr = revOps.finance.mrrForecastByMonth;
    render(<ForecastChart data={mrr} x="month" actual="actual" forecasts={[{ key: 'trend' }]} measure="mrr" backtestError={{ trend: revOps.finance.forecastAccuracy }} />);
    const figure = screen.getByRole('figure', { name: 'MRR against forecast' });
    expect(within(figure).getAllByRole('img')).toHaveLength(mrr.length);
    expect(figure).toHaveAccessibleDescription(new RegExp(`Backtest error \\(MAPE\\): Trend and seasonality ${escape(en.percent(revOps.finance.forecastAccuracy))}\\.$`));
  });

  test('no forecast yet and no bookings: no error (zero denominator), forecasts not available, never NaN', () => {
    const first = firstDealsRevOps().sales?.forecast;
    render(<ForecastChart data={first?.bookingsByMonth ?? []} backtestError={first?.backtestError} forecasts={[{ key: 'combined' }]} />);
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName('January 2026: Bookings $0, Combined not available');
    expect(screen.getByRole('figure')).toHaveAccessibleDescription('Bookings, Jan 2026 to Mar 2026, against forecasts made a month ahead.');
    expect(document.body.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('French', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <ForecastChart data={months} backtestError={error} />
      </RevkitProvider>,
    );
    expect(screen.getByRole('figure', { name: 'Signatures face aux prévisions' })).toHaveAccessibleDescription(/Erreur a posteriori \(MAPE\) : Pondérée par étape/);
  });

  test('forwards a ref and HTML attributes', () => {
    let node: HTMLElement | null = null;
    render(<ForecastChart ref={(element) => void (node = element)} data={months} data-testid="forecast" />);
    expect(node).toBe(screen.getByTestId('forecast'));
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<ForecastChart data={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<ForecastChart data={months} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<ForecastChart data={months} error={new Error('forecast failed')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('forecast failed');
  });
});
