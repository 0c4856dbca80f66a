import { getMetric, metricShortName, printable, type MetricId, type Report, type RevOpsReport } from '@revkit/core';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const dash = '—';
/** A catalog metric's English short name: the one source of the CLI's metric labels. */
const shortName = (id: MetricId): string => metricShortName(getMetric(id)).en;
const fmtMoney = (value: number | null): string => (value === null ? dash : money.format(value));
const fmtPercent = (value: number | null): string => (value === null ? dash : percent.format(value));
const fmtDecimal = (value: number | null): string => (value === null ? dash : decimal.format(value));

/**
 * Lays out rows as a plain-text table: the first column left-aligned, the
 * figures right-aligned so digits line up. Cells hold names from the input
 * (stages, owners, sources): each is made printable (escaped, cut at 80
 * characters) so a name cannot break the layout or drive the terminal.
 */
export function renderTable(headers: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((row) => row.map((cell) => printable(cell)));
  const widths = headers.map((header) => header.length);
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  const widthOf = (column: number): number => {
    const width = widths[column];
    if (width === undefined) throw new RangeError(`renderTable: no width for column ${column}`);
    return width;
  };
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widthOf(column)) : cell.padStart(widthOf(column))))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * The report as readable text tables: MRR and movements per month, cohorts,
 * sales, funnel and satisfaction.
 */
export function formatReportTable(report: Report, revops?: RevOpsReport): string {
  const sections: string[] = [];
  sections.push(`revkit report · ${report.from} → ${report.to} · money in ${report.currency}`);

  sections.push(
    `MRR and movements\n` +
      renderTable(
        // Movement columns keep the movement's bare word; the rest are catalog metrics.
        ['Month', shortName('mrr'), shortName('arr'), 'Customers', shortName('arpa'), 'New', 'Expansion', 'Reactiv.', 'Contraction', 'Churn', 'Net new', 'Logo churn', 'NRR', 'GRR', shortName('quickRatio'), 'Growth'],
        report.mrr.map((row) => [
          row.month,
          fmtMoney(row.mrr),
          fmtMoney(row.arr),
          count.format(row.customers),
          fmtMoney(row.arpa),
          fmtMoney(row.new),
          fmtMoney(row.expansion),
          fmtMoney(row.reactivation),
          fmtMoney(row.contraction),
          fmtMoney(row.churn),
          fmtMoney(row.netNew),
          fmtPercent(row.customerChurnRate),
          fmtPercent(row.nrr),
          fmtPercent(row.grr),
          fmtDecimal(row.quickRatio),
          fmtPercent(row.mrrGrowthRate),
        ]),
      ),
  );

  if (report.cohorts.length > 0) {
    const horizon = report.cohorts.reduce((longest, cohort) => Math.max(longest, cohort.logoRetention.length), 0);
    const shown = Math.min(horizon, 13);
    sections.push(
      `Cohorts: logo retention by month since acquisition${horizon > shown ? ` (first ${shown} months)` : ''}\n` +
        renderTable(
          ['Cohort', 'Customers', 'MRR', ...Array.from({ length: shown }, (_, k) => `M${k}`)],
          report.cohorts.map((cohort) => [
            cohort.cohort,
            count.format(cohort.customers),
            fmtMoney(cohort.mrr),
            ...Array.from({ length: shown }, (_, k) => {
              const value = cohort.logoRetention[k];
              return value === undefined ? '' : fmtPercent(value);
            }),
          ]),
        ),
    );
  }

  const { sales, satisfaction } = report;
  sections.push(
    `Sales (deals closed in the range; open pipeline as of end of ${report.to})\n` +
      renderTable(
        ['Figure', 'Value'],
        [
          ['Won deals', count.format(sales.wonDeals)],
          ['Lost deals', count.format(sales.lostDeals)],
          [shortName('winRate'), fmtPercent(sales.winRate)],
          [shortName('averageDealSize'), fmtMoney(sales.averageDealSize)],
          [`${getMetric('averageSalesCycleDays').name.en} (days)`, fmtDecimal(sales.averageSalesCycleDays)],
          ['Open deals', count.format(sales.openDeals)],
          [shortName('openPipeline'), fmtMoney(sales.openPipeline)],
          [shortName('pipelineVelocity'), fmtMoney(sales.pipelineVelocity)],
        ],
      ),
  );

  if (report.funnel.length > 0) {
    sections.push(
      `Funnel\n` +
        renderTable(
          ['Stage', 'Count', 'Step conversion', 'Overall conversion'],
          report.funnel.map((stage) => [
            stage.stage,
            count.format(stage.count),
            fmtPercent(stage.stepConversion),
            fmtPercent(stage.overallConversion),
          ]),
        ),
    );
  }

  sections.push(
    `Satisfaction (answers in the range)\n` +
      renderTable(
        ['Survey', 'Score', 'Responses'],
        [
          [`${shortName('csat')} (share 4–5)`, fmtPercent(satisfaction.csat), count.format(satisfaction.csatResponses)],
          [`${shortName('nps')} (−100…100)`, fmtDecimal(satisfaction.nps), count.format(satisfaction.npsResponses)],
          [`${shortName('ces')} (mean 1–7)`, fmtDecimal(satisfaction.ces), count.format(satisfaction.cesResponses)],
        ],
      ),
  );
  if (revops) for (const section of formatRevOpsSections(revops)) sections.push(section);
  return `${sections.join('\n\n')}\n`;
}

