// The charts' axes: a line, ticks and their labels from a d3 scale. Written
// here instead of taking @visx/axis, whose text measuring pulls a CSS calc()
// evaluator (about 7 kB gzipped) into every chart for labels that never need it.
import type { ReactNode } from 'react';
import { thinTicks } from './layout.js';

/** A d3 scale as the charts use them: linear (with ticks) or band (with a bandwidth). */
export interface AxisScale<Value> {
  (value: Value): number | undefined;
  domain(): Value[];
  range(): number[];
  ticks?: (count?: number) => Value[];
  bandwidth?: () => number;
}

/** Props of {@link AxisLeft} and {@link AxisBottom}. */
export interface AxisProps<Value> {
  /** The scale the axis shows. */
  scale: AxisScale<Value>;
  /** How many ticks a linear scale aims for (d3's `ticks(count)`). @default 10 */
  numTicks?: number;
  /** The ticks to show, instead of the scale's own. */
  tickValues?: readonly Value[];
  /** A tick's label. @default String(value) */
  tickFormat?: (value: Value) => ReactNode;
  /** Offset of the axis from the top of its group, in pixels. */
  top?: number;
  /** Offset of the axis from the left of its group, in pixels. */
  left?: number;
  /** Class of the axis group (the kit's `rk-axis`). */
  axisClassName?: string;
  /** Draw the labels without tick marks. */
  hideTicks?: boolean;
}

const TICK_LENGTH = 8;
const FONT_SIZE = 10;

function ticksOf<Value>(scale: AxisScale<Value>, numTicks: number, tickValues: readonly Value[] | undefined): readonly Value[] {
  if (tickValues) return tickValues;
  return scale.ticks ? scale.ticks(numTicks) : scale.domain();
}

/** Where a value sits on the axis: a band's centre, or the scale's point. */
function positionOf<Value>(scale: AxisScale<Value>, value: Value): number {
  const offset = scale.bandwidth ? scale.bandwidth() / 2 : 0;
  return (scale(value) ?? 0) + offset;
}

function Axis<Value>({
  orientation,
  scale,
  numTicks = 10,
  tickValues,
  tickFormat = (value) => String(value),
  top = 0,
  left = 0,
  axisClassName,
  hideTicks = false,
}: AxisProps<Value> & { orientation: 'left' | 'bottom' }) {
  const [start = 0, end = 0] = scale.range();
  const horizontal = orientation === 'bottom';
  const tickLength = hideTicks ? 0 : TICK_LENGTH;
  return (
    <g className={`rk-axis-${orientation}${axisClassName ? ` ${axisClassName}` : ''}`} transform={top || left ? `translate(${left}, ${top})` : undefined}>
      {horizontal ? <line x1={start} x2={end} y1={0} y2={0} /> : <line x1={0} x2={0} y1={start} y2={end} />}
      {ticksOf(scale, numTicks, tickValues).map((value, index) => {
        const at = positionOf(scale, value);
        return (
          <g key={index} className="rk-axis-tick">
            {hideTicks ? null : horizontal ? <line x1={at} x2={at} y1={0} y2={tickLength} /> : <line x1={0} x2={-tickLength} y1={at} y2={at} />}
            {horizontal ? (
              <text x={at} y={tickLength + FONT_SIZE} fontSize={FONT_SIZE} textAnchor="middle">
                {tickFormat(value)}
              </text>
            ) : (
              <text x={-tickLength} y={at} dx="-0.25em" dy="0.32em" fontSize={FONT_SIZE} textAnchor="end">
                {tickFormat(value)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A vertical axis at the left of the plot, labels to its left. */
export function AxisLeft<Value>(props: AxisProps<Value>) {
  return <Axis orientation="left" {...props} />;
}

/** A horizontal axis under the plot (or at `top`), labels under it. */
export function AxisBottom<Value>(props: AxisProps<Value>) {
  return <Axis orientation="bottom" {...props} />;
}

/** Pixels per value tick on a vertical axis, and per month label on a horizontal one. */
const VALUE_TICK_SPACING = 48;
const MONTH_LABEL_WIDTH = 64;

/**
 * How many ticks a value axis `length` pixels long aims for: one per 48 px,
 * at least 2, so a short chart still shows its range.
 */
export function valueTickCount(length: number, spacing = VALUE_TICK_SPACING): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Props of {@link MonthAxes}. */
export interface MonthAxesProps {
  /** The vertical value scale. */
  valueScale: AxisScale<number>;
  /** The horizontal scale over month keys (`YYYY-MM`). */
  monthScale: AxisScale<string>;
  /** Width of the plot inside the margins, in pixels: how many month labels fit. */
  innerWidth: number;
  /** Height of the plot inside the margins, in pixels: how many value ticks fit. */
  innerHeight: number;
  /** A value tick's label. */
  formatValue: (value: number) => string;
  /** A month's label. */
  formatMonth: (month: string) => string;
}

/**
 * The axes of a chart over months: values on the left, months along the
 * bottom, thinned so their labels never overlap. One rule for every monthly
 * chart (trend, movements, forecast).
 */
export function MonthAxes({ valueScale, monthScale, innerWidth, innerHeight, formatValue, formatMonth }: MonthAxesProps) {
  return (
    <>
      <AxisLeft scale={valueScale} numTicks={valueTickCount(innerHeight)} tickFormat={formatValue} axisClassName="rk-axis" />
      <AxisBottom
        top={innerHeight}
        scale={monthScale}
        tickValues={thinTicks(monthScale.domain(), innerWidth, MONTH_LABEL_WIDTH)}
        tickFormat={formatMonth}
        axisClassName="rk-axis"
      />
    </>
  );
}
