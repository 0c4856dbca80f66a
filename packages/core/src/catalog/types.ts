/**
 * What a metric's value measures, so a UI knows how to format it:
 * - `ratio`: a fraction shown as a percentage (`0.042` → 4.2 %); its change is in percentage points;
 * - `multiple`: an "x times" figure (quick ratio, CLV:CAC, burn multiple): `6.6` → 6.6×, never a percentage;
 * - `percent-points`: a value already in percentage points;
 * - `score`: a plain number on its own scale (NPS, CES).
 */
export type MetricUnit = 'money' | 'ratio' | 'multiple' | 'percent-points' | 'count' | 'days' | 'months' | 'score';

/**
 * Whether a rise of the signed value is good news: churn rate going up is
 * bad, MRR going up is good, some figures (deal count of a stage) are
 * neither. It matches the sign: contraction and churn MRR are negative
 * movements, so closer to zero (a rise, −500 → −200) is better and they are
 * `higher-is-better`.
 */
export type MetricPolarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** The team that usually owns a metric (the CLI and docs group by it). */
export type MetricTeam = 'marketing' | 'sales' | 'customer-success' | 'finance';

/** Text in the languages revkit ships. */
export interface LocalizedText {
  en: string;
  fr: string;
}

/** One metric of the catalog: the single source of its definition. */
export interface MetricDefinition {
  /** Stable id, also the report field or function name where one exists (`nrr`, `customerChurnRate`). */
  id: string;
  /** Display name. */
  name: LocalizedText;
  /**
   * A shorter name for tight places (a KPI card's title, a table header),
   * e.g. `MRR` for "Monthly recurring revenue (MRR)". Absent where `name` is
   * already short; read it as `metric.shortName ?? metric.name`.
   */
  shortName?: LocalizedText;
  /** The formula in words. */
  formula: LocalizedText;
  /** The formula in symbols, e.g. `(MRR₀ + expansion + contraction + churn) ÷ MRR₀`. */
  symbols: string;
  /** What the value measures. */
  unit: MetricUnit;
  /** Whether a rise is good. */
  polarity: MetricPolarity;
  /** The team that owns it. */
  team: MetricTeam;
  /** Dataset sections (or options) it needs, e.g. `['subscriptions']`. */
  inputs: readonly string[];
  /** The convention followed where the industry disagrees, and the alternatives supported. */
  conventions?: LocalizedText;
  /** A health line teams judge it by, e.g. NRR ≥ 110 %: the value in the metric's unit, and where it comes from. */
  benchmark?: { value: number; comparison: 'at-least' | 'at-most'; source?: string; context?: LocalizedText };
  /** The core function (an export of `@revkit/core`) that computes it. */
  functionName: string;
  /** Where it appears in a report: `mrr[].nrr` in the contract's `Report`, `finance.burnMultiple` in the `RevOpsReport`. */
  reportPath?: string;
}
