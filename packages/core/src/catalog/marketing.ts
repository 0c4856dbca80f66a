import { t } from './text.js';
import type { MetricDefinition } from './types.js';

/**
 * Marketing: leads, acquisition cost and conversion. This team's entries of the catalog
 * ({@link metricCatalog} holds every team's), also at `@revkit/core/catalog/marketing` so a page
 * can ship them alone.
 *
 * @example
 * import { marketingMetrics } from '@revkit/core/catalog/marketing';
 * findMetric(marketingMetrics, 'customerAcquisitionCost').unit //=> 'money'
 * @throws never
 */
export const marketingMetrics = [
  {
    id: 'customerAcquisitionCost',
    name: t('Customer acquisition cost (CAC)', 'Coût d’acquisition client (CAC)'),
    formula: t('Sales and marketing spend divided by new customers.', 'Dépenses commerciales et marketing divisées par le nombre de nouveaux clients.'),
    symbols: 'CAC = (sales + marketing costs) ÷ new customers',
    unit: 'money',
    polarity: 'lower-is-better',
    team: 'marketing',
    inputs: ['costs', 'subscriptions'],
    conventions: t(
      'Blended over the range (all spend, all new customers; reactivations excluded) and per month. Paid-only CAC is the alternative: pass only paid spend.',
      'Global sur la période (toutes dépenses, tous nouveaux clients ; réactivations exclues) et par mois. Alternative : CAC payant, en ne passant que les dépenses payantes.',
    ),
    functionName: 'customerAcquisitionCost',
    reportPath: 'marketing.customerAcquisitionCost',
  },
  {
    id: 'cacPaybackMonths',
    name: t('CAC payback', 'Délai de retour sur CAC'),
    formula: t('CAC divided by the monthly gross margin a new customer brings.', 'CAC divisé par la marge brute mensuelle d’un nouveau client.'),
    symbols: 'CAC ÷ (new MRR ÷ new customers × gross margin)',
    unit: 'months',
    polarity: 'lower-is-better',
    team: 'marketing',
    inputs: ['costs', 'subscriptions', 'options.grossMargin'],
    conventions: t('Null when the margin is 0 or negative: it never pays back.', 'Nul si la marge est nulle ou négative : jamais remboursé.'),
    functionName: 'cacPaybackMonths',
    reportPath: 'marketing.cacPaybackMonths',
  },
  {
    id: 'costPerLead',
    name: t('Cost per lead (CPL)', 'Coût par lead (CPL)'),
    formula: t('Marketing spend divided by leads created.', 'Dépenses marketing divisées par le nombre de leads créés.'),
    symbols: 'marketing costs ÷ leads',
    unit: 'money',
    polarity: 'lower-is-better',
    team: 'marketing',
    inputs: ['costs', 'leads'],
    functionName: 'costPerLead',
    reportPath: 'marketing.costPerLead',
  },
  {
    id: 'funnelStepConversion',
    name: t('Funnel step conversion', 'Taux de conversion d’étape'),
    formula: t('Count of a stage divided by the count of the stage before.', 'Effectif d’une étape divisé par celui de l’étape précédente.'),
    symbols: 'count(s) ÷ count(s − 1)',
    unit: 'ratio',
    polarity: 'higher-is-better',
    team: 'marketing',
    inputs: ['funnel'],
    conventions: t('From stage counts (e.g. 100 leads from 3,000 visits = 3.3 %).', 'À partir des effectifs d’étape (ex. 100 leads pour 3 000 visites = 3,3 %).'),
    functionName: 'funnelConversion',
    reportPath: 'funnel[].stepConversion',
  },
  {
    id: 'funnelOverallConversion',
    name: t('Funnel overall conversion', 'Taux de conversion global'),
    formula: t('Count of a stage divided by the count of the first stage.', 'Effectif d’une étape divisé par celui de la première étape.'),
    symbols: 'count(s) ÷ count(first)',
    unit: 'ratio',
    polarity: 'higher-is-better',
    team: 'marketing',
    inputs: ['funnel'],
    functionName: 'funnelConversion',
    reportPath: 'funnel[].overallConversion',
  },
  {
    id: 'leads',
    name: t('Leads created', 'Leads générés'),
    formula: t('Leads whose first date falls in the period.', 'Leads dont la première date tombe dans la période.'),
    symbols: '#{lead : B(from − 1) ≤ reached.lead < B(to)}',
    unit: 'count',
    polarity: 'higher-is-better',
    team: 'marketing',
    inputs: ['leads'],
    functionName: 'buildRevOpsReport',
    reportPath: 'marketing.leads',
  },
  {
    id: 'leadSourceConversion',
    name: t('Lead-to-customer conversion by source', 'Conversion des leads en clients par source'),
    formula: t(
      'Per acquisition source, the leads of the period that became customers divided by the leads of the period.',
      'Par source d’acquisition, les leads de la période devenus clients divisés par les leads de la période.',
    ),
    symbols: '#{lead(source) : reached.customer} ÷ #lead(source)',
    unit: 'ratio',
    polarity: 'higher-is-better',
    team: 'marketing',
    inputs: ['leads'],
    conventions: t(
      'A lead converts when it reached the customer stage by the end of the range (point in time).',
      'Un lead est converti s’il a atteint le stade client avant la fin de la période (à date).',
    ),
    functionName: 'buildRevOpsReport',
    reportPath: 'marketing.leadSources[].conversion',
  },
] as const satisfies readonly MetricDefinition[];
