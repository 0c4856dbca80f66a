'use client';
import { forwardRef, useId, useMemo, type ReactElement, type Ref } from 'react';
import { MonthAxes } from './Axis.js';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { isFiniteNumber, type MaybeNumber } from '../format/formatters.js';
import type { Messages } from '../format/messages.js';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { accessorFn, monthOf, type Accessor, type NumericKey, type StringKey } from './accessors.js';
import { ChartFrame, PlotPending } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import { Legend } from './Legend.js';
import { leftMarginFor, zeroBasedDomain } from './layout.js';
import type { ChartProps } from './states.js';
import { useElementWidth } from './useElementWidth.js';
import { useRovingGrid } from './useRovingGrid.js';

/** One forecast drawn against the actuals. */
export interface ForecastSeries<Datum> {
  /**
   * Id of the forecast: the key of its error in `backtestError`, and the
   * key of its figure in a datum when `y` is not given. The core's are
   * `stageWeighted`, `trend` and `combined` (named in the locale).
   */
  key: string;
  /** The forecast of a datum: a key of it or a function. @default the series' `key` */
  y?: Accessor<Datum, MaybeNumber, NumericKey<Datum>>;
  /** The forecast's name. @default the locale's name of a core forecast, else the key */
  label?: string;
}

/** Props of {@link ForecastChart}. */
export interface ForecastChartProps<Datum> extends ChartProps {
  /**
   * Months oldest first, each with its actual figure and the forecasts made
   * for it at the end of the month before; months after the data have no
   * actual. `revOps.sales.forecast.bookingsByMonth` or `revOps.finance.mrrForecastByMonth`.
   */
  data: readonly Datum[];
  /** The `YYYY-MM` month of a datum: a key of it or a function. @default 'month' */
  x?: Accessor<Datum, string, StringKey<Datum>>;
  /** The actual figure of a datum (`null` for a month not over yet): a key of it or a function. @default 'actual' */
  actual?: Accessor<Datum, MaybeNumber, NumericKey<Datum>>;
  /** The forecasts to draw. @default the core's stage-weighted, trend and combined forecasts that have a figure in `data` */
  forecasts?: readonly ForecastSeries<Datum>[];
  /**
   * The backtest error (MAPE, a fraction) of each forecast by its key:
   * `revOps.sales.forecast.backtestError`, or `{ trend: revOps.finance.forecastAccuracy }` for MRR.
   */
  backtestError?: Readonly<Record<string, number | null | undefined>>;
  /** What the actuals are: names the title and the actual series. @default 'bookings' */
  measure?: 'bookings' | 'mrr';
  /** Title and accessible name. @default the locale's "Bookings against forecast" or "MRR against forecast" */
  title?: string;
  /** Height of the chart in pixels. @default 280 */
  height?: number;
  /** Formats figures everywhere (axis, tooltip, table, summary): a function or a catalog unit by name. @default 'money' (compact) */
  valueFormatter?: ValueFormat;
}

const CORE_FORECASTS = ['stageWeighted', 'trend', 'combined'] as const;
type CoreForecast = (typeof CORE_FORECASTS)[number];
/** The classes of a forecast's swatch: its colour (one of four) and shape. */
const seriesClass = (index: number) => `rk-forecast-${index % 4} rk-forecast-swatch`;
const isCoreForecast = (key: string): key is CoreForecast => (CORE_FORECASTS as readonly string[]).includes(key);


function seriesLabel(series: { key: string; label?: string | undefined }, messages: Messages): string {
  return series.label ?? (isCoreForecast(series.key) ? messages[series.key] : series.key);
}

/**
 * Actual monthly bookings (or MRR) as columns against the forecasts made for
 * each month at the end of the month before, as lines, with each forecast's
 * backtest error (MAPE) in the legend, the summary and the table. The months
 * after the data show the forecasts alone. Every figure is the core's.
 *
 * @example
 * <ForecastChart data={revOps.sales.forecast.bookingsByMonth} backtestError={revOps.sales.forecast.backtestError} />
 * <ForecastChart data={revOps.finance.mrrForecastByMonth} measure="mrr" backtestError={{ trend: revOps.finance.forecastAccuracy }} />
 */
