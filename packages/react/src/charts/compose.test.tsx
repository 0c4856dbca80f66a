// Components that compose: plain-data props a server component can pass
// (key accessors, units by name), controlled toggles, a ref on the root and
// the rest of the HTML attributes on it, and the language read from the provider.
import { getMetric } from '@revkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { KpiCard } from '../kpi/KpiCard.js';
import { KpiGrid } from '../kpi/KpiGrid.js';
import { RevkitProvider, useRevkit } from '../provider/RevkitProvider.js';
import { sampleReport } from '../test/reports.js';
import { CohortChart } from './CohortChart.js';
import { FunnelChart } from './FunnelChart.js';
import { MetricTrend } from './MetricTrend.js';
import { MrrMovementsChart } from './MrrMovementsChart.js';
import { MrrWaterfall } from './MrrWaterfall.js';

const en = createFormatters('en-US', 'USD');

describe('plain-data props (what a server component can pass)', () => {
  const rows = sampleReport().mrr;

  test('MetricTrend reads y and x by key, the same points as with functions', () => {
    render(<MetricTrend data={rows} y="arr" x="month" label="ARR by key" />);
    render(<MetricTrend data={rows} y={(row) => row.arr} label="ARR by function" />);
    const byKey = within(screen.getByRole('figure', { name: 'ARR by key' })).getAllByRole('img');
    const byFunction = within(screen.getByRole('figure', { name: 'ARR by function' })).getAllByRole('img');
    expect(byKey.map((point) => point.getAttribute('aria-label'))).toEqual(byFunction.map((point) => point.getAttribute('aria-label')));
    expect(byKey[0]).toHaveAccessibleName(`November 2025: ${en.moneyCompact(rows[0]!.arr)}`);
  });

  test('a unit by name formats like the unit: a ratio series, a funnel in compact counts', () => {
    render(<MetricTrend data={rows} y="customerChurnRate" label="Churn" valueFormatter="ratio" />);
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(`November 2025: ${en.percent(rows[0]!.customerChurnRate)}`);
    const funnel = sampleReport().funnel;
    render(<FunnelChart data={funnel} valueFormatter="count" />);
    expect(screen.getByRole('img', { name: new RegExp(`^${funnel[0]!.stage}: ${en.count(funnel[0]!.count)}`) })).toBeInTheDocument();
  });

  test('the bridge and the movements take "money" by name, as their default does', () => {
    const { container: named } = render(<MrrWaterfall data={rows} valueFormatter="money" title="Named" />);
    const { container: plain } = render(<MrrWaterfall data={rows} title="Plain" />);
    const labels = (root: HTMLElement) => [...root.querySelectorAll('[role="img"]')].map((item) => item.getAttribute('aria-label'));
    expect(labels(named)).toEqual(labels(plain));
    render(<MrrMovementsChart data={rows} valueFormatter="money" title="Movements" />);
    expect(screen.getByRole('figure', { name: 'Movements' })).toHaveAccessibleDescription(/net new in total/);
  });

  test('KpiCard takes a unit by name in valueFormatter', () => {
    render(<KpiCard label="Churn" valueFormatter="ratio" value={0.042} />);
    expect(screen.getByRole('group', { name: 'Churn' })).toHaveTextContent('4.2%');
  });
});

