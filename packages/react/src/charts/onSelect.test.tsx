import type { BreakdownSelection } from '@revkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { sampleReport } from '../test/reports.js';
import { CohortChart } from './CohortChart.js';
import { MrrMovementsChart, type MovementsSelection } from './MrrMovementsChart.js';
import { MrrWaterfall } from './MrrWaterfall.js';

// Drill-down: each chart says which figure the user chose, by pointer and by keyboard.
describe('onSelect', () => {
  const report = sampleReport();

  test('MrrMovementsChart: a click on the churn bar gives that month and churn; Enter on a month gives the whole month', async () => {
    const user = userEvent.setup();
    const selections: MovementsSelection[] = [];
    const { container } = render(<MrrMovementsChart data={report.mrr} onSelect={(selection) => selections.push(selection)} />);
    const months = screen.getAllByRole('button', { name: /^[A-Z][a-z]+ \d{4}, / });
    expect(months).toHaveLength(report.mrr.length);
    const last = report.mrr.at(-1)!;
    const churnBar = container.querySelector(`[data-rk-cell="0:${report.mrr.length - 1}"] [data-rk-movement="churn"] rect`);
    expect(churnBar).not.toBeNull();
    await user.click(churnBar!);
    expect(selections.at(-1)).toEqual({ month: last.month, figure: 'churn' });
    await user.keyboard('{Home}{Enter}');
    expect(selections.at(-1)).toEqual({ month: report.mrr[0]!.month, figure: null });
    await user.keyboard('{ArrowRight} ');
    expect(selections.at(-1)).toEqual({ month: report.mrr[1]!.month, figure: null });
  });

  test('MrrMovementsChart without onSelect keeps its months as images, and Enter does nothing', async () => {
    render(<MrrMovementsChart data={report.mrr} />);
    expect(screen.queryAllByRole('button', { name: /^[A-Z][a-z]+ \d{4}, / })).toHaveLength(0);
    expect(screen.getAllByRole('img').length).toBe(report.mrr.length);
  });

  test('MrrWaterfall: the start, a movement and the end step give the figures behind them', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: BreakdownSelection) => void>();
    render(<MrrWaterfall data={report.mrr} from="2026-01" to="2026-03" onSelect={onSelect} />);
    const bridge = screen.getByRole('figure', { name: 'MRR bridge' });
    await user.click(within(bridge).getByRole('button', { name: /^Churn:/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ figure: 'churn', from: '2026-01', to: '2026-03' });
    await user.keyboard('{Home}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ figure: 'mrr', month: '2025-12' });
    await user.keyboard('{End} ');
    expect(onSelect).toHaveBeenLastCalledWith({ figure: 'mrr', month: '2026-03' });
  });

  test('CohortChart: a cohort cell gives its cohort and month; the average row gives nothing', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: BreakdownSelection) => void>();
    render(<CohortChart data={report.cohorts} onSelect={onSelect} />);
    const grid = screen.getByRole('grid');
    const cells = within(grid).getAllByRole('gridcell');
    await user.click(cells[0]!); // the average row's first cell
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{ArrowDown}{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ figure: 'cohort', cohort: report.cohorts[0]!.cohort, monthsSince: 1 });
  });
});
