// The kit's own words (labels, states, plain-language summaries) in English
// and French. Figures inside sentences arrive already formatted, so the
// summary read by a screen reader says exactly what the chart shows.

/** Every string the kit renders by itself. Override any of them through `RevkitProvider`'s `messages`. */
export interface Messages {
  loading: string;
  waterfallTitle: string;
  movementsTitle: string;
  funnelTitle: string;
  cohortTitle: string;
  step: string;
  amount: string;
  mrrAfter: string;
  empty: string;
  errorTitle: string;
  /** The error state of a chart whose data the core cannot use (a non-finite amount, months out of order…). */
  invalidData: string;
  notAvailable: string;
  showTable: string;
  hideTable: string;
  dataTable: string;
  howCalculated: string;
  vsPrevious: string;
  up: string;
  down: string;
  unchanged: string;
  good: string;
  bad: string;
  target: (formattedTarget: string, formattedProgress: string) => string;
  progressToTarget: string;
  month: string;
  startingMrr: string;
  endingMrr: string;
  newMrr: string;
  expansion: string;
  reactivation: string;
  contraction: string;
  churn: string;
  /** The waterfall step of the cents the report's rounding leaves (see `MrrBridge.rounding`). */
  rounding: string;
  netNew: string;
  gains: string;
  losses: string;
  unfinished: string;
  stage: string;
  count: string;
  stepConversion: string;
  overallConversion: string;
  biggestDropOff: string;
  cohort: string;
  customers: string;
  monthsSince: (k: number) => string;
  monthOffset: string;
  logoRetention: string;
  revenueRetention: string;
  percentView: string;
  absoluteView: string;
  heatmapView: string;
  curvesView: string;
  weightedAverage: string;
  notYet: string;
  legend: string;
  /** "MRR rose 4.2% to $120.1K: +$12.1K new, −$3.4K churn" */
  mrrSummary: (p: { direction: 'rose' | 'fell' | 'flat'; change: string; end: string; parts: string[]; period: string }) => string;
  movementsSummary: (p: { months: number; from: string; to: string; netNew: string; bestMonth: string; worstMonth: string }) => string;
  funnelSummary: (p: { stages: number; first: string; last: string; overall: string; dropStage: string | null; dropRate: string }) => string;
  cohortSummary: (p: { cohorts: number; measure: string; afterMonths: number; average: string }) => string;
  trendSummary: (p: { label: string; direction: 'rose' | 'fell' | 'flat'; from: string; to: string; start: string; end: string; change: string }) => string;
  /** "as of end of Oct 2026": a snapshot at the end of a month, never "now". */
  asOfEndOf: (month: string) => string;
  pipelineTitle: string;
  /** The stage of deals that have none. */
  noStage: string;
  openDeals: string;
  winProbability: string;
  weighted: string;
  /** `asOf` is `' as of end of <month>'` with its leading space, or `''`. */
  pipelineSummary: (p: { asOf: string; stages: number; openDeals: string | null; amount: string | null; weighted: string | null; largest: string }) => string;
  /** "Bookings against forecast", "MRR against forecast". */
  forecastTitle: (measure: string) => string;
  bookings: string;
  mrr: string;
  /** Built-in names of the core's forecasts. */
  stageWeighted: string;
  trend: string;
  combined: string;
  /** A month after the data: forecast only. */
  forecastOnly: string;
  /** The backtest error of a forecast: "error 12.3 %" (MAPE). */
  backtestError: (error: string) => string;
  /** The table row of each forecast's backtest error. */
  backtestErrorTitle: string;
  forecastSummary: (p: { measure: string; from: string; to: string; next: string | null; nextForecasts: string[]; errors: string[] }) => string;
  leaderboardTitle: string;
  owner: string;
  winRate: string;
  salesCycle: string;
  repYield: string;
  yieldMultiple: string;
  /** Where a yield multiple stands against the 2–3× line. */
  yieldBand: (band: 'below' | 'within' | 'above', line: string) => string;
  leaderboardSummary: (p: { owners: number; top: string; topBookings: string; within: number; above: number; below: number; line: string }) => string;
  /** Drill-down: "Churn, March 2026: customers" (what a figure is made of). */
  breakdownTitle: (p: { figure: string; period: string }) => string;
  customer: string;
  mrrBefore: string;
  total: string;
  retainedMrr: string;
  /** A customer of a cohort who no longer pays. */
  lost: string;
  breakdownSummary: (p: { customers: number; total: string; paying: number | null }) => string;
  /** "Customers 101–200 of 250" */
  pageStatus: (p: { first: number; last: number; total: number }) => string;
  previousPage: string;
  nextPage: string;
  close: string;
}

