import type { LocalizedText } from './types.js';

/** A text in both languages of the catalog. */
export const t = (en: string, fr: string): LocalizedText => ({ en, fr });

/** Where the health lines come from: the French RevOps articles the catalog follows. */
export const SOURCES = {
  revopsMetrics: 'Metrics Revenue Operations (RevOps), French agency guide',
  revopsHealth: '7 indicateurs RevOps de santé des revenus',
  b2bSaas: 'Mesures des ventes B2B SaaS',
  saasSales: '7 KPIs pour mesurer les ventes SaaS',
} as const;
