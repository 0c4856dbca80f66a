'use client';
import { forwardRef, useId, useMemo } from 'react';
import {
  mrrBridge,
  mrrBridgeSteps,
  mrrBridgeStepSelection,
  type BreakdownSelection,
  type MonthString,
  type MrrBridge,
  type MrrBridgeStep,
  type MrrRow,
  type ReportMrrBridge,
} from '@revkit/core/display';
import { AxisBottom, AxisLeft, valueTickCount } from './Axis.js';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import type { Messages } from '../format/messages.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { attempt, type Attempt } from './attempt.js';
import { ChartFrame, PlotPending } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import { leftMarginFor, zeroBasedDomain } from './layout.js';
import type { ChartProps } from './states.js';
import { HatchPattern } from './HatchPattern.js';
import { useElementWidth } from './useElementWidth.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link MrrWaterfall}. */
export interface MrrWaterfallProps extends ChartProps {
  /**
   * Monthly rows of the report, oldest first: `report.mrr`. Without
   * `bridge`, or for a range outside it, the bridge is summed from them.
   * Optional when `bridge` is given.
   */
  data?: readonly MrrRow[];
  /**
   * The report's own bridge, `report.mrrBridge`: its range is the default
   * range, and it carries the report's exact monthly figures, so the bridge
   * of any `from`..`to` inside the report is computed from them (core's
   * `mrrBridge`), balanced to the cent, with no "Rounding" step. A range
   * outside it, or rows without it, is summed from `data` (the cent-rounded
   * rows): a "Rounding" step then shows the cents their rounding leaves, if
   * any.
   */
  bridge?: ReportMrrBridge;
  /** First month of the bridge. @default `bridge.from`, else the last month of `data` (or `to`) */
  from?: MonthString;
  /** Last month of the bridge. @default `bridge.to`, else the last month of `data` */
  to?: MonthString;
  /** Title and accessible name. @default the locale's "MRR bridge" */
  title?: string;
  /** Height of the chart in pixels. @default 280 */
  height?: number;
  /** Formats amounts everywhere (bars, axis, tooltip, table, summary): a function or a catalog unit by name. @default 'money' (compact) */
  valueFormatter?: ValueFormat;
  /**
   * Called when a step is chosen (click, tap, or Enter/Space on the focused
   * step) with what it stands for, ready for core's `customerBreakdown`:
   * starting MRR (the month before `from`), a movement over `from`..`to`,
   * or ending MRR. Steps become buttons when it is given.
   */
  onSelect?: (selection: BreakdownSelection) => void;
}

/** The rows when none are given: one array, so memoised values keep while `data` is left out. */
const NO_ROWS: readonly MrrRow[] = [];

/** Below this width the bridge is drawn with horizontal bars so step names fit. */
const HORIZONTAL_BELOW = 520;

function stepLabel(step: MrrBridgeStep, messages: Messages): string {
  switch (step.key) {
    case 'start':
      return messages.startingMrr;
    case 'end':
      return messages.endingMrr;
    case 'new':
      return messages.newMrr;
    default:
      return messages[step.key];
  }
}

/**
 * The MRR bridge: starting MRR, new, expansion, reactivation, contraction
 * and churn, to ending MRR, over the report's range, one month or any
 * `from`..`to`. With the report's bridge (`bridge`) every range inside the
 * report is exact: computed by the core from the report's exact figures, it
 * balances to the cent. Without it the bridge is summed from the rows, and
 * the cents their rounding leaves, when there are any, show as a "Rounding"
 * step, so the bars land on ending MRR. Rows the core cannot bridge (a
 * non-finite amount, months out of order) show the error state.
 *
 * @example
 * <MrrWaterfall bridge={report.mrrBridge} data={report.mrr} />                             // the report's range, exact
 * <MrrWaterfall bridge={report.mrrBridge} data={report.mrr} from="2024-01" to="2024-03" /> // a quarter, exact
 * <MrrWaterfall data={report.mrr} />                                                        // last month, from the rows
 */
