'use client';
import { forwardRef, useId, useMemo, type ReactElement, type Ref } from 'react';
import { periodChange } from '@revkit/core/display';
import { MonthAxes } from './Axis.js';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { AreaClosed, LinePath } from '@visx/shape';
import { isFiniteNumber, type MaybeNumber } from '../format/formatters.js';
import type { MetricUnitLike } from '../format/units.js';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { accessorFn, monthOf, type Accessor, type NumericKey, type StringKey } from './accessors.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame, PlotPending } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import { leftMarginFor, zeroBasedDomain } from './layout.js';
import type { ChartProps } from './states.js';
import { useElementWidth } from './useElementWidth.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link MetricTrend}. */
export interface MetricTrendProps<Datum> extends ChartProps {
  /** Monthly data, oldest first, e.g. `report.mrr`. */
  data: readonly Datum[];
  /**
   * The figure of a datum: a key of it (`"arr"`, which a server component
   * can pass) or a function (`(row) => row.arr`); `null` leaves a gap.
   */
  y: Accessor<Datum, MaybeNumber, NumericKey<Datum>>;
  /** The `YYYY-MM` month of a datum: a key of it or a function. @default 'month' */
  x?: Accessor<Datum, string, StringKey<Datum>>;
  /** What the series is, e.g. `"ARR"`: the title and the summary's subject. */
  label: string;
  /** How values are formatted. @default 'money' */
  unit?: MetricUnitLike;
  /** Formats values everywhere instead of the unit's formatter: a function or another catalog unit by name. */
  valueFormatter?: ValueFormat;
  /** Line alone, or line over a filled area. @default 'line' */
  variant?: 'line' | 'area';
  /** Height of the chart in pixels. @default 240 */
  height?: number;
}



/**
 * Any monthly series (MRR, ARR, customers, a rate) as a line or an area.
 *
 * @example
 * <MetricTrend data={report.mrr} y="arr" label="ARR" variant="area" />
 * <MetricTrend data={report.mrr} y={(row) => row.arr / 12} label="ARR / 12" />
 */
export const MetricTrend = forwardRef(function MetricTrend<Datum>(
  { data, y, x, label, unit = 'money', valueFormatter, variant = 'line', height = 240, ...frame }: MetricTrendProps<Datum>,
  ref: Ref<HTMLElement>,
) {
  const { formatters, messages } = useRevkit();
  const tooltipId = useId();
  const roving = useRovingGrid([data.length]);
  const [plotRef, width, drawable] = useElementWidth(roving.containerRef);
  const { format } = resolveValueFormat(valueFormatter, formatters, unit);

  // Read once per data and accessors; a key accessor is a string, so it is stable across renders.
  const points = useMemo(() => {
    const getY = accessorFn<Datum, MaybeNumber>(y);
    const getX = x === undefined ? monthOf : accessorFn<Datum, string>(x);
    return data.map((datum, index) => ({ key: getX(datum) || String(index), value: getY(datum) }));
  }, [data, x, y]);
  const defined = points.filter((point) => isFiniteNumber(point.value));
  const first = defined[0];
  const last = defined[defined.length - 1];
  let summary: string | null = null;
  if (first && last) {
    const change = periodChange({ current: last.value, previous: first.value });
    const direction = !change.absolute ? 'flat' : change.absolute > 0 ? 'rose' : 'fell';
    summary = messages.trendSummary({
      label,
      direction,
      from: formatters.month(first.key),
      to: formatters.month(last.key),
      start: format(first.value),
      end: format(last.value),
      change: change.relative !== null ? formatters.percent(Math.abs(change.relative)) : format(Math.abs(change.absolute ?? 0)),
    });
  }

  const domain = zeroBasedDomain(defined.map((point) => point.value as number));
  const margin = { top: 12, right: 16, bottom: 32, left: leftMarginFor([format(domain[0]), format(domain[1])]) };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const xScale = scalePoint<string>({ domain: points.map((point) => point.key), range: [0, innerWidth], padding: 0.5 });
  const yScale = scaleLinear<number>({ domain, range: [innerHeight, 0], nice: true });
  type Point = (typeof points)[number];
  const px = (point: Point) => xScale(point.key) ?? 0;
  const py = (point: Point) => yScale(isFiniteNumber(point.value) ? point.value : 0);
  const activePoint = roving.active ? points[roving.active.col] : undefined;

  return (
    <ChartFrame
      kind="trend"
      title={label}
      summary={summary}
      isEmpty={defined.length === 0}
      {...frame}
      rootRef={ref}
      renderTable={() => (
        <DataTable
          caption={label}
          rows={points}
          rowKey={(point) => point.key}
          columns={[
            { header: messages.month, cell: (point) => formatters.month(point.key) },
            { header: label, numeric: true, cell: (point) => format(point.value) },
          ]}
        />
      )}
    >
      <div
        className="rk-plot"
        ref={plotRef}
        onBlur={roving.onContainerBlur}
      >
        {drawable ? (
          <svg width={width} height={height} role="group" aria-label={label}>
            <Group left={margin.left} top={margin.top}>
              <MonthAxes valueScale={yScale} monthScale={xScale} innerWidth={innerWidth} innerHeight={innerHeight} formatValue={format} formatMonth={formatters.month} />
              {variant === 'area' ? (
                <AreaClosed data={points} x={px} y={py} yScale={yScale} defined={(point) => isFiniteNumber(point.value)} className="rk-trend-area" />
              ) : null}
              <LinePath data={points} x={px} y={py} defined={(point) => isFiniteNumber(point.value)} className="rk-trend-line" />
              {points.map((point, index) => {
                const isActive = roving.active?.col === index;
                return (
                  <g
                    key={point.key}
                    role="img"
                    aria-label={`${formatters.monthLong(point.key)}: ${isFiniteNumber(point.value) ? format(point.value) : messages.notAvailable}`}
                    aria-describedby={isActive ? tooltipId : undefined}
                    className="rk-item rk-point"
                    data-active={isActive || undefined}
                    {...roving.getItemProps(0, index)}
                  >
                    <rect x={px(point) - Math.max(4, xScale.step() / 2)} y={0} width={Math.max(8, xScale.step())} height={innerHeight} className="rk-hit" />
                    {isFiniteNumber(point.value) ? <circle cx={px(point)} cy={py(point)} r={isActive ? 5 : 3} className="rk-trend-dot" /> : null}
                  </g>
                );
              })}
            </Group>
          </svg>
        ) : (
          <PlotPending height={height} />
        )}
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {activePoint ? (
            <>
              <strong>{formatters.monthLong(activePoint.key)}</strong>
              <span>
                {label}: {isFiniteNumber(activePoint.value) ? format(activePoint.value) : messages.notAvailable}
              </span>
            </>
          ) : null}
        </ChartTooltip>
      </div>
    </ChartFrame>
  );
}) as <Datum>(props: MetricTrendProps<Datum> & { ref?: Ref<HTMLElement> }) => ReactElement;
