// @vitest-environment node
// Renders every component on a server (no window, no document), then
// hydrates that HTML in happy-dom and requires React to log nothing.
import { act, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { populateGlobal } from 'vitest/runtime';
import { customerBreakdown } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import {
  CohortChart,
  CustomerBreakdown,
  ForecastChart,
  FunnelChart,
  KpiCard,
  KpiGrid,
  MetricTrend,
  MrrMovementsChart,
  MrrWaterfall,
  PipelineChart,
  RepLeaderboard,
  RevkitProvider,
} from '../index.js';
import { sampleReport, sampleRevOps } from './reports.js';

function dashboard(): ReactElement {
  const report = sampleReport();
  const revOps = sampleRevOps();
  const forecast = revOps.sales?.forecast;
  const last = report.mrr.at(-1)!;
  const previous = report.mrr.at(-2)!;
  return (
    <RevkitProvider locale="fr-FR" currency={report.currency} theme="dark">
      <KpiGrid label="KPI">
        <KpiCard label="MRR" unit="money" value={last.mrr} previousValue={previous.mrr} sparkline={report.mrr.map((row) => row.mrr)} target={last.mrr * 1.2} formula="Σ MRR" />
        <KpiCard label="Churn" unit="ratio" polarity="lower-is-better" value={last.customerChurnRate} previousValue={previous.customerChurnRate} />
      </KpiGrid>
      <MrrWaterfall data={report.mrr} />
      <MrrMovementsChart data={report.mrr} unfinishedMonth={report.to} />
      <FunnelChart data={report.funnel} />
      <CohortChart data={report.cohorts} unfinishedMonth={report.to} />
      <MetricTrend data={report.mrr} y={(row) => row.arr} label="ARR" variant="area" />
      {/* The sales board as a server component passes it: plain data, key accessors, units by name. */}
      <PipelineChart data={forecast?.pipelineByStage ?? []} asOf={revOps.to} openPipeline={forecast?.openPipeline} weightedPipeline={forecast?.weightedPipeline} />
      <ForecastChart data={forecast?.bookingsByMonth ?? []} x="month" actual="actual" forecasts={[{ key: 'stageWeighted' }, { key: 'trend', y: 'trend' }, { key: 'combined' }]} backtestError={forecast?.backtestError} valueFormatter="money" />
      <ForecastChart data={revOps.finance.mrrForecastByMonth} measure="mrr" forecasts={[{ key: 'trend' }]} backtestError={{ trend: revOps.finance.forecastAccuracy }} />
      <RepLeaderboard data={revOps.sales?.owners ?? []} valueFormatter="money" />
      <CustomerBreakdown data={customerBreakdown(defaultDataset(), { figure: 'churn', month: last.month }, { from: report.from, to: report.to })} />
    </RevkitProvider>
  );
}

describe('server rendering and hydration', () => {
  let html = '';
  const restore: (() => void)[] = [];
  afterAll(() => restore.forEach((undo) => undo()));

  test('renders to a string with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    html = renderToString(dashboard());
    expect(html).toContain('Pont du MRR');
    expect(html).toContain('role="grid"');
    expect(html).toContain('Pipeline ouvert à fin oct. 2026');
    expect(html).toContain('Signatures face aux prévisions');
    expect(html).toContain('aria-sort="descending"');
    expect(html).not.toContain('NaN');
  });

  test('hydrates in happy-dom without an error or a warning', async () => {
    const { Window } = await import('happy-dom');
    const happy = new Window({ url: 'http://localhost/' });
    const { keys, originals } = populateGlobal(globalThis, happy as unknown as object, { bindFunctions: true });
    restore.push(() => {
      keys.forEach((key) => Reflect.deleteProperty(globalThis, key));
      originals.forEach((value, key) => ((globalThis as Record<string | symbol, unknown>)[key] = value));
      void happy.happyDOM.close();
    });
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const { hydrateRoot } = await import('react-dom/client');
    const errors: unknown[] = [];
    const recoverable: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, dashboard(), { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(container.querySelectorAll('[role="img"]').length).toBeGreaterThan(20);
  });
});
