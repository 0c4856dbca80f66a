import type { MrrRow } from '@revkit/core';
import { useRevkit } from '@revkit/react';
import { memo } from 'react';
import { Cards, Section, sectionFigures, type CardSpec, type SectionsProps } from './Section.js';

const mrrOf = (row: MrrRow) => row.mrr;

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
    { id: 'mrr', value: last?.mrr, previousValue: beforeLast?.mrr, sparkline, comparisonLabel: vsMonth },
    { id: 'arr', value: last?.arr, previousValue: beforeLast?.arr, comparisonLabel: vsMonth },
    { id: 'netNewMrr', value: last?.netNew, previousValue: beforeLast?.netNew, comparisonLabel: vsMonth },
    { id: 'nrr', value: last?.nrr, previousValue: beforeLast?.nrr, comparisonLabel: vsMonth },
    { id: 'customerChurnRate', value: last?.customerChurnRate, previousValue: beforeLast?.customerChurnRate, comparisonLabel: vsMonth },
    { id: 'arpa', value: last?.arpa, previousValue: beforeLast?.arpa, comparisonLabel: vsMonth },
    { id: 'clvToCacRatio', value: finance?.clvToCacRatio, previousValue: previousFinance?.clvToCacRatio, comparisonLabel: vsPeriod },
    { id: 'quickRatio', value: last?.quickRatio, previousValue: beforeLast?.quickRatio, comparisonLabel: vsMonth },
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
