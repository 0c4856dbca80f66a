// A React Server Component: the sample dataset is loaded and the report
// built on the server; the HTML arrives with every chart already drawn and
// the client only hydrates it.
import { buildReportFromValid, getMetric, lastMonthsRange, validateDataset } from '@revkit/core';
import { CohortChart, FunnelChart, KpiCard, KpiGrid, MetricTrend, MrrMovementsChart, MrrWaterfall, RevkitProvider } from '@revkit/react';
import { defaultDataset } from '@revkit/sample-data';

/** How many months the report covers, ending with the data's last month. */
const PERIOD_MONTHS = 12;

function lastMonths(valid: ReturnType<typeof validateDataset>): { from: string; to: string } {
  const range = lastMonthsRange(valid, { months: PERIOD_MONTHS });
  if (!range) throw new Error('the sample dataset has no dated record');
  return range;
}

/** The page's own words; metric names come from the core's catalog. */
const PAGE_TEXT = {
  en: {
    title: 'Revenue report',
    intro: (from: string, to: string) => `Sample dataset, ${from} to ${to}, rendered on the server by a React Server Component.`,
    language: 'Language',
    kpis: 'Key metrics',
    revenue: 'Recurring revenue',
    retention: 'Retention',
    funnel: 'Funnel',
    footer: 'Every figure comes from @revkit/core; the charts are @revkit/react.',
  },
  fr: {
    title: 'Rapport de revenus',
    intro: (from: string, to: string) => `Données d’exemple, de ${from} à ${to}, rendues sur le serveur par un React Server Component.`,
    language: 'Langue',
    kpis: 'Indicateurs clés',
    revenue: 'Revenus récurrents',
    retention: 'Rétention',
    funnel: 'Entonnoir',
    footer: 'Chaque chiffre vient de @revkit/core ; les graphiques sont de @revkit/react.',
  },
} as const;

/** The locales the page is offered in, kept in the URL (`?locale=fr-FR`) so a link shares the view. */
const LOCALES = [
  { locale: 'en-US', label: 'English', lang: 'en' },
  { locale: 'fr-FR', label: 'Français', lang: 'fr' },
] as const;

export default async function Page({ searchParams }: { searchParams: Promise<{ locale?: string | string[] }> }) {
  const requested = (await searchParams).locale;
  const current = LOCALES.find((entry) => entry.locale === requested) ?? LOCALES[0];
  const text = PAGE_TEXT[current.lang];
  const valid = validateDataset(defaultDataset());
  const report = buildReportFromValid(valid, lastMonths(valid));
  const rows = report.mrr;
  const last = rows[rows.length - 1];
  const previous = rows[rows.length - 2];

  return (
    <RevkitProvider locale={current.locale} currency={report.currency}>
      <div lang={current.lang}>
        <header>
          <h1>{text.title}</h1>
          <p>{text.intro(report.from, report.to)}</p>
          <nav aria-label={text.language} className="locale-switch">
            {LOCALES.map((entry) => (
              <a key={entry.locale} href={`?locale=${entry.locale}`} lang={entry.lang} hrefLang={entry.lang} aria-current={entry.locale === current.locale ? 'page' : undefined}>
                {entry.label}
              </a>
            ))}
          </nav>
        </header>
        <main>
          <section aria-labelledby="kpis">
            <h2 id="kpis">{text.kpis}</h2>
            {/* Name, unit, polarity and formula of each card from the catalog: one definition, in both languages. */}
            <KpiGrid label={text.kpis}>
              <KpiCard metric={getMetric('mrr')} value={last?.mrr} previousValue={previous?.mrr} sparkline={rows.map((row) => row.mrr)} />
              <KpiCard metric={getMetric('arr')} value={last?.arr} previousValue={previous?.arr} />
              <KpiCard metric={getMetric('netNewMrr')} value={last?.netNew} previousValue={previous?.netNew} />
              <KpiCard metric={getMetric('nrr')} value={last?.nrr} previousValue={previous?.nrr} />
              <KpiCard metric={getMetric('customerChurnRate')} value={last?.customerChurnRate} previousValue={previous?.customerChurnRate} />
              <KpiCard metric={getMetric('quickRatio')} value={last?.quickRatio} previousValue={previous?.quickRatio} />
            </KpiGrid>
          </section>
          <section aria-labelledby="revenue">
            <h2 id="revenue">{text.revenue}</h2>
            {/* Plain data props (a key string, a unit by name): no client wrapper needed. */}
            <MetricTrend data={rows} y="mrr" label={getMetric('mrr').name[current.lang]} valueFormatter="money" variant="area" />
            <div className="chart-grid">
              <MrrMovementsChart data={rows} bridge={report.mrrBridge} />
              <MrrWaterfall data={rows} bridge={report.mrrBridge} />
            </div>
          </section>
          <section aria-labelledby="retention">
            <h2 id="retention">{text.retention}</h2>
            <CohortChart data={report.cohorts} />
          </section>
          <section aria-labelledby="funnel">
            <h2 id="funnel">{text.funnel}</h2>
            <FunnelChart data={report.funnel} />
          </section>
        </main>
        <footer>{text.footer}</footer>
      </div>
    </RevkitProvider>
  );
}
