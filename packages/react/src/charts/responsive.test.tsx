import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sampleReport } from '../test/reports.js';
import { MrrMovementsChart } from './MrrMovementsChart.js';
import { MrrWaterfall } from './MrrWaterfall.js';
import { SSR_DEFAULT_WIDTH } from './useElementWidth.js';

/** A ResizeObserver that reports one fixed content width, like a 320 px phone column. */
function observeWidth(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: (entries: { contentRect: { width: number } }[]) => void) {}
      observe() {
        this.callback([{ contentRect: { width } }]);
      }
      disconnect() {}
      unobserve() {}
    },
  );
}

describe('responsive charts', () => {
  afterEach(() => vi.unstubAllGlobals());
  const rows = sampleReport().mrr;

  test('the server default width is used until the element is measured', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<MrrWaterfall data={rows} />);
    expect(screen.getByRole('group', { name: /^MRR bridge/ })).toHaveAttribute('width', String(SSR_DEFAULT_WIDTH));
  });

  test('at 320 px the bridge turns horizontal so step names stay readable', () => {
    observeWidth(320);
    const { container } = render(<MrrWaterfall data={rows} />);
    expect(screen.getByRole('group', { name: /^MRR bridge/ })).toHaveAttribute('width', '320');
    const leftAxis = container.querySelector('.rk-axis-left');
    expect(leftAxis).toHaveTextContent('Starting MRR');
    expect(leftAxis).toHaveTextContent('Ending MRR');
    // Seven steps, and the cent of rounding October 2026 leaves.
    expect(leftAxis).toHaveTextContent('Rounding');
    expect(screen.getAllByRole('img')).toHaveLength(8);
  });

  test('at 320 px month labels thin out instead of overlapping', () => {
    observeWidth(320);
    const { container } = render(<MrrMovementsChart data={rows} />);
    const ticks = container.querySelectorAll('.rk-axis-bottom .rk-axis-tick');
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThan(rows.length);
    expect(screen.getAllByRole('img')).toHaveLength(rows.length);
  });
});
