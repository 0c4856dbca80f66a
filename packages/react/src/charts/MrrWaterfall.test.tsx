import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, mrrBridge, type MrrRow, type Report } from '@revkit/core';
import { defaultDataset, generateDataset } from '@revkit/sample-data';
import { cleanup, render, screen, within } from '@testing-library/react';
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

describe('MrrWaterfall with the report’s bridge', () => {
  /** Every amount to the cent, so the test reads what the chart says. */
  const cents = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(2) : '—');
  const toCents = (text: string) => Math.round(Number(text) * 100);
  /** The data table as [step, amount, MRR after] rows. */
  async function tableRows(): Promise<string[][]> {
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    return within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
  }
  /** The bars' names, in order. */
  const barLabels = () => screen.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'));
  /** The names a bridge's seven bars must have, each with its amount: no rounding step. */
  const bridgeBars = (bridge: Report['mrrBridge']) => [
    `Starting MRR: ${cents(bridge.startMrr)}`,
    `New: ${cents(bridge.new)}`,
    `Expansion: ${cents(bridge.expansion)}`,
    `Reactivation: ${cents(bridge.reactivation)}`,
    `Contraction: ${cents(bridge.contraction)}`,
    `Churn: ${cents(bridge.churn)}`,
    `Ending MRR: ${cents(bridge.endMrr)}`,
  ];
  /** The table balances: start + each movement = the MRR after it, and the last movement lands on ending MRR. */
  function expectBalanced(rows: string[][], report: Report): void {
    const [start, ...rest] = rows;
    const end = rest.pop();
    let running = toCents(start?.[1] ?? '');
    for (const [, amount = '', after = ''] of rest) {
      running += toCents(amount);
      expect(toCents(after)).toBe(running);
    }
    expect(end?.[1]).toBe(cents(report.mrr.at(-1)!.mrr));
    expect(toCents(end?.[1] ?? '')).toBe(running);
  }

  test('draws report.mrrBridge over the report’s range: no rounding step, start + movements = end to the cent (sample data)', async () => {
    const report = buildReport(generateDataset({ seed: 5, customers: 200, months: 24, start: '2024-01' }), { from: '2025-01', to: '2025-12' });
    // The rows' movements, each rounded on its own, miss net new by three cents: summed from them, the bridge needs a rounding step.
    expect(mrrBridge(report.mrr)!.rounding).toBe(-0.03);
    const bridge = report.mrrBridge;
    render(<MrrWaterfall data={report.mrr} bridge={bridge} valueFormatter={cents} />);
    expect(bridge.endMrr).toBe(report.mrr.at(-1)!.mrr);
    expect(barLabels()).toEqual(bridgeBars(bridge));
    expect(screen.getByRole('figure', { name: 'MRR bridge' })).toHaveAccessibleDescription(
      `MRR rose ${en.percent(bridge.growthRate!)} to ${cents(bridge.endMrr)} over Jan 2025 – Dec 2025: ` +
        `${cents(bridge.new)} new, ${cents(bridge.expansion)} expansion, ${cents(bridge.reactivation)} reactivation, ${cents(bridge.contraction)} contraction, ${cents(bridge.churn)} churn.`,
    );
    const rows = await tableRows();
    expect(rows.map(([step]) => step)).toEqual(['Starting MRR', 'New', 'Expansion', 'Reactivation', 'Contraction', 'Churn', 'Ending MRR']);
    expectBalanced(rows, report);
  });

  test('balances to the cent on the contract example (its whole range and a year inside it)', async () => {
    // Tests run from the package's folder.
    const dataset: unknown = JSON.parse(readFileSync(join(process.cwd(), '../../test/fixtures/contract-example/dataset.json'), 'utf8'));
    for (const range of [{}, { from: '2022-11', to: '2023-11' }] as const) {
      const report = buildReport(dataset, range);
      const { unmount } = render(<MrrWaterfall bridge={report.mrrBridge} valueFormatter={cents} />);
      expect(screen.queryByRole('img', { name: /^Rounding/ })).toBeNull();
      expectBalanced(await tableRows(), report);
      unmount();
    }
  });

  test('a range inside the report’s bridge is exact: the figures of the report of that range, no rounding step', async () => {
    const report = sampleReport();
    const october = report.mrr.at(-1)!;
    // From the rows alone, October 2026's movements, each rounded to cents, add up to a cent less than its net new MRR.
    render(<MrrWaterfall data={report.mrr} from={october.month} to={october.month} valueFormatter={cents} />);
    expect(screen.getByRole('img', { name: /^Rounding/ })).toHaveAccessibleName('Rounding: -0.01');
    cleanup();
    for (const range of [{ from: october.month, to: october.month }, { from: '2026-04', to: '2026-09' }]) {
      const { unmount } = render(<MrrWaterfall data={report.mrr} bridge={report.mrrBridge} {...range} valueFormatter={cents} />);
      // What the report of that range alone carries: its bridge, exact.
      const expected = buildReport(defaultDataset(), range).mrrBridge;
      expect(barLabels()).toEqual(bridgeBars(expected));
      expect(screen.getByRole('figure')).toHaveAccessibleDescription(
        new RegExp(`^MRR (rose|fell) ${en.percent(Math.abs(expected.growthRate!)).replace('.', '\\.')} to ${cents(expected.endMrr).replace('.', '\\.')} over `),
      );
      const table = await tableRows();
      expect(table.at(-1)).toEqual(['Ending MRR', cents(expected.endMrr), cents(expected.endMrr)]);
      // The last movement lands on ending MRR.
      expect(table.at(-2)?.[2]).toBe(cents(expected.endMrr));
      unmount();
    }
  });

  test('the report’s bridge alone, with no rows: the same bars', () => {
    const report = sampleReport();
    render(<MrrWaterfall bridge={report.mrrBridge} />);
    expect(screen.getAllByRole('img')).toHaveLength(7);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/over Nov 2025 – Oct 2026/);
    expect(screen.getAllByRole('img').at(-1)).toHaveAccessibleName(`Ending MRR: ${en.moneyCompact(report.mrrBridge.endMrr)}`);
  });
});
