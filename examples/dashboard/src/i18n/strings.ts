// The app's own words (the kit translates its own). Two locales, as the
// locale switch offers; anything else falls back to English.

import type { LoadPhase } from '../data/dataset.js';

/** The locales the locale switch offers. */
export const LOCALES = ['en-US', 'fr-FR'] as const;
export type LocaleName = (typeof LOCALES)[number];

/** Megabytes with one decimal, in a locale. */
function megabytes(locale: LocaleName, bytes: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1e6);
}

export interface AppStrings {
  appTitle: string;
  tagline: string;
  skipToContent: string;
  controls: string;
  period: string;
  periodPreset: string;
  presetLast: (months: number) => string;
  presetAll: string;
  presetCustom: string;
  from: string;
  to: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  dataSource: string;
  dataSourceLabel: string;
  nothingDated: string;
  sampleDataset: string;
  loadDataset: string;
  dropHint: string;
  dropOverlay: string;
  loadedFrom: (name: string, currency: string, from: string, to: string) => string;
  loadingData: string;
  /** The progress of a file being loaded: its name, then what is being done. */
  loadingFile: (name: string) => string;
  /** Bytes read so far, in megabytes. */
  bytesRead: (loaded: number, total: number) => string;
  loadPhases: Record<LoadPhase, string>;
  cancelLoad: string;
  fileProblems: (name: string, count: number) => string;
  keptData: string;
  dismiss: string;
  unreadable: string;
  /** A problem that stands for `count` identical ones (collapsed in the list). */
  repeated: (count: number) => string;
  /** The line after the first problems shown. */
  moreProblems: (count: number) => string;
  /** The file could be read but revkit failed on it (a bug): its message follows. */
  loadCrashed: string;
  /** Last resort when drawing the report fails: the message follows. */
  reportCrashed: string;
  /** The drill-down panel: the customers behind a chosen figure. */
  drillDown: string;
  closePanel: string;
  movement: string;
  drillHint: string;
  keyMetrics: string;
  revenue: string;
  retention: string;
  pipeline: string;
  /** The sales board: pipeline by stage, bookings and MRR against their forecasts, the reps. */
  sales: string;
  satisfaction: string;
  clvNeedsCosts: string;
  /** The open pipeline is a snapshot at the end of the period, never "now". */
  openPipelineAsOf: (month: string | null) => string;
  responses: (count: string) => string;
  vsMonth: (month: string) => string;
  vsPreviousMonths: (months: number) => string;
  reportFailed: string;
  footer: string;
}

const en: AppStrings = {
  appTitle: 'Revenue dashboard',
  tagline: 'MRR, retention, pipeline and satisfaction, computed by @revkit/core',
  skipToContent: 'Skip to the dashboard',
  controls: 'Dashboard settings',
  period: 'Period',
  periodPreset: 'Period',
  presetLast: (months) => `Last ${months} months`,
  presetAll: 'All data',
  presetCustom: 'Custom',
  from: 'From',
  to: 'To',
  language: 'Language',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  dataSource: 'Data',
  dataSourceLabel: 'Data:',
  nothingDated: 'has no dated subscription, deal or survey, so no month to report on',
  sampleDataset: 'Sample dataset',
  loadDataset: 'Load a dataset (JSON)…',
  dropHint: 'or drop a dataset file anywhere on the page',
  dropOverlay: 'Drop the dataset file to load it',
  loadedFrom: (name, currency, from, to) => `${name} · ${currency} · ${from} – ${to}`,
  loadingData: 'Loading the sample dataset…',
  loadingFile: (name) => `Loading ${name}`,
  bytesRead: (loaded, total) => `${megabytes('en-US', loaded)} of ${megabytes('en-US', total)} read`,
  loadPhases: { generate: 'Generating the sample…', parse: 'Parsing…', validate: 'Checking every record…', report: 'Computing the reports…' },
  cancelLoad: 'Cancel',
  fileProblems: (name, count) => `${name} was not loaded: ${count} problem${count === 1 ? '' : 's'}`,
  keptData: 'The dashboard still shows the data it had.',
  dismiss: 'Dismiss',
  unreadable: 'could not be read',
  repeated: (count) => `(${count.toLocaleString('en-US')} times)`,
  moreProblems: (count) => `… and ${count.toLocaleString('en-US')} more problem${count === 1 ? '' : 's'}`,
  loadCrashed: 'could not be processed',
  reportCrashed: 'The report could not be drawn; the data and the controls still work',
  drillDown: 'Customers behind the figure',
  closePanel: 'Close',
  movement: 'Movement',
  drillHint: 'Choose a bar, a bridge step or a cohort cell (click, or Enter) to see the customers behind it.',
  keyMetrics: 'Key metrics',
  revenue: 'Recurring revenue',
  retention: 'Retention',
  pipeline: 'Sales and funnel',
  sales: 'Sales',
  satisfaction: 'Customer satisfaction',
  clvNeedsCosts: 'CLV:CAC needs acquisition costs: add a costs section (marketing and sales spend) to the dataset.',
  openPipelineAsOf: (month) => (month === null ? 'Open pipeline' : `Open pipeline as of end of ${month}`),
  responses: (count) => `${count} responses`,
  vsMonth: (month) => `vs ${month}`,
  vsPreviousMonths: (months) => `vs previous ${months} month${months === 1 ? '' : 's'}`,
  reportFailed: 'The report could not be built for this period',
  footer: 'Every figure comes from @revkit/core; the charts are @revkit/react.',
};

