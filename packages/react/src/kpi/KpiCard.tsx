'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import { metricShortName, periodChange, targetProgress, type MetricDefinition } from '@revkit/core/display';
import type { MaybeNumber } from '../format/formatters.js';
import type { MetricUnitLike, Polarity } from '../format/units.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartState } from '../charts/ChartFrame.js';
import { errorText, type RootAttributes, type StateProps } from '../charts/states.js';
import type { ValueFormat } from '../format/valueFormat.js';
import { sparklinePath } from './sparklinePath.js';

/** Props of {@link KpiCard}. */
export interface KpiCardProps extends StateProps, RootAttributes<HTMLDivElement>, Pick<HTMLAttributes<HTMLDivElement>, 'title'> {
  /**
   * The metric's entry in `@revkit/core`'s catalog, e.g. `getMetric('nrr')`:
   * its short name (else name), unit, polarity and formula (in the provider's
   * language) become the defaults of `label`, `unit`, `polarity` and `formula`. The entry, not
   * its id, so that a card alone never ships the whole catalog.
   */
  metric?: MetricDefinition;
  /** The card's title, e.g. `"MRR"`. @default the catalog's short name of `metric` (`MRR`), else its name */
  label?: string;
  /** The figure of the current period; `null`/`undefined` shows the empty state. */
  value: MaybeNumber;
  /**
   * The same figure one period earlier: shows the change, absolute and %.
   * The absolute change of a rate (`ratio`) is in percentage points
   * (`+2.6 pts`, said "percentage points"); of a multiple, `+0.4×`.
   */
  previousValue?: MaybeNumber;
  /** How the value is formatted. @default the catalog unit of `metric`, else 'count' */
  unit?: MetricUnitLike;
  /** Whether a rise is good (churn up is bad). @default the catalog polarity of `metric`, else 'higher-is-better' */
  polarity?: Polarity;
  /** The formula behind the figure, shown behind a help affordance. @default the catalog formula of `metric`, in words and symbols */
  formula?: string;
  /** Recent values, oldest first, drawn as a sparkline (decorative; the change is in text). */
  sparkline?: readonly MaybeNumber[];
  /** A goal for the value: shows progress towards it. */
  target?: MaybeNumber;
  /**
   * Formats the value, the change and the target: a function, or a catalog
   * unit by name (`"money"`, which a server component can pass) in place of `unit`.
   */
  valueFormatter?: ValueFormat;
  /** Words after the change. @default the locale's "vs previous period" */
  comparisonLabel?: string;
}

type Tone = 'good' | 'bad' | 'neutral';

function toneOf(delta: number | null, polarity: Polarity): Tone {
  if (delta === null || delta === 0 || polarity === 'neutral') return 'neutral';
  return (delta > 0) === (polarity === 'higher-is-better') ? 'good' : 'bad';
}

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

/**
 * One KPI: label, value, change against the previous period coloured by
 * the metric's polarity (and said in words, so colour is never the only
 * signal), an optional sparkline and target, and the formula on demand.
 *
 * @example
 * <KpiCard metric={getMetric('customerChurnRate')} value={last.customerChurnRate} previousValue={prev.customerChurnRate} />
 * <KpiCard label="MRR" unit="money" value={last.mrr} previousValue={prev.mrr} />
 */