const fmtCount = (value: number | null): string => (value === null ? dash : count.format(value));

/**
 * A catalog metric as a table row: its English name from the catalog, the
 * figure, and its health line (✓ or ✗ against the benchmark) when it has one.
 */
function metricRow(id: MetricId, value: number | null, format: (value: number | null) => string, label?: string): string[] {
  const metric = getMetric(id);
  let health = '';
  if (metric.benchmark) {
    const { value: line, comparison } = metric.benchmark;
    const shown = format(line);
    const ok = value === null ? null : comparison === 'at-least' ? value >= line : value <= line;
    health = `${comparison === 'at-least' ? '≥' : '≤'} ${shown}${ok === null ? '' : ok ? ' ✓' : ' ✗'}`;
  }
  return [label ?? metric.name.en, format(value), health];
}

function figures(title: string, rows: string[][]): string {
  return `${title}\n${renderTable(['Metric', 'Value', 'Health line'], rows)}`;
}

/**
 * The RevOps report as text, grouped by team (marketing, sales, customer
 * success, finance); a team without its inputs is left out.
 */
export function formatRevOpsSections(revops: RevOpsReport): string[] {
  const sections: string[] = [];
  const { marketing, sales, customerSuccess, finance } = revops;

  if (marketing) {
    sections.push(
      figures('Marketing', [
        ['Sales + marketing spend', fmtMoney(marketing.acquisitionSpend), ''],
        metricRow('newCustomers', marketing.newCustomers, fmtCount),
        metricRow('customerAcquisitionCost', marketing.customerAcquisitionCost, fmtMoney, 'CAC (blended)'),
        metricRow('cacPaybackMonths', marketing.cacPaybackMonths, fmtDecimal, 'CAC payback (months)'),
        ['Leads', fmtCount(marketing.leads), ''],
        metricRow('costPerLead', marketing.costPerLead, fmtMoney),
      ]),
    );
    if (marketing.cacByMonth.length > 0) {
      sections.push(
        `Marketing: CAC by month\n` +
          renderTable(
            ['Month', 'Spend', 'New customers', 'CAC'],
            marketing.cacByMonth.map((row) => [row.month, fmtMoney(row.spend), count.format(row.newCustomers), fmtMoney(row.customerAcquisitionCost)]),
          ),
      );
    }
    if (marketing.leadSources.length > 0) {
      sections.push(
        `Marketing: leads by source\n` +
          renderTable(
            ['Source', 'Leads', 'Customers', 'Conversion'],
            marketing.leadSources.map((row) => [row.source, count.format(row.leads), count.format(row.customers), fmtPercent(row.conversion)]),
          ),
      );
    }
  }

  if (sales) {
    const rows = [
      metricRow('bookings', sales.bookings.value, fmtMoney, `Bookings (${count.format(sales.bookings.count)} won deals)`),
      ['Opportunities created', fmtCount(sales.opportunitiesCreated), ''],
      metricRow('opportunityCost', sales.opportunityCost, fmtMoney),
    ];
    if (sales.forecast) {
      const next = sales.forecast.nextMonthBookings;
      rows.push(
        metricRow('weightedPipeline', sales.forecast.weightedPipeline, fmtMoney),
        [`Bookings forecast ${next.month}: stage-weighted`, fmtMoney(next.stageWeighted), ''],
        [`Bookings forecast ${next.month}: trend and seasonality`, fmtMoney(next.trend), ''],
        [`Bookings forecast ${next.month}: committed`, fmtMoney(next.committed), ''],
        metricRow('combinedForecast', next.combined, fmtMoney, `Bookings forecast ${next.month}: combined`),
      );
    }
    sections.push(figures('Sales', rows));
    if (sales.owners.length > 0) {
      sections.push(
        `Sales: per owner\n` +
          renderTable(
            ['Owner', 'Won', 'Lost', shortName('winRate'), 'Cycle (days)', 'Bookings', 'Rep yield', 'Leads', 'Demo conv.', 'Deal conv.', 'Calls/day'],
            sales.owners.map((row) => [
              row.owner,
              count.format(row.wonDeals),
              count.format(row.lostDeals),
              fmtPercent(row.winRate),
              fmtDecimal(row.averageSalesCycleDays),
              fmtMoney(row.bookings),
              fmtMoney(row.repYield),
              fmtCount(row.leads),
              fmtPercent(row.demoConversion),
              fmtPercent(row.dealConversion),
              fmtDecimal(row.callsPerDay),
            ]),
          ),
      );
    }
    if (sales.stageConversion && sales.timeInStage) {
      const durations = sales.timeInStage;
      sections.push(
        `Sales: stage to stage (leads)\n` +
          renderTable(
            ['Step', 'Entered', 'Converted', 'Conversion', 'Days in stage'],
            sales.stageConversion.map((step, i) => [
              `${step.from} → ${step.to}`,
              count.format(step.entered),
              count.format(step.converted),
              fmtPercent(step.conversion),
              fmtDecimal(durations[i]?.averageDays ?? null),
            ]),
          ),
      );
    }
    if (sales.forecast && sales.forecast.stageProbabilities.length > 0) {
      sections.push(
        `Sales: stage win probabilities (learned from closed deals)\n` +
          renderTable(
            ['Stage', 'Closed deals', 'Won', 'Probability'],
            sales.forecast.stageProbabilities.map((row) => [row.stage, count.format(row.closedDeals), count.format(row.wonDeals), fmtPercent(row.probability)]),
          ),
      );
    }
  }

  sections.push(
    figures('Customer success', [
      metricRow('renewals', customerSuccess.renewals, fmtCount, 'Renewals (terms ≥ 12 months)'),
      metricRow('upgrades', customerSuccess.upgrades, fmtCount),
      ...(customerSuccess.engagement
        ? [
            metricRow('engagementScore', customerSuccess.engagement.averageScore, fmtDecimal, 'Engagement score (mean)'),
            metricRow('engagementChurnCorrelation', customerSuccess.engagement.churnCorrelation, fmtDecimal),
          ]
        : []),
      ...(customerSuccess.enps ? [metricRow('enps', customerSuccess.enps.score, fmtDecimal, `eNPS (${count.format(customerSuccess.enps.responses)} answers)`)] : []),
    ]) +
      `\n\nCustomer success: logo vs revenue churn\n` +
      renderTable(
        ['Month', 'Logo churn', 'Revenue churn', 'Upgrades', 'Renewals'],
        customerSuccess.months.map((row) => [
          row.month,
          fmtPercent(row.logoChurnRate),
          fmtPercent(row.revenueChurnRate),
          count.format(row.upgrades),
          count.format(row.renewals),
        ]),
      ),
  );

  sections.push(
    figures('Finance', [
      metricRow('compoundMonthlyGrowthRate', finance.compoundMonthlyGrowthRate, fmtPercent),
      metricRow('customerLifetimeValue', finance.customerLifetimeValue, fmtMoney, `CLV (ARPA × ${percent.format(finance.grossMargin)} margin ÷ churn)`),
      metricRow('historicalCustomerLifetimeValue', finance.historicalCustomerLifetimeValue, fmtMoney, 'CLV by history'),
      metricRow('purchaseFrequencyLifetimeValue', finance.purchaseFrequencyLifetimeValue, fmtMoney, 'CLV by purchase frequency'),
      metricRow('clvToCacRatio', finance.clvToCacRatio, fmtDecimal),
      ['Net burn', fmtMoney(finance.netBurn), ''],
      metricRow('burnMultiple', finance.burnMultiple, fmtDecimal),
      metricRow('forecastAccuracy', finance.forecastAccuracy, fmtPercent, 'MRR forecast error (MAPE, backtest)'),
    ]) +
      `\n\nFinance: growth and operating result\n` +
      renderTable(
        ['Month', 'MRR', 'MoM', 'YoY', 'Operating costs', 'Operating result'],
        finance.months.map((row) => [
          row.month,
          fmtMoney(row.mrr),
          fmtPercent(row.mrrGrowthRate),
          fmtPercent(row.yearOverYearGrowth),
          fmtMoney(row.operatingCosts),
          fmtMoney(row.operatingResult),
        ]),
      ) +
      (finance.mrrProjection
        ? `\n\nFinance: MRR projection (trend and seasonality)\n` +
          renderTable(['Month', 'MRR'], finance.mrrProjection.map((row) => [row.month, fmtMoney(row.mrr)]))
        : ''),
  );
  return sections;
}
