import { findMetric, type MrrRow } from '@revkit/core';
import { customerSuccessMetrics } from '@revkit/core/catalog/customer-success';
import { financeMetrics } from '@revkit/core/catalog/finance';
import { useRevkit } from '@revkit/react';
import { memo } from 'react';
import { Cards, Section, sectionFigures, type CardSpec, type SectionsProps } from './Section.js';

const mrrOf = (row: MrrRow) => row.mrr;

// The key metrics' catalog entries, from the two teams' entry points rather than the whole catalog
// (`getMetric`), so the first screen's code carries no other team's definitions.
const METRICS = {
  mrr: findMetric(financeMetrics, 'mrr'),
  arr: findMetric(financeMetrics, 'arr'),
  netNewMrr: findMetric(financeMetrics, 'netNewMrr'),
  nrr: findMetric(customerSuccessMetrics, 'nrr'),
  customerChurnRate: findMetric(customerSuccessMetrics, 'customerChurnRate'),
  arpa: findMetric(financeMetrics, 'arpa'),
  clvToCacRatio: findMetric(financeMetrics, 'clvToCacRatio'),
  quickRatio: findMetric(financeMetrics, 'quickRatio'),
};

/**
 * The first screen: the key metrics, drawn with the page's own code (the
 * charts' code follows). Every figure is read from the core's reports; the
 * comparison is the previous month for monthly figures and the previous
 * period of the same length for period figures.
 */
// Memoized: progress, the controls and the panels re-render the page often, never the cards for nothing.
export const KeyMetrics = memo(function KeyMetrics(props: SectionsProps) {
  const { strings, reports, error } = props;
  const { formatters } = useRevkit();
  const { report, previousReport, loading, vsPeriod } = sectionFigures(props);
  const rows = report?.mrr ?? [];
  const last = rows[rows.length - 1];
  // The month before the period's last: inside the period, or the previous period's last.
  const beforeLast = rows.length > 1 ? rows[rows.length - 2] : previousReport?.mrr[previousReport.mrr.length - 1];
  const sparkline = rows.map(mrrOf);
  const vsMonth = beforeLast ? strings.vsMonth(formatters.month(beforeLast.month)) : undefined;
  const finance = reports?.current.revOps.finance;
  const previousFinance = reports?.previous?.revOps.finance;

  const keyCards: CardSpec[] = [
    { metric: METRICS.mrr, value: last?.mrr, previousValue: beforeLast?.mrr, sparkline, comparisonLabel: vsMonth },
    { metric: METRICS.arr, value: last?.arr, previousValue: beforeLast?.arr, comparisonLabel: vsMonth },
    { metric: METRICS.netNewMrr, value: last?.netNew, previousValue: beforeLast?.netNew, comparisonLabel: vsMonth },
    { metric: METRICS.nrr, value: last?.nrr, previousValue: beforeLast?.nrr, comparisonLabel: vsMonth },
    { metric: METRICS.customerChurnRate, value: last?.customerChurnRate, previousValue: beforeLast?.customerChurnRate, comparisonLabel: vsMonth },
    { metric: METRICS.arpa, value: last?.arpa, previousValue: beforeLast?.arpa, comparisonLabel: vsMonth },
    { metric: METRICS.clvToCacRatio, value: finance?.clvToCacRatio, previousValue: previousFinance?.clvToCacRatio, comparisonLabel: vsPeriod },
    { metric: METRICS.quickRatio, value: last?.quickRatio, previousValue: beforeLast?.quickRatio, comparisonLabel: vsMonth },
  ];
  // CAC needs the acquisition spend of the optional costs section.
  const clvNeedsCosts = reports !== null && (finance?.clvToCacRatio ?? null) === null && (reports.current.revOps.marketing?.acquisitionSpend ?? null) === null;

  return (
    <Section id="key-metrics" title={strings.keyMetrics}>
      <Cards label={strings.keyMetrics} cards={keyCards} loading={loading} error={error} className="kpi-grid-quad" />
      {clvNeedsCosts ? <p className="footnote">{strings.clvNeedsCosts}</p> : null}
    </Section>
  );
});
