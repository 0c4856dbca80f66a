import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { customerSuccessMetrics } from './customerSuccess.js';
import { financeMetrics } from './finance.js';
import { findMetric } from './findMetric.js';
import { getMetric, isMetricId, metricCatalog } from './index.js';
import { marketingMetrics } from './marketing.js';
import { salesMetrics } from './sales.js';
import { metricShortName } from './shortName.js';

/** Exported functions that are not metrics: the engine, validation, parsing and shared helpers. */
const NOT_METRICS = new Set([
  'buildReport',
  'buildReportFromValid',
  'reportRange',
  'customerBreakdown',
  'customerBreakdownFromValid',
  'mrrRowRates',
  // The bridge of any range (exact inside the report's; reportMrrBridge is cataloged as the period's growth).
  'mrrBridge',
  'satisfactionSummary',
  'roundQuotient',
  'invalidUtf8Offset',
  'buildRevOpsReport',
  'buildRevOpsReportFromValid',
  'validateDataset',
  'RevkitValidationError',
  'isRevkitValidationError',
  'formatIssue',
  'summarizeIssues',
  'collapseIssues',
  'keyPath',
  'printable',
  'parseMonth',
  'formatMonth',
  'parseMonthRange',
  'monthBoundary',
  'firstDayOfMonth',
  'monthOfInstant',
  'addCalendarMonths',
  'parseInstant',
  'itemAt',
  'parseJsonFile',
  'decodeText',
  'dataMonthRange',
  'computeLedger',
  'monthlyAmountFraction',
  'ExactDecimal',
  'ratio',
  'moneyRatio',
  'toMoney',
  'toExact',
  'periodOfMonths',
  'inPeriod',
  'costTotal',
  'customerMrrTimelines',
  'passedStages',
  // Helpers: a change between any two figures, and a cohort's retention in absolute terms.
  'periodChange',
  'mrrBridgeSteps',
  // Helper: what a bridge's bar stands for, for customerBreakdown (starting MRR is the month before's).
  'mrrBridgeStepSelection',
  'cohortRetainedValues',
  // Helper: which cohort cell is immature (the one rule the average and the chart share).
  'cohortImmatureMonths',
  // Helpers: progress towards a goal, and the last months of a dataset.
  'targetProgress',
  'lastMonthsRange',
  // Helper: where a rep's yield multiple stands against the seeds' 2–3× line (the catalog's benchmark).
  'repYieldBand',
  'getMetric',
  'isMetricId',
  'metricShortName',
  'findMetric',
  'eachMonthOfRange',
  'previousRange',
  'isMrrMovement',
]);

const exportedFunctions = Object.entries(core)
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name);