describe('controlled toggles', () => {
  const cohorts = sampleReport().cohorts;

  test('CohortChart follows measure, display and view props and reports each click', async () => {
    const user = userEvent.setup();
    const onMeasureChange = vi.fn();
    const onViewChange = vi.fn();
    const { rerender } = render(<CohortChart data={cohorts} measure="revenue" onMeasureChange={onMeasureChange} view="heatmap" onViewChange={onViewChange} />);
    expect(screen.getByRole('button', { name: 'Revenue retention' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Logo retention' }));
    expect(onMeasureChange).toHaveBeenCalledWith('logo');
    // Controlled: nothing changes until the host passes the new value.
    expect(screen.getByRole('button', { name: 'Revenue retention' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Curves' }));
    expect(onViewChange).toHaveBeenCalledWith('curves');
    expect(screen.getByRole('grid')).toBeInTheDocument();
    rerender(<CohortChart data={cohorts} measure="logo" display="absolute" view="curves" />);
    expect(screen.getByRole('button', { name: 'Logo retention' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Absolute' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  test('a host keeps the view in its own state (e.g. the URL)', async () => {
    const user = userEvent.setup();
    function Host() {
      const [view, setView] = useState<'heatmap' | 'curves'>('curves');
      return (
        <>
          <output aria-label="view in the URL">{view}</output>
          <CohortChart data={cohorts} view={view} onViewChange={setView} />
        </>
      );
    }
    render(<Host />);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Heatmap' }));
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'view in the URL' })).toHaveTextContent('heatmap');
  });

  test('the data table toggle has a controlled form on every chart', async () => {
    const user = userEvent.setup();
    const onShowTableChange = vi.fn();
    const { rerender } = render(<MrrWaterfall data={sampleReport().mrr} showTable={false} onShowTableChange={onShowTableChange} />);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(onShowTableChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    rerender(<MrrWaterfall data={sampleReport().mrr} showTable onShowTableChange={onShowTableChange} />);
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});

describe('ref and HTML attributes on the root element', () => {
  test('every chart forwards its ref to its figure and passes id, style, data-* and handlers', () => {
    const report = sampleReport();
    const refs = [createRef<HTMLElement>(), createRef<HTMLElement>(), createRef<HTMLElement>(), createRef<HTMLElement>(), createRef<HTMLElement>()];
    const onMouseEnter = vi.fn();
    render(
      <>
        <MrrWaterfall ref={refs[0]} data={report.mrr} id="bridge" data-testid="bridge" style={{ maxWidth: 900 }} className="mine" onMouseEnter={onMouseEnter} />
        <MrrMovementsChart ref={refs[1]} data={report.mrr} id="movements" />
        <CohortChart ref={refs[2]} data={report.cohorts} id="cohorts" />
        <FunnelChart ref={refs[3]} data={report.funnel} id="funnel" />
        <MetricTrend ref={refs[4]} data={report.mrr} y="mrr" label="MRR" id="trend" />
      </>,
    );
    expect(refs.map((ref) => ref.current?.tagName)).toEqual(['FIGURE', 'FIGURE', 'FIGURE', 'FIGURE', 'FIGURE']);
    expect(refs.map((ref) => ref.current?.id)).toEqual(['bridge', 'movements', 'cohorts', 'funnel', 'trend']);
    const bridge = screen.getByTestId('bridge');
    expect(bridge).toHaveClass('rk-chart', 'rk-waterfall', 'mine');
    expect(bridge).toHaveStyle({ maxWidth: '900px' });
    expect(bridge).toHaveAccessibleName('MRR bridge');
    bridge.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(onMouseEnter).toHaveBeenCalled();
  });

  test('KpiCard and KpiGrid forward their ref and attributes', () => {
    const card = createRef<HTMLDivElement>();
    const grid = createRef<HTMLDivElement>();
    render(
      <KpiGrid ref={grid} label="KPIs" id="kpis" style={{ gap: 4 }}>
        <KpiCard ref={card} label="MRR" unit="money" value={1200} data-kpi="mrr" title="Monthly recurring revenue" />
      </KpiGrid>,
    );
    expect(grid.current).toBe(screen.getByRole('group', { name: 'KPIs' }));
    expect(grid.current).toHaveStyle({ gap: '4px' });
    expect(card.current).toBe(screen.getByRole('group', { name: 'MRR' }));
    expect(card.current).toHaveAttribute('data-kpi', 'mrr');
    expect(card.current).toHaveAttribute('title', 'Monthly recurring revenue');
  });
});

describe('the language, read once from the provider', () => {
  test("fr-CA speaks French: the provider says so, and KpiCard takes the catalog's short name in it", () => {
    function Language() {
      return <span>{useRevkit().language}</span>;
    }
    render(
      <RevkitProvider locale="fr-CA" currency="CAD">
        <Language />
        <KpiCard metric={getMetric('customerChurnRate')} value={0.05} />
      </RevkitProvider>,
    );
    expect(screen.getByText('fr')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Attrition clients' })).toBeInTheDocument();
  });
});