export const MrrWaterfall = forwardRef<HTMLElement, MrrWaterfallProps>(function MrrWaterfall(
  { data = NO_ROWS, bridge: reportBridge, from, to, title, height = 280, valueFormatter, onSelect, ...frame },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const tooltipId = useId();
  const hatchId = useId();
  const { format, formatSigned } = resolveValueFormat(valueFormatter, formatters, 'money');
  // A total from zero, a signed movement; the rounding step is a few cents, which compact money would print as 0.
  const formatRounding = typeof valueFormatter === 'function' ? valueFormatter : formatters.signedMoney;
  const amountText = (step: MrrBridgeStep) =>
    step.kind === 'total' ? format(step.value) : step.key === 'rounding' ? formatRounding(step.value) : formatSigned(step.value);

  // With the report's bridge and no range, the range is the bridge's.
  const ownRange = from === undefined && to === undefined ? reportBridge : undefined;
  const end = to ?? ownRange?.to ?? data[data.length - 1]?.month ?? reportBridge?.to;
  const start = from ?? ownRange?.from ?? end;
  // Core chooses the bridge: the report's exact figures when they cover the range, else the rows summed.
  // Rows the core cannot bridge (a NaN movement, months out of order) show the error state, not a crash.
  // Computed once per data and range, not on every hover or focus render.
  const computed = useMemo(
    (): Attempt<MrrBridge | null> => attempt(() => mrrBridge(data, { from: start, to: end, reportBridge })),
    [data, start, end, reportBridge],
  );
  const bridge = computed.ok ? computed.value : null;
  const steps = useMemo(() => (bridge ? mrrBridgeSteps(bridge) : []), [bridge]);
  // Core says what a bar stands for (starting MRR is the month before `from`'s, rounding is no one's); the chart passes it on.
  const selectionOf = (step: MrrBridgeStep | undefined) => (onSelect && bridge && step ? mrrBridgeStepSelection(bridge, step.key) : null);
  const selectStep = (index: number) => {
    const selection = selectionOf(steps[index]);
    if (onSelect && selection) onSelect(selection);
  };
  const roving = useRovingGrid([steps.length], { onSelect: onSelect ? (position) => selectStep(position.col) : undefined });
  const [plotRef, width, drawable] = useElementWidth(roving.containerRef);

  const period = bridge
    ? bridge.from === bridge.to
      ? formatters.monthLong(bridge.from)
      : `${formatters.month(bridge.from)} – ${formatters.month(bridge.to)}`
    : '';
  let summary: string | null = null;
  if (bridge) {
    const rate = bridge.growthRate;
    const direction = bridge.netNew > 0 ? 'rose' : bridge.netNew < 0 ? 'fell' : 'flat';
    const change = rate !== null ? formatters.percent(Math.abs(rate)) : format(Math.abs(bridge.netNew));
    const parts = steps
      .filter((step) => step.kind !== 'total' && step.value !== 0)
      .map((step) => `${amountText(step)} ${stepLabel(step, messages).toLocaleLowerCase(formatters.locale)}`);
    summary = messages.mrrSummary({ direction, change, end: format(bridge.endMrr), parts, period });
  }

  const horizontal = width < HORIZONTAL_BELOW;
  const values = steps.flatMap((step) => [step.from, step.to]);
  const valueScaleTicks = zeroBasedDomain(values);
  const labels = steps.map((step) => stepLabel(step, messages));
  /** The axis label of a step, by its key (the band scale's domain). */
  const labelOf = (key: string): string => labels[steps.findIndex((step) => step.key === key)] ?? key;
  const margin = horizontal
    ? { top: 8, right: 16, bottom: 28, left: leftMarginFor(labels) }
    : { top: 24, right: 12, bottom: 32, left: leftMarginFor([format(valueScaleTicks[0]), format(valueScaleTicks[1])]) };
  const chartHeight = horizontal ? Math.max(height, steps.length * 36 + margin.top + margin.bottom) : height;
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, chartHeight - margin.top - margin.bottom);
  const band = scaleBand<string>({
    domain: steps.map((step) => step.key),
    range: horizontal ? [0, innerHeight] : [0, innerWidth],
    padding: 0.25,
  });
  const value = scaleLinear<number>({
    domain: valueScaleTicks,
    range: horizontal ? [0, innerWidth] : [innerHeight, 0],
    nice: true,
  });

  const rect = (step: MrrBridgeStep) => {
    const position = band(step.key) ?? 0;
    const a = value(Math.min(step.from, step.to));
    const b = value(Math.max(step.from, step.to));
    // A zero movement still gets a hairline so every step is visible and focusable.
    const length = Math.max(2, Math.abs(b - a));
    return horizontal
      ? { x: a, y: position, width: length, height: band.bandwidth() }
      : { x: position, y: Math.min(a, b) - (Math.abs(b - a) < 2 ? 1 : 0), width: band.bandwidth(), height: length };
  };
  const activeStep = roving.active ? steps[roving.active.col] : undefined;

  return (
    <ChartFrame
      kind="waterfall"
      title={title ?? messages.waterfallTitle}
      summary={summary}
      isEmpty={!bridge}
      {...frame}
      rootRef={ref}
      error={frame.error || (computed.ok ? null : messages.invalidData)}
      renderTable={() => (
        <DataTable
          caption={`${title ?? messages.waterfallTitle}, ${period}`}
          rows={steps}
          rowKey={(step) => step.key}
          columns={[
            { header: messages.step, cell: (step) => stepLabel(step, messages) },
            { header: messages.amount, numeric: true, cell: amountText },
            { header: messages.mrrAfter, numeric: true, cell: (step) => format(step.to) },
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
          <svg width={width} height={chartHeight} role="group" aria-label={`${title ?? messages.waterfallTitle}, ${period}`}>
            <defs>
              <HatchPattern id={hatchId} />
            </defs>
            <Group left={margin.left} top={margin.top}>
              {horizontal ? (
                <>
                  <AxisBottom top={innerHeight} scale={value} numTicks={valueTickCount(innerWidth, 80)} tickFormat={(v) => format(Number(v))} axisClassName="rk-axis" />
                  <AxisLeft scale={band} tickFormat={labelOf} axisClassName="rk-axis" hideTicks />
                </>
              ) : (
                <>
                  <AxisLeft scale={value} numTicks={valueTickCount(innerHeight)} tickFormat={(v) => format(Number(v))} axisClassName="rk-axis" />
                  <AxisBottom top={value(0)} scale={band} tickFormat={labelOf} axisClassName="rk-axis rk-axis-category" hideTicks />
                </>
              )}
              {steps.map((step, index) => {
                const box = rect(step);
                const label = `${stepLabel(step, messages)}: ${amountText(step)}`;
                const isActive = roving.active?.col === index;
                return (
                  <g
                    key={step.key}
                    role={selectionOf(step) ? 'button' : 'img'}
                    aria-label={label}
                    aria-describedby={isActive ? tooltipId : undefined}
                    className={`rk-item rk-step rk-step-${step.key}`}
                    data-kind={step.kind}
                    data-active={isActive || undefined}
                    {...roving.getItemProps(0, index)}
                  >
                    <rect {...box} className={`rk-bar rk-fill-${step.key}`} />
                    {step.kind === 'loss' ? <rect {...box} className="rk-hatch" fill={`url(#${hatchId})`} /> : null}
                    {!horizontal && band.bandwidth() >= 40 ? (
                      <text x={box.x + box.width / 2} y={box.y - 6} textAnchor="middle" className="rk-value-label" aria-hidden="true">
                        {amountText(step)}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </Group>
          </svg>
        ) : (
          <PlotPending height={chartHeight} />
        )}
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {activeStep ? (
            <>
              <strong>{stepLabel(activeStep, messages)}</strong>
              <span>{amountText(activeStep)}</span>
              <span>
                {messages.mrrAfter}: {format(activeStep.to)}
              </span>
              <span>{period}</span>
            </>
          ) : null}
        </ChartTooltip>
      </div>
    </ChartFrame>
  );
});