const en: Messages = {
  loading: 'Loading…',
  waterfallTitle: 'MRR bridge',
  movementsTitle: 'MRR movements',
  funnelTitle: 'Conversion funnel',
  cohortTitle: 'Cohort retention',
  step: 'Step',
  amount: 'Amount',
  mrrAfter: 'MRR after',
  empty: 'No data for this period',
  errorTitle: 'Could not show this chart',
  invalidData: 'Some values in this data cannot be charted: a missing or non-numeric figure, or months out of order.',
  notAvailable: 'not available',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  dataTable: 'Data table',
  howCalculated: 'How is this calculated?',
  vsPrevious: 'vs previous period',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  good: 'good',
  bad: 'bad',
  target: (target, progress) => `${progress} of target ${target}`,
  progressToTarget: 'Progress to target',
  month: 'Month',
  startingMrr: 'Starting MRR',
  endingMrr: 'Ending MRR',
  newMrr: 'New',
  expansion: 'Expansion',
  reactivation: 'Reactivation',
  contraction: 'Contraction',
  churn: 'Churn',
  rounding: 'Rounding',
  netNew: 'Net new MRR',
  gains: 'Gains',
  losses: 'Losses',
  unfinished: 'month in progress',
  stage: 'Stage',
  count: 'Count',
  stepConversion: 'Step conversion',
  overallConversion: 'Overall conversion',
  biggestDropOff: 'Biggest drop-off',
  cohort: 'Cohort',
  customers: 'Customers',
  monthsSince: (k) => `Month ${k}`,
  monthOffset: 'Months since start',
  logoRetention: 'Logo retention',
  revenueRetention: 'Revenue retention',
  percentView: '% of start',
  absoluteView: 'Absolute',
  heatmapView: 'Heatmap',
  curvesView: 'Curves',
  weightedAverage: 'Weighted average',
  notYet: 'not yet reached',
  legend: 'Colour scale',
  mrrSummary: ({ direction, change, end, parts, period }) =>
    `MRR ${direction === 'flat' ? 'was unchanged at' : `${direction} ${change} to`} ${end} over ${period}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
  movementsSummary: ({ months, from, to, netNew, bestMonth, worstMonth }) =>
    `MRR movements over ${months} months from ${from} to ${to}: ${netNew} net new in total; best month ${bestMonth}, weakest month ${worstMonth}.`,
  funnelSummary: ({ stages, first, last, overall, dropStage, dropRate }) =>
    `Funnel of ${stages} stages from ${first} to ${last}, ${overall} converting overall.${dropStage ? ` Biggest drop-off before ${dropStage}: only ${dropRate} continue.` : ''}`,
  cohortSummary: ({ cohorts, measure, afterMonths, average }) =>
    `${cohorts} cohorts of ${measure}. Weighted average after ${afterMonths} months: ${average}.`,
  trendSummary: ({ label, direction, from, to, start, end, change }) =>
    direction === 'flat'
      ? `${label} was unchanged at ${end} from ${from} to ${to}.`
      : `${label} ${direction} ${change} from ${start} in ${from} to ${end} in ${to}.`,
  asOfEndOf: (month) => `as of end of ${month}`,
  pipelineTitle: 'Open pipeline',
  noStage: '(no stage)',
  openDeals: 'Open deals',
  winProbability: 'Win probability',
  weighted: 'Weighted',
  pipelineSummary: ({ asOf, stages, openDeals, amount, weighted, largest }) =>
    `${openDeals !== null && amount !== null ? `${openDeals} open deals worth ${amount}` : 'Open pipeline'}${asOf}, ${stages} stage${stages === 1 ? '' : 's'}${weighted !== null ? `, ${weighted} weighted` : ''}. Largest: ${largest}.`,
  forecastTitle: (measure) => `${measure} against forecast`,
  bookings: 'Bookings',
  mrr: 'MRR',
  stageWeighted: 'Stage-weighted',
  trend: 'Trend and seasonality',
  combined: 'Combined',
  forecastOnly: 'forecast only',
  backtestError: (error) => `error ${error}`,
  backtestErrorTitle: 'Backtest error (MAPE)',
  forecastSummary: ({ measure, from, to, next, nextForecasts, errors }) =>
    `${measure}, ${from} to ${to}, against forecasts made a month ahead.${next && nextForecasts.length ? ` ${next}: ${nextForecasts.join(', ')}.` : ''}${errors.length ? ` Backtest error (MAPE): ${errors.join(', ')}.` : ''}`,
  leaderboardTitle: 'Sales reps',
  owner: 'Owner',
  winRate: 'Win rate',
  salesCycle: 'Sales cycle',
  repYield: 'Yield',
  yieldMultiple: 'Yield ÷ cost',
  yieldBand: (band, line) => `${band} the ${line} line`,
  leaderboardSummary: ({ owners, top, topBookings, within, above, below, line }) =>
    `${owners} rep${owners === 1 ? '' : 's'}; most bookings: ${top} (${topBookings}). Against the ${line} line of yield ÷ cost: ${above} above, ${within} within, ${below} below.`,
  breakdownTitle: ({ figure, period }) => `${figure}, ${period}: customers`,
  customer: 'Customer',
  mrrBefore: 'MRR before',
  total: 'Total',
  retainedMrr: 'Retained MRR',
  lost: 'lost',
  breakdownSummary: ({ customers, total, paying }) =>
    `${customers} customer${customers === 1 ? '' : 's'}${paying === null ? '' : `, ${paying} still paying`}; their amounts sum to ${total}.`,
  pageStatus: ({ first, last, total }) => `Customers ${first}–${last} of ${total}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  close: 'Close',
};

