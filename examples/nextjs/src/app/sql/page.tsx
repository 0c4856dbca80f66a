// The same report, computed inside DuckDB: a React Server Component opens
// the DuckDB file that the build loaded from the sample data
// (scripts/make-duckdb.mjs), runs @revkit/sql's runReport on each request,
// and hands the Report to the same charts as the in-process page.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CohortChart, FunnelChart, KpiCard, KpiGrid, MetricTrend, MrrMovementsChart, MrrWaterfall, RevkitProvider } from '@revkit/react';
import { fromDuckDB, runReport } from '@revkit/sql';
import { getMetric, type Report } from '@revkit/core';

// Read the database on every request, not once at build time.
export const dynamic = 'force-dynamic';

/** The file `pnpm build` writes (next start runs in the example's folder). */
const DATABASE = join(process.cwd(), 'data', 'revenue.duckdb');

async function reportFromDuckDB(): Promise<Report> {
  const instance = await DuckDBInstance.create(DATABASE, { access_mode: 'READ_ONLY' });
  const client = fromDuckDB(await instance.connect());
  try {
    // The data's whole range: runReport takes it from the tables.
    return await runReport(client);
  } finally {
    await client.close?.();
    instance.closeSync();
  }
}

export default async function SqlPage() {
  const report = await reportFromDuckDB();
  const rows = report.mrr;
  const last = rows[rows.length - 1];
  const previous = rows[rows.length - 2];
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: report.currency });

  return (
    <RevkitProvider locale="en-US" currency={report.currency}>
      <header>
        <h1>Revenue report from DuckDB</h1>
        <p>
          Sample dataset loaded into a DuckDB file, {report.from} to {report.to}: every figure computed inside DuckDB by
          @revkit/sql&apos;s runReport, in a React Server Component. <a href="/">The in-process report</a>
        </p>
        {last ? (
          <p>
            Ending MRR, {last.month}: <strong data-figure="ending-mrr">{money.format(last.mrr)}</strong> from{' '}
            <span data-figure="customers">{last.customers}</span> customers
          </p>
        ) : null}
      </header>
      <main>
        <section aria-labelledby="kpis">
          <h2 id="kpis">Key metrics</h2>
          <KpiGrid label="Key metrics">
            <KpiCard metric={getMetric('mrr')} value={last?.mrr} previousValue={previous?.mrr} sparkline={rows.map((row) => row.mrr)} />
            <KpiCard metric={getMetric('arr')} value={last?.arr} previousValue={previous?.arr} />
            <KpiCard metric={getMetric('nrr')} value={last?.nrr} previousValue={previous?.nrr} />
            <KpiCard metric={getMetric('quickRatio')} value={last?.quickRatio} previousValue={previous?.quickRatio} />
          </KpiGrid>
        </section>
        <section aria-labelledby="revenue">
          <h2 id="revenue">Recurring revenue</h2>
          <MetricTrend data={rows} y="mrr" label={getMetric('mrr').name.en} valueFormatter="money" variant="area" />
          <div className="chart-grid">
            <MrrMovementsChart data={rows} bridge={report.mrrBridge} />
            <MrrWaterfall data={rows} bridge={report.mrrBridge} />
          </div>
        </section>
        <section aria-labelledby="retention">
          <h2 id="retention">Retention</h2>
          <CohortChart data={report.cohorts} />
        </section>
        <section aria-labelledby="funnel">
          <h2 id="funnel">Funnel</h2>
          <FunnelChart data={report.funnel} />
        </section>
      </main>
      <footer>Every figure comes from DuckDB through @revkit/sql; the charts are @revkit/react.</footer>
    </RevkitProvider>
  );
}