describe('metricCatalog', () => {
  it('names an exported function of the package for every entry', () => {
    for (const entry of metricCatalog) {
      expect(typeof (core as Record<string, unknown>)[entry.functionName], `${entry.id} → ${entry.functionName}`).toBe('function');
    }
  });

  it('has an entry for every exported metric function', () => {
    const cataloged = new Set(metricCatalog.map((entry) => entry.functionName));
    const missing = exportedFunctions.filter((name) => !NOT_METRICS.has(name) && !cataloged.has(name));
    expect(missing).toEqual([]);
  });

  it('has unique ids and complete English and French texts', () => {
    const ids = metricCatalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of metricCatalog) {
      for (const text of [entry.name, entry.formula, ...(entry.conventions ? [entry.conventions] : [])]) {
        expect(text.en.trim(), entry.id).not.toBe('');
        expect(text.fr.trim(), entry.id).not.toBe('');
      }
      expect(entry.inputs.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('lists every figure of the contract report', () => {
    const contractFields = [
      'mrr', 'arr', 'customers', 'arpa', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'netNew',
      'newCustomers', 'reactivatedCustomers', 'churnedCustomers', 'customerChurnRate', 'grossMrrChurnRate',
      'netMrrChurnRate', 'nrr', 'grr', 'quickRatio', 'mrrGrowthRate',
    ].map((field) => `mrr[].${field}`);
    const paths = new Set(metricCatalog.map((entry) => entry.reportPath));
    for (const path of [
      ...contractFields,
      'cohorts[].logoRetention',
      'cohorts[].revenueRetention',
      'sales.winRate',
      'sales.averageDealSize',
      'sales.averageSalesCycleDays',
      'sales.openPipeline',
      'sales.pipelineVelocity',
      'funnel[].stepConversion',
      'funnel[].overallConversion',
      'satisfaction.csat',
      'satisfaction.nps',
      'satisfaction.ces',
    ]) {
      expect(paths.has(path), path).toBe(true);
    }
  });

  it('carries the health lines of the source articles', () => {
    // The 110 % NRR line is over a year, not a month.
    expect(getMetric('nrr12').benchmark).toMatchObject({ value: 1.1, comparison: 'at-least' });
    expect(getMetric('nrr').benchmark).toBeUndefined();
    expect(getMetric('repYieldMultiple').benchmark).toMatchObject({ value: 2, comparison: 'at-least' });
    expect(getMetric('clvToCacRatio').benchmark).toMatchObject({ value: 3, comparison: 'at-least' });
    expect(getMetric('customerChurnRate').benchmark).toMatchObject({ value: 0.05, comparison: 'at-most' });
    expect(getMetric('mrrGrowthRate').benchmark).toMatchObject({ value: 0.15, comparison: 'at-least' });
  });
});

describe('units', () => {
  it('"x times" metrics are multiples, never ratios shown as percentages', () => {
    for (const id of ['quickRatio', 'clvToCacRatio', 'burnMultiple'] as const) expect(getMetric(id).unit, id).toBe('multiple');
    // Anything named a ratio or multiple that is not a share must not be a `ratio` (a percentage).
    const timesLike = metricCatalog.filter((entry) => /multiple|quick ratio|CLV:CAC|LTV:CAC/i.test(entry.name.en));
    for (const entry of timesLike) expect(entry.unit, entry.id).toBe('multiple');
  });
});

describe('catalog files', () => {
  it('names in functionName a real export of @revkit/core, a function', () => {
    for (const entry of metricCatalog) expect(typeof (core as Record<string, unknown>)[entry.functionName], `${entry.id} → ${entry.functionName}`).toBe('function');
  });
  it('keeps each team in its own file: every entry of a file has that team', async () => {
    const files = {
      finance: (await import('./finance.js')).financeMetrics,
      sales: (await import('./sales.js')).salesMetrics,
      marketing: (await import('./marketing.js')).marketingMetrics,
      'customer-success': (await import('./customerSuccess.js')).customerSuccessMetrics,
    };
    for (const [team, entries] of Object.entries(files)) for (const entry of entries) expect(entry.team, entry.id).toBe(team);
    expect(Object.values(files).reduce((sum, entries) => sum + entries.length, 0)).toBe(metricCatalog.length);
  });
  it('tells ids from other strings', () => {
    expect(isMetricId('nrr')).toBe(true);
    expect(isMetricId('ebitda')).toBe(false);
  });
});

describe('getMetric', () => {
  it('returns the entry of a known id', () => {
    expect(getMetric('customerAcquisitionCost').team).toBe('marketing');
    expect(getMetric('nrr').name.fr).toBe('Rétention nette des revenus (NRR)');
  });
  it('throws a clear error for an unknown id', () => {
    // @ts-expect-error: an unknown id does not compile; untyped JavaScript gets the error
    expect(() => getMetric('ebitda')).toThrow(RangeError);
    // @ts-expect-error: an unknown id does not compile, as above
    expect(() => getMetric('ebitda')).toThrow(/^getMetric: unknown metric id "ebitda"; known ids: mrr, arr/);
  });
});

describe('polarity matches the sign', () => {
  it('a figure that is never positive (contraction, churn MRR) is better closer to zero: higher-is-better', () => {
    const report = core.buildReport(
      {
        currency: 'EUR',
        subscriptions: [
          { id: 'a', customerId: 'a', start: '2024-01-01', end: '2024-03-01', amount: 100, interval: 'month' },
          { id: 'b1', customerId: 'b', start: '2024-01-01', end: '2024-02-01', amount: 300, interval: 'month' },
          { id: 'b2', customerId: 'b', start: '2024-02-01', amount: 120, interval: 'month' },
          { id: 'c', customerId: 'c', start: '2024-04-01', amount: 1000, interval: 'month' },
        ],
      },
      { from: '2024-01', to: '2024-04' },
    );
    const rows = report.mrr as unknown as Record<string, number | null>[];
    const nonPositive = metricCatalog.filter((entry) => {
      const field = entry.reportPath?.match(/^mrr\[\]\.(\w+)$/)?.[1];
      if (field === undefined) return false;
      const values = rows.map((row) => row[field]).filter((value): value is number => typeof value === 'number');
      return values.every((value) => value <= 0) && values.some((value) => value < 0);
    });
    expect(nonPositive.map((entry) => entry.id).sort()).toEqual(['churnMrr', 'contractionMrr']);
    for (const entry of nonPositive) expect(entry.polarity, entry.id).toBe('higher-is-better');
  });
});

describe("the seeds' figures", () => {
  it('have a catalog entry whose report path is a figure of the RevOps report', () => {
    const report = core.buildRevOpsReport(
      {
        currency: 'EUR',
        subscriptions: [{ id: 's', customerId: 'c', start: '2023-01-01', amount: 100, interval: 'month' }],
        deals: [{ id: 'd', createdAt: '2024-01-01', closedAt: '2024-01-20', status: 'won', amount: 300, owner: 'alice', leadId: 'l' }],
        leads: [{ id: 'l', reached: { lead: '2024-01-02', customer: '2024-01-20' }, source: 'ads' }],
        costs: [{ month: '2024-01', category: 'sales', amount: 100, owner: 'alice' }],
      },
      { from: '2024-01', to: '2024-01' },
    );
    const resolve = (path: string): unknown =>
      path.split('.').reduce<unknown>((value, key) => {
        const field = key.replace('[]', '');
        const next = (value as Record<string, unknown> | null)?.[field];
        return key.endsWith('[]') ? (next as unknown[])[0] : next;
      }, report);
    const ids = ['grossBurn', 'netBurn', 'nrr12', 'grr12', 'arpaOverRange', 'customerRetentionRate', 'customerAcquisitionRate', 'cumulativeBookings', 'repYieldMultiple', 'salesCycleFromFirstContact', 'leads', 'leadSourceConversion'] as const;
    for (const id of ids) {
      const entry = getMetric(id);
      expect(resolve(entry.reportPath!), `${id} → ${entry.reportPath}`).not.toBeUndefined();
      expect(entry.name.fr, id).not.toBe(entry.name.en === entry.name.fr ? '' : undefined);
    }
  });
});

describe('metricShortName', () => {
  it('is the short name where the catalog has one, else the name', () => {
    expect(metricShortName(getMetric('mrr'))).toEqual({ en: 'MRR', fr: 'MRR' });
    expect(metricShortName(getMetric('winRate'))).toEqual(getMetric('winRate').name);
  });

  it('every short name is shorter than its name, in both languages', () => {
    for (const metric of metricCatalog) {
      if (!metric.shortName) continue;
      for (const language of ['en', 'fr'] as const) {
        expect(metric.shortName[language].length, `${metric.id}.shortName.${language}`).toBeGreaterThan(0);
        expect(metric.shortName[language].length, `${metric.id}.shortName.${language}`).toBeLessThan(metric.name[language].length);
      }
    }
  });
});

describe('findMetric and the teams\' entries', () => {
  it('the four teams hold every entry of the catalog once, each under its own team', () => {
    const teams = [
      ['finance', financeMetrics],
      ['sales', salesMetrics],
      ['marketing', marketingMetrics],
      ['customer-success', customerSuccessMetrics],
    ] as const;
    const ids = teams.flatMap(([, entries]) => entries.map((entry) => entry.id));
    expect([...ids].sort()).toEqual(metricCatalog.map((entry) => entry.id).sort());
    for (const [team, entries] of teams) for (const entry of entries) expect(entry.team, entry.id).toBe(team);
  });

  it("finds a team's entry: the same definition getMetric gives", () => {
    expect(findMetric(financeMetrics, 'mrr')).toBe(getMetric('mrr'));
    expect(findMetric(customerSuccessMetrics, 'nrr').name.fr).toBe(getMetric('nrr').name.fr);
  });

  it('refuses an id the entries do not hold, naming the ids they do', () => {
    // @ts-expect-error NRR is a customer-success entry, not finance's
    expect(() => findMetric(financeMetrics, 'nrr')).toThrow(RangeError);
    // @ts-expect-error NRR is not a finance entry, as above
    expect(() => findMetric(financeMetrics, 'nrr')).toThrow(/^findMetric: unknown metric id "nrr"; known ids: mrr, arr, /);
  });
});