export const KpiCard = forwardRef<HTMLDivElement, KpiCardProps>(function KpiCard(allProps, ref) {
  const {
    metric,
    label: labelProp,
    value,
    previousValue,
    unit: unitProp,
    polarity: polarityProp,
    formula: formulaProp,
    sparkline,
    target,
    valueFormatter,
    comparisonLabel,
    loading,
    error,
    className,
    ...rootAttributes
  } = allProps;
  const { formatters, messages, theme, language } = useRevkit();
  const labelId = useId();
  // A unit name in `valueFormatter` stands for `unit`; only a function replaces the unit's formatters.
  const formatFn = typeof valueFormatter === 'function' ? valueFormatter : undefined;
  const label = labelProp ?? (metric ? metricShortName(metric)[language] : '');
  const unit = (typeof valueFormatter === 'string' ? valueFormatter : unitProp) ?? metric?.unit ?? 'count';
  const polarity = polarityProp ?? metric?.polarity ?? 'higher-is-better';
  const formula = formulaProp ?? metric?.formula[language];
  const symbols = formulaProp === undefined ? metric?.symbols : undefined;
  const format = formatFn ?? ((value: MaybeNumber) => formatters.byUnit(unit, value, { compact: unit === 'money' }));
  // The absolute change: a rate's change in percentage points ("+2.6 pts"), so it never reads like the relative change beside it.
  const formatChange = formatFn ?? ((value: MaybeNumber) => formatters.change(unit, value, { compact: unit === 'money' }));
  const sayChange = formatFn ?? ((value: MaybeNumber) => formatters.change(unit, value, { compact: unit === 'money', long: true }));
  const problem = errorText(error, messages.errorTitle);
  const hasValue = typeof value === 'number' && Number.isFinite(value);
  const change = periodChange({ current: value, previous: previousValue });
  const tone = toneOf(change.absolute, polarity);
  const shownChange = formatChange(change.absolute);
  const spokenChange = sayChange(change.absolute);
  const direction = change.absolute === null || change.absolute === 0 ? messages.unchanged : change.absolute > 0 ? messages.up : messages.down;
  const hasTarget = typeof target === 'number' && Number.isFinite(target);
  // The core's progress towards the target: null on a zero target, measured on the good side of the polarity.
  const progress = targetProgress({ value: value, target: target, polarity });
  const path = sparkline ? sparklinePath(sparkline, SPARK_WIDTH, SPARK_HEIGHT) : '';

  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={labelId}
      aria-busy={loading ? true : undefined}
      data-rk-theme={theme}
      {...rootAttributes}
      className={`rk rk-kpi${className ? ` ${className}` : ''}`}
    >
      <p id={labelId} className="rk-kpi-label">
        {label}
      </p>
      {loading || problem !== null ? (
        <ChartState loading={loading} problem={problem} />
      ) : (
        <>
          <p className="rk-kpi-value">
            {hasValue ? (
              format(value)
            ) : (
              <>
                <span aria-hidden="true">{formatters.missing}</span>
                <span className="rk-visually-hidden">{messages.notAvailable}</span>
              </>
            )}
          </p>
          {change.absolute !== null ? (
            <p className="rk-kpi-delta" data-tone={tone}>
              <span className="rk-kpi-arrow" aria-hidden="true">
                {change.absolute > 0 ? '▲' : change.absolute < 0 ? '▼' : '■'}
              </span>{' '}
              <span className="rk-visually-hidden">{direction}, </span>
              {shownChange === spokenChange ? (
                shownChange
              ) : (
                <>
                  <span aria-hidden="true">{shownChange}</span>
                  <span className="rk-visually-hidden">{spokenChange}</span>
                </>
              )}
              {change.relative !== null ? ` (${formatters.signedPercent(change.relative)})` : ''}
              {tone !== 'neutral' ? <span className="rk-visually-hidden">, {tone === 'good' ? messages.good : messages.bad}</span> : null}{' '}
              <span className="rk-kpi-compare">{comparisonLabel ?? messages.vsPrevious}</span>
            </p>
          ) : null}
          {path ? (
            <svg className="rk-sparkline" width={SPARK_WIDTH} height={SPARK_HEIGHT} viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`} aria-hidden="true" focusable="false">
              <path d={path} />
            </svg>
          ) : null}
          {hasTarget ? (
            <div className="rk-kpi-target">
              <div
                className="rk-progress"
                role="progressbar"
                aria-label={messages.progressToTarget}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={progress === null ? undefined : Math.round(Math.max(0, Math.min(progress, 1)) * 100)}
                aria-valuetext={messages.target(format(target), formatters.percent(progress))}
              >
                <span className="rk-progress-bar" style={{ width: `${Math.max(0, Math.min(progress ?? 0, 1)) * 100}%` }} />
              </div>
              <p className="rk-kpi-target-text">{messages.target(format(target), formatters.percent(progress))}</p>
            </div>
          ) : null}
          {formula ? (
            <details className="rk-kpi-formula">
              <summary>{messages.howCalculated}</summary>
              <p>{formula}</p>
              {symbols ? (
                <p>
                  <code>{symbols}</code>
                </p>
              ) : null}
            </details>
          ) : null}
        </>
      )}
    </div>
  );
});
