import { act, render, screen } from '@testing-library/react';
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

  test('a chart mounted in the page is drawn once, at its measured width, not first at a default width', () => {
    let report: ((width: number) => void) | undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: (entries: { contentRect: { width: number } }[]) => void) {
          report = (width) => callback([{ contentRect: { width } }]);
        }
        observe() {}
        disconnect() {}
        unobserve() {}
      },
    );
    const { container } = render(<MrrMovementsChart data={rows} />);
    // Not measured yet: the plot's box is kept at the plot's height (nothing below it moves), with no marks in it.
    expect(screen.queryByRole('group', { name: /^MRR movements/ })).toBeNull();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    const pendingHeight = container.querySelector<HTMLElement>('.rk-plot-pending')?.style.height;
    act(() => report?.(360));
    const plot = screen.getByRole('group', { name: /^MRR movements/ });
    expect(plot).toHaveAttribute('width', '360');
    expect(`${plot.getAttribute('height')}px`).toBe(pendingHeight);
    expect(container.querySelector('.rk-plot-pending')).toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(rows.length);
  });

  test('a chart the browser does not report (off screen in a content-visibility section) is drawn after a moment all the same', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'ResizeObserver',
        class {
          observe() {}
          disconnect() {}
          unobserve() {}
        },
      );
      render(<MrrWaterfall data={rows} />);
      expect(screen.queryByRole('group', { name: /^MRR bridge/ })).toBeNull();
      act(() => vi.advanceTimersByTime(2000));
      // Never reported: drawn at the default width all the same (and again at its width once reported).
      expect(screen.getByRole('group', { name: /^MRR bridge/ })).toHaveAttribute('width', String(SSR_DEFAULT_WIDTH));
      expect(screen.getAllByRole('img').length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
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