const fr: AppStrings = {
  appTitle: 'Tableau de bord du revenu',
  tagline: 'MRR, rétention, pipeline et satisfaction, calculés par @revkit/core',
  skipToContent: 'Aller au tableau de bord',
  controls: 'Réglages du tableau de bord',
  period: 'Période',
  periodPreset: 'Période',
  presetLast: (months) => `${months} derniers mois`,
  presetAll: 'Toutes les données',
  presetCustom: 'Personnalisée',
  from: 'Du',
  to: 'Au',
  language: 'Langue',
  theme: 'Thème',
  light: 'Clair',
  dark: 'Sombre',
  dataSource: 'Données',
  dataSourceLabel: 'Données :',
  nothingDated: 'n’a ni abonnement, ni affaire, ni réponse datés : aucun mois sur lequel rapporter',
  sampleDataset: 'Jeu de données d’exemple',
  loadDataset: 'Charger un jeu de données (JSON)…',
  dropHint: 'ou déposez un fichier n’importe où sur la page',
  dropOverlay: 'Déposez le fichier pour le charger',
  loadedFrom: (name, currency, from, to) => `${name} · ${currency} · ${from} – ${to}`,
  loadingData: 'Chargement du jeu de données d’exemple…',
  loadingFile: (name) => `Chargement de ${name}`,
  bytesRead: (loaded, total) => `${megabytes('fr-FR', loaded)} lus sur ${megabytes('fr-FR', total)}`,
  loadPhases: { generate: 'Génération de l’exemple…', parse: 'Lecture du JSON…', validate: 'Vérification de chaque enregistrement…', report: 'Calcul des rapports…' },
  cancelLoad: 'Annuler',
  fileProblems: (name, count) => `${name} n’a pas été chargé : ${count} problème${count === 1 ? '' : 's'}`,
  keptData: 'Le tableau de bord garde les données qu’il avait.',
  dismiss: 'Fermer',
  unreadable: 'n’a pas pu être lu',
  repeated: (count) => `(${count.toLocaleString('fr-FR')} fois)`,
  moreProblems: (count) => `… et ${count.toLocaleString('fr-FR')} autre${count === 1 ? '' : 's'} problème${count === 1 ? '' : 's'}`,
  loadCrashed: 'n’a pas pu être traité',
  reportCrashed: 'Le rapport n’a pas pu être affiché ; les données et les réglages restent utilisables',
  drillDown: 'Clients derrière le chiffre',
  closePanel: 'Fermer',
  movement: 'Mouvement',
  drillHint: 'Choisissez une barre, une étape du pont ou une cellule de cohorte (clic ou Entrée) pour voir les clients qui la composent.',
  keyMetrics: 'Indicateurs clés',
  revenue: 'Revenu récurrent',
  retention: 'Rétention',
  pipeline: 'Ventes et entonnoir',
  sales: 'Ventes',
  satisfaction: 'Satisfaction client',
  clvNeedsCosts: 'Le ratio CLV / CAC a besoin des coûts d’acquisition : ajoutez une section costs (dépenses marketing et commerciales) au jeu de données.',
  openPipelineAsOf: (month) => (month === null ? 'Pipeline ouvert' : `Pipeline ouvert à fin ${month}`),
  responses: (count) => `${count} réponses`,
  vsMonth: (month) => `vs ${month}`,
  vsPreviousMonths: (months) => `vs ${months} mois précédent${months === 1 ? '' : 's'}`,
  reportFailed: 'Le rapport n’a pas pu être calculé pour cette période',
  footer: 'Chaque chiffre vient de @revkit/core ; les graphiques sont @revkit/react.',
};

export function isLocaleName(value: string | null): value is LocaleName {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

/** The app's strings in a locale. */
export function stringsFor(locale: LocaleName): AppStrings {
  return locale === 'fr-FR' ? fr : en;
}
