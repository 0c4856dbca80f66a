import type { Report } from '@revkit/core';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const dash = '—';
const fmtMoney = (value: number | null): string => (value === null ? dash : money.format(value));
const fmtPercent = (value: number | null): string => (value === null ? dash : percent.format(value));
const fmtDecimal = (value: number | null): string => (value === null ? dash : decimal.format(value));

/**
 * Lays out rows as a plain-text table: the first column left-aligned, the
 * figures right-aligned so digits line up.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * The report as readable text tables: MRR and movements per month, cohorts,
 * sales, funnel and satisfaction.
 */
export function formatReportTable(report: Report): string {
  const sections: string[] = [];
  sections.push(`revkit report · ${report.from} → ${report.to} · money in ${report.currency}`);

  sections.push(
    `MRR and movements\n` +
      renderTable(
        ['Month', 'MRR', 'ARR', 'Customers', 'ARPA', 'New', 'Expansion', 'Reactiv.', 'Contraction', 'Churn', 'Net new', 'Logo churn', 'NRR', 'GRR', 'Quick ratio', 'Growth'],
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
    const horizon = Math.max(...report.cohorts.map((cohort) => cohort.logoRetention.length));
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
    `Sales (deals closed in the range; open pipeline now)\n` +
      renderTable(
        ['Figure', 'Value'],
        [
          ['Won deals', count.format(sales.wonDeals)],
          ['Lost deals', count.format(sales.lostDeals)],
          ['Win rate', fmtPercent(sales.winRate)],
          ['Average deal size', fmtMoney(sales.averageDealSize)],
          ['Average sales cycle (days)', fmtDecimal(sales.averageSalesCycleDays)],
          ['Open deals', count.format(sales.openDeals)],
          ['Open pipeline', fmtMoney(sales.openPipeline)],
          ['Pipeline velocity (per day)', fmtMoney(sales.pipelineVelocity)],
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
          ['CSAT (share 4–5)', fmtPercent(satisfaction.csat), count.format(satisfaction.csatResponses)],
          ['NPS (−100…100)', fmtDecimal(satisfaction.nps), count.format(satisfaction.npsResponses)],
          ['CES (mean 1–7)', fmtDecimal(satisfaction.ces), count.format(satisfaction.cesResponses)],
        ],
      ),
  );
  return `${sections.join('\n\n')}\n`;
}