export const ForecastChart = forwardRef(function ForecastChart<Datum>(
  { data, x, actual, forecasts, backtestError, measure = 'bookings', title, height = 280, valueFormatter, ...frame }: ForecastChartProps<Datum>,
  ref: Ref<HTMLElement>,
) {
  const { formatters, messages } = useRevkit();
  const tooltipId = useId();
  const roving = useRovingGrid([data.length]);
  const [plotRef, width, drawable] = useElementWidth(roving.containerRef);
  const { format } = resolveValueFormat(valueFormatter, formatters, 'money');
  const actualLabel = measure === 'mrr' ? messages.mrr : messages.bookings;
  const heading = title ?? messages.forecastTitle(actualLabel);

  // Read once per data and accessors; key accessors are strings, so they are stable across renders.
  const { points, series } = useMemo(() => {
    const getX = x === undefined ? monthOf : accessorFn<Datum, string>(x);
    const getActual = accessorFn<Datum, MaybeNumber>(actual ?? ('actual' as NumericKey<Datum>));
    const read = (forecast: ForecastSeries<Datum>) => accessorFn<Datum, MaybeNumber>(forecast.y ?? (forecast.key as NumericKey<Datum>));
    const given: readonly ForecastSeries<Datum>[] = forecasts ?? CORE_FORECASTS.map((key) => ({ key }));
    const drawn = given.map((forecast) => ({ key: forecast.key, label: forecast.label, values: data.map(read(forecast)) }));
    return {
      points: data.map((datum, index) => ({ key: getX(datum) || String(index), actual: getActual(datum) })),
      // The core's forecasts by default, those with a figure; given ones always.
      series: forecasts ? drawn : drawn.filter((forecast) => forecast.values.some(isFiniteNumber)),
    };
  }, [data, x, actual, forecasts]);
  const labelled = series.map((forecast) => ({ ...forecast, name: seriesLabel(forecast, messages) }));
  const errorOf = (key: string): number | null => {
    const error = backtestError?.[key];
    return isFiniteNumber(error) ? error : null;
  };
  const said = (value: MaybeNumber) => (isFiniteNumber(value) ? format(value) : messages.notAvailable);

  const actuals = points.filter((point) => isFiniteNumber(point.actual));
  const firstActual = actuals[0];
  const lastActual = actuals[actuals.length - 1];
  const nextIndex = points.findIndex((point, index) => !isFiniteNumber(point.actual) && (lastActual === undefined || index > points.indexOf(lastActual)));
  const next = nextIndex >= 0 ? points[nextIndex] : undefined;
  const summary =
    firstActual && lastActual
      ? messages.forecastSummary({
          measure: actualLabel,
          from: formatters.month(firstActual.key),
          to: formatters.month(lastActual.key),
          next: next ? formatters.monthLong(next.key) : null,
          nextForecasts: labelled.flatMap((forecast) => {
            const value = forecast.values[nextIndex];
            return isFiniteNumber(value) ? [`${forecast.name} ${format(value)}`] : [];
          }),
          errors: labelled.flatMap((forecast) => {
            const error = errorOf(forecast.key);
            return error === null ? [] : [`${forecast.name} ${formatters.percent(error)}`];
          }),
        })
      : null;

  const domain = zeroBasedDomain([...points.map((point) => point.actual ?? 0), ...series.flatMap((forecast) => forecast.values.map((value) => value ?? 0))]);
  const margin = { top: 12, right: 12, bottom: 32, left: leftMarginFor([format(domain[0]), format(domain[1])]) };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const xScale = scaleBand<string>({ domain: points.map((point) => point.key), range: [0, innerWidth], padding: 0.25 });
  const yScale = scaleLinear<number>({ domain, range: [innerHeight, 0], nice: true });
  const centre = (index: number) => (xScale(points[index]?.key ?? '') ?? 0) + xScale.bandwidth() / 2;

  const monthText = (index: number) => {
    const point = points[index];
    if (!point) return '';
    return `${formatters.monthLong(point.key)}${isFiniteNumber(point.actual) ? '' : ` (${messages.forecastOnly})`}`;
  };
  // A month's figures, said the same way by its name and its tooltip: [series class, label, text].
  const figures = (index: number): [string, string, string][] => {
    const value = points[index]?.actual;
    return [
      ...(isFiniteNumber(value) ? [['rk-forecast-actual', actualLabel, format(value)] as [string, string, string]] : []),
      ...labelled.map((forecast, seriesIndex): [string, string, string] => [
        seriesClass(seriesIndex),
        forecast.name,
        said(forecast.values[index]),
      ]),
    ];
  };
  const describe = (index: number) =>
    `${monthText(index)}: ${figures(index)
      .map(([, label, text]) => `${label} ${text}`)
      .join(', ')}`;
  const activeIndex = roving.active?.col;
  const withError = (forecast: (typeof labelled)[number]) => {
    const error = errorOf(forecast.key);
    return error === null ? forecast.name : `${forecast.name} (${messages.backtestError(formatters.percent(error))})`;
  };

  return (
    <ChartFrame
      kind="forecast"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      renderTable={() => (
        <DataTable
          caption={heading}
          rows={[...points.map((_, index) => index), -1]}
          rowKey={(index) => String(index)}
          columns={[
            { header: messages.month, cell: (index) => (index < 0 ? messages.backtestErrorTitle : monthText(index)) },
            { header: actualLabel, numeric: true, cell: (index) => (index < 0 ? '' : format(points[index]?.actual)) },
            ...labelled.map((forecast) => ({
              header: forecast.name,
              numeric: true,
              cell: (index: number) => (index < 0 ? formatters.percent(errorOf(forecast.key)) : format(forecast.values[index])),
            })),
          ]}
        />
      )}
    >
      <div className="rk-plot" ref={plotRef} onBlur={roving.onContainerBlur}>
        {drawable ? (
          <svg width={width} height={height} role="group" aria-label={heading}>
            <Group left={margin.left} top={margin.top}>
              <MonthAxes valueScale={yScale} monthScale={xScale} innerWidth={innerWidth} innerHeight={innerHeight} formatValue={format} formatMonth={formatters.month} />
              {points.map((point, index) => {
                const isActive = activeIndex === index;
                const value = point.actual;
                return (
                  <g
                    key={point.key}
                    role="img"
                    aria-label={describe(index)}
                    aria-describedby={isActive ? tooltipId : undefined}
                    className="rk-item rk-month"
                    data-future={isFiniteNumber(value) ? undefined : true}
                    data-active={isActive || undefined}
                    {...roving.getItemProps(0, index)}
                  >
                    <rect x={xScale(point.key) ?? 0} y={0} width={xScale.bandwidth()} height={innerHeight} className="rk-hit" />
                    {isFiniteNumber(value) ? (
                      <rect
                        x={xScale(point.key) ?? 0}
                        y={yScale(Math.max(0, value))}
                        width={xScale.bandwidth()}
                        height={Math.abs(yScale(0) - yScale(value))}
                        className="rk-bar rk-forecast-actual"
                      />
                    ) : null}
                  </g>
                );
              })}
              {labelled.map((forecast, seriesIndex) => (
                <g key={forecast.key} className={`rk-forecast-${seriesIndex % 4}`} aria-hidden="true">
                  <LinePath
                    data={forecast.values.map((value, index) => ({ value, index }))}
                    x={(point) => centre(point.index)}
                    y={(point) => yScale(point.value ?? 0)}
                    defined={(point) => isFiniteNumber(point.value)}
                    className="rk-forecast-line"
                  />
                  {forecast.values.map((value, index) =>
                    isFiniteNumber(value) ? <circle key={index} cx={centre(index)} cy={yScale(value)} r={3} className="rk-forecast-dot" /> : null,
                  )}
                </g>
              ))}
            </Group>
          </svg>
        ) : (
          <PlotPending height={height} />
        )}
        <ChartTooltip containerRef={roving.containerRef} anchorKey={activeIndex === undefined ? null : `0:${activeIndex}`} id={tooltipId}>
          {activeIndex !== undefined ? (
            <>
              <strong>{monthText(activeIndex)}</strong>
              {figures(activeIndex).map(([swatch, label, text]) => (
                <span key={label} className="rk-tooltip-row">
                  <span className={`rk-swatch ${swatch}`} aria-hidden="true" />
                  {label}: {text}
                </span>
              ))}
            </>
          ) : null}
        </ChartTooltip>
        <Legend items={[['rk-forecast-actual', actualLabel], ...labelled.map((forecast, seriesIndex) => [seriesClass(seriesIndex), withError(forecast)] as const)]} />
      </div>
    </ChartFrame>
  );
}) as <Datum>(props: ForecastChartProps<Datum> & { ref?: Ref<HTMLElement> }) => ReactElement;