const fr: Messages = {
  loading: 'Chargement…',
  waterfallTitle: 'Pont du MRR',
  movementsTitle: 'Mouvements du MRR',
  funnelTitle: 'Entonnoir de conversion',
  cohortTitle: 'Rétention par cohorte',
  step: 'Étape',
  amount: 'Montant',
  mrrAfter: 'MRR après',
  empty: 'Aucune donnée pour cette période',
  errorTitle: 'Impossible d’afficher ce graphique',
  invalidData: 'Certaines valeurs de ces données ne peuvent pas être représentées : un chiffre manquant ou non numérique, ou des mois dans le désordre.',
  notAvailable: 'non disponible',
  showTable: 'Afficher le tableau de données',
  hideTable: 'Masquer le tableau de données',
  dataTable: 'Tableau de données',
  howCalculated: 'Comment est-ce calculé ?',
  vsPrevious: 'vs période précédente',
  up: 'en hausse',
  down: 'en baisse',
  unchanged: 'stable',
  good: 'favorable',
  bad: 'défavorable',
  target: (target, progress) => `${progress} de l’objectif ${target}`,
  progressToTarget: 'Progression vers l’objectif',
  month: 'Mois',
  startingMrr: 'MRR de départ',
  endingMrr: 'MRR final',
  newMrr: 'Nouveau',
  expansion: 'Expansion',
  reactivation: 'Réactivation',
  contraction: 'Contraction',
  churn: 'Churn',
  rounding: 'Arrondi',
  netNew: 'MRR net nouveau',
  gains: 'Gains',
  losses: 'Pertes',
  unfinished: 'mois en cours',
  stage: 'Étape',
  count: 'Nombre',
  stepConversion: 'Conversion d’étape',
  overallConversion: 'Conversion globale',
  biggestDropOff: 'Plus forte perte',
  cohort: 'Cohorte',
  customers: 'Clients',
  monthsSince: (k) => `Mois ${k}`,
  monthOffset: 'Mois depuis le début',
  logoRetention: 'Rétention des clients',
  revenueRetention: 'Rétention du revenu',
  percentView: '% du départ',
  absoluteView: 'Absolu',
  heatmapView: 'Carte de chaleur',
  curvesView: 'Courbes',
  weightedAverage: 'Moyenne pondérée',
  notYet: 'pas encore atteint',
  legend: 'Échelle de couleurs',
  mrrSummary: ({ direction, change, end, parts, period }) =>
    `Le MRR ${direction === 'flat' ? 'est resté stable à' : `${direction === 'rose' ? 'a augmenté' : 'a baissé'} de ${change} pour atteindre`} ${end} sur ${period}${parts.length ? ` : ${parts.join(', ')}` : ''}.`,
  movementsSummary: ({ months, from, to, netNew, bestMonth, worstMonth }) =>
    `Mouvements du MRR sur ${months} mois de ${from} à ${to} : ${netNew} de MRR net nouveau au total ; meilleur mois ${bestMonth}, mois le plus faible ${worstMonth}.`,
  funnelSummary: ({ stages, first, last, overall, dropStage, dropRate }) =>
    `Entonnoir de ${stages} étapes de ${first} à ${last}, ${overall} de conversion globale.${dropStage ? ` Plus forte perte avant ${dropStage} : seuls ${dropRate} continuent.` : ''}`,
  cohortSummary: ({ cohorts, measure, afterMonths, average }) =>
    `${cohorts} cohortes, ${measure}. Moyenne pondérée après ${afterMonths} mois : ${average}.`,
  trendSummary: ({ label, direction, from, to, start, end, change }) =>
    direction === 'flat'
      ? `${label} est resté stable à ${end} de ${from} à ${to}.`
      : `${label} ${direction === 'rose' ? 'a augmenté' : 'a baissé'} de ${change}, de ${start} en ${from} à ${end} en ${to}.`,
  asOfEndOf: (month) => `à fin ${month}`,
  pipelineTitle: 'Pipeline ouvert',
  noStage: '(sans étape)',
  openDeals: 'Affaires ouvertes',
  winProbability: 'Probabilité de gain',
  weighted: 'Pondéré',
  pipelineSummary: ({ asOf, stages, openDeals, amount, weighted, largest }) =>
    `${openDeals !== null && amount !== null ? `${openDeals} affaires ouvertes pour ${amount}` : 'Pipeline ouvert'}${asOf}, ${stages} étape${stages === 1 ? '' : 's'}${weighted !== null ? `, ${weighted} pondéré` : ''}. La plus grande : ${largest}.`,
  forecastTitle: (measure) => `${measure} face aux prévisions`,
  bookings: 'Signatures',
  mrr: 'MRR',
  stageWeighted: 'Pondérée par étape',
  trend: 'Tendance et saisonnalité',
  combined: 'Combinée',
  forecastOnly: 'prévision seule',
  backtestError: (error) => `erreur ${error}`,
  backtestErrorTitle: 'Erreur a posteriori (MAPE)',
  forecastSummary: ({ measure, from, to, next, nextForecasts, errors }) =>
    `${measure}, ${from} à ${to}, face aux prévisions faites un mois avant.${next && nextForecasts.length ? ` ${next} : ${nextForecasts.join(', ')}.` : ''}${errors.length ? ` Erreur a posteriori (MAPE) : ${errors.join(', ')}.` : ''}`,
  leaderboardTitle: 'Commerciaux',
  owner: 'Commercial',
  winRate: 'Taux de conclusion',
  salesCycle: 'Cycle de vente',
  repYield: 'Rendement',
  yieldMultiple: 'Rendement ÷ coût',
  yieldBand: (band, line) => `${{ below: 'sous', within: 'dans', above: 'au-dessus de' }[band]} la ligne ${line}`,
  leaderboardSummary: ({ owners, top, topBookings, within, above, below, line }) =>
    `${owners} commercia${owners === 1 ? 'l' : 'ux'} ; le plus de signatures : ${top} (${topBookings}). Face à la ligne ${line} du rendement ÷ coût : ${above} au-dessus, ${within} dedans, ${below} en dessous.`,
  breakdownTitle: ({ figure, period }) => `${figure}, ${period} : clients`,
  customer: 'Client',
  mrrBefore: 'MRR avant',
  total: 'Total',
  retainedMrr: 'MRR retenu',
  lost: 'perdu',
  breakdownSummary: ({ customers, total, paying }) =>
    `${customers} client${customers === 1 ? '' : 's'}${paying === null ? '' : `, dont ${paying} payent encore`} ; leurs montants font ${total} au total.`,
  pageStatus: ({ first, last, total }) => `Clients ${first} à ${last} sur ${total}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  close: 'Fermer',
};

/** The languages the kit speaks (its own words, the catalog's names and formulas). */
export type Language = 'en' | 'fr';

/**
 * The kit's language of a BCP 47 locale: French for `fr*`, English
 * otherwise. The one place this rule is written; components read it from
 * the provider (`useRevkit().language`).
 *
 * @example
 * languageOf('fr-CA') //=> 'fr'
 */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The built-in messages of a locale: French for `fr*`, English otherwise. */
export function messagesFor(locale: string): Messages {
  return languageOf(locale) === 'fr' ? fr : en;
}
