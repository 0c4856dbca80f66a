import { mrrBridge, type MrrRow } from '@revkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { emptyReport, sampleReport } from '../test/reports.js';
import { MrrWaterfall } from './MrrWaterfall.js';

const en = createFormatters('en-US', 'USD');

describe('MrrWaterfall', () => {
  const rows = sampleReport().mrr;
  const last = rows.at(-1)!;

  test('a figure named by its title, described by a plain-language summary', () => {
    render(<MrrWaterfall data={rows} />);
    const figure = screen.getByRole('figure', { name: 'MRR bridge' });
    expect(figure).toHaveAccessibleDescription(
      new RegExp(`^MRR (rose|fell) ${en.percent(Math.abs(last.mrrGrowthRate!)).replace('.', '\\.')} to ${en.moneyCompact(last.mrr).replace(/[.$]/g, '\\$&')} over October 2026: `),
    );
    expect(figure).toHaveAccessibleDescription(new RegExp(`${en.signedMoneyCompact(last.new).replace(/[.$+]/g, '\\$&')} new`));
  });

  test('one bar per step, each named with its amount', () => {
    render(<MrrWaterfall data={rows} />);
    const bars = screen.getAllByRole('img');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      `Starting MRR: ${en.moneyCompact(last.mrr - last.netNew)}`,
      `New: ${en.signedMoneyCompact(last.new)}`,
      `Expansion: ${en.signedMoneyCompact(last.expansion)}`,
      `Reactivation: ${en.signedMoneyCompact(last.reactivation)}`,
      `Contraction: ${en.signedMoneyCompact(last.contraction)}`,
      `Churn: ${en.signedMoneyCompact(last.churn)}`,
      // October 2026's movements, each rounded to cents, add up to a cent less than its net new MRR.
      `Rounding: -$0.01`,
      `Ending MRR: ${en.moneyCompact(last.mrr)}`,
    ]);
    expect(mrrBridge(rows, { from: last.month })!.rounding).toBe(-0.01);
  });

  test('keyboard: one tab stop, arrows move focus, the tooltip follows focus, Escape hides it', async () => {
    const user = userEvent.setup();
    render(<MrrWaterfall data={rows} />);
    await user.tab();
    const bars = screen.getAllByRole('img');
    expect(bars[0]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Starting MRR');
    expect(bars[0]).toHaveAccessibleDescription(/Starting MRR/);
    await user.keyboard('{ArrowRight}');
    expect(bars[1]).toHaveFocus();
    expect(bars[1]).toHaveAttribute('tabindex', '0');
    expect(bars[0]).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tooltip')).toHaveTextContent(`New${en.signedMoneyCompact(last.new)}`);
    await user.keyboard('{End}');
    expect(bars.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(bars.at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bars[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show data table' })).toHaveFocus();
  });

  test('the first tap (a click) shows the details', async () => {
    const user = userEvent.setup();
    render(<MrrWaterfall data={rows} />);
    await user.pointer({ keys: '[TouchA]', target: screen.getAllByRole('img')[5]! });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Churn');
  });

  test('the data table shows the same figures', async () => {
    const user = userEvent.setup();
    render(<MrrWaterfall data={rows} />);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table', { name: 'MRR bridge, October 2026' });
    const churnRow = within(table).getByRole('row', { name: /Churn/ });
    expect(churnRow).toHaveTextContent(en.signedMoneyCompact(last.churn));
    expect(within(table).getByRole('row', { name: /Ending MRR/ })).toHaveTextContent(en.moneyCompact(last.mrr));
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('summed over a range', () => {
    render(<MrrWaterfall data={rows} from="2026-01" to="2026-06" />);
    const bridge = mrrBridge(rows, { from: '2026-01', to: '2026-06' })!;
    expect(screen.getByRole('figure', { name: 'MRR bridge' })).toHaveAccessibleDescription(/over Jan 2026 – Jun 2026/);
    expect(screen.getByRole('img', { name: /^Ending MRR/ })).toHaveAccessibleName(`Ending MRR: ${en.moneyCompact(bridge.endMrr)}`);
    expect(screen.getByRole('img', { name: /^New/ })).toHaveAccessibleName(`New: ${en.signedMoneyCompact(bridge.new)}`);
  });

  test('a month with no MRR at all renders zeros and says it was unchanged', () => {
    render(<MrrWaterfall data={emptyReport().mrr} />);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription('MRR was unchanged at $0 over March 2026.');
    expect(document.body).not.toHaveTextContent('NaN');
  });

  test('no rows: the empty state', () => {
    render(<MrrWaterfall data={[]} emptyLabel="Nothing yet" />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing yet');
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('a rounding difference shows as its own step, in the bars and the data table', async () => {
    const user = userEvent.setup();
    // September 2026 adds up; one cent more net new (and MRR) than its movements is the report's rounding.
    const september = rows.at(-2)!;
    expect(mrrBridge(rows, { from: september.month, to: september.month })!.rounding).toBe(0);
    const rounded: MrrRow[] = [...rows.slice(0, -2), { ...september, netNew: september.netNew + 0.01, mrr: september.mrr + 0.01 }];
    expect(mrrBridge(rounded, { from: september.month })!.rounding).toBe(0.01);
    render(<MrrWaterfall data={rounded} valueFormatter={(value) => (typeof value === 'number' ? value.toFixed(2) : '—')} />);
    expect(screen.getByRole('img', { name: /^Rounding/ })).toHaveAccessibleName('Rounding: 0.01');
    expect(screen.getAllByRole('img').at(-1)).toHaveAccessibleName(`Ending MRR: ${(september.mrr + 0.01).toFixed(2)}`);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table');
    const roundingRow = within(table).getByRole('row', { name: /Rounding/ });
    // The MRR after the rounding step is ending MRR.
    expect(roundingRow).toHaveTextContent(`Rounding0.01${(september.mrr + 0.01).toFixed(2)}`);
  });

  test('no rounding step when the movements add up to net new', () => {
    render(<MrrWaterfall data={rows.slice(0, -1)} />);
    expect(screen.getAllByRole('img')).toHaveLength(7);
    expect(screen.queryByRole('img', { name: /^Rounding/ })).toBeNull();
  });

  test('a NaN movement or months out of order: the error state, not a crash', () => {
    const broken: MrrRow[] = [...rows.slice(0, -1), { ...last, churn: Number.NaN }];
    const { rerender } = render(<MrrWaterfall data={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not show this chart');
    expect(alert).toHaveTextContent('Some values in this data cannot be charted');
    expect(screen.queryByRole('img')).toBeNull();
    rerender(<MrrWaterfall data={[rows[2]!, rows[1]!]} from={rows[1]!.month} to={rows[2]!.month} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some values in this data cannot be charted');
  });

  test('loading and error states', () => {
    const { rerender } = render(<MrrWaterfall data={rows} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<MrrWaterfall data={rows} error="The report could not be built" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The report could not be built');
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('French words and formats', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <MrrWaterfall data={rows} />
      </RevkitProvider>,
    );
    expect(screen.getByRole('figure', { name: 'Pont du MRR' })).toHaveAccessibleDescription(/^Le MRR a (augmenté|baissé) de .* pour atteindre .*€ sur octobre 2026/);
  });
});
