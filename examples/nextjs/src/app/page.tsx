// A React Server Component: the sample dataset is loaded and the report
// built on the server; the HTML arrives with every chart already drawn and
// the client only hydrates it.
import { buildReportFromValid, lastMonthsRange, validateDataset } from '@revkit/core';
import { CohortChart, FunnelChart, KpiCard, KpiGrid, MetricTrend, MrrMovementsChart, MrrWaterfall, RevkitProvider } from '@revkit/react';
import { defaultDataset } from '@revkit/sample-data';

/** How many months the report covers, ending with the data's last month. */
const PERIOD_MONTHS = 12;

function lastMonths(valid: ReturnType<typeof validateDataset>): { from: string; to: string } {
  const range = lastMonthsRange(valid, { months: PERIOD_MONTHS });
  if (!range) throw new Error('the sample dataset has no dated record');
  return range;
}

export default function Page() {
  const valid = validateDataset(defaultDataset());
  const report = buildReportFromValid(valid, lastMonths(valid));
  const rows = report.mrr;
  const last = rows[rows.length - 1];
  const previous = rows[rows.length - 2];

  return (
    <RevkitProvider locale="en-US" currency={report.currency}>
      <header>
        <h1>Revenue report</h1>
        <p>
          Sample dataset, {report.from} to {report.to}, rendered on the server by a React Server Component.
        </p>
      </header>
      <main>
        <section aria-labelledby="kpis">
          <h2 id="kpis">Key metrics</h2>
          <KpiGrid label="Key metrics">
            <KpiCard label="MRR" unit="money" value={last?.mrr} previousValue={previous?.mrr} sparkline={rows.map((row) => row.mrr)} />
            <KpiCard label="ARR" unit="money" value={last?.arr} previousValue={previous?.arr} />
            <KpiCard label="Net new MRR" unit="money" value={last?.netNew} previousValue={previous?.netNew} />
            <KpiCard label="Net revenue retention" unit="ratio" value={last?.nrr} previousValue={previous?.nrr} />
            <KpiCard label="Customer churn" unit="ratio" polarity="lower-is-better" value={last?.customerChurnRate} previousValue={previous?.customerChurnRate} />
            <KpiCard label="Quick ratio" unit="score" value={last?.quickRatio} previousValue={previous?.quickRatio} />
          </KpiGrid>
        </section>
        <section aria-labelledby="revenue">
          <h2 id="revenue">Recurring revenue</h2>
          {/* Plain data props (a key string, a unit by name): no client wrapper needed. */}
          <MetricTrend data={rows} y="mrr" label="MRR" valueFormatter="money" variant="area" />
          <div className="chart-grid">
            <MrrMovementsChart data={rows} />
            <MrrWaterfall data={rows} from={report.from} to={report.to} />
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
      <footer>Every figure comes from @revkit/core; the charts are @revkit/react.</footer>
    </RevkitProvider>
  );
}
