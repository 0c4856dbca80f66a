'use client';
import { forwardRef, useId, useMemo } from 'react';
import {
  isMrrMovement,
  mrrBridge,
  MRR_GAINS,
  MRR_LOSSES,
  MRR_MOVEMENTS,
  type MonthString,
  type MrrBridge,
  type MrrMovement,
  type MrrRow,
  type ReportMrrBridge,
} from '@revkit/core/display';
import { MonthAxes } from './Axis.js';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import type { Messages } from '../format/messages.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { attempt, type Attempt } from './attempt.js';
import { ChartFrame, PlotPending } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import { Legend } from './Legend.js';
import { leftMarginFor, zeroBasedDomain } from './layout.js';
import type { ChartProps } from './states.js';
import { HatchPattern } from './HatchPattern.js';
import { useElementWidth } from './useElementWidth.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link MrrMovementsChart}. */
export interface MrrMovementsChartProps extends ChartProps {
  /** Monthly rows of the report, oldest first: `report.mrr`. */
  data: readonly MrrRow[];
  /**
   * The report's own bridge, `report.mrrBridge`: when its months cover those
   * of `data` (`report.mrr`, or any run of months of it), the summary's
   * total net new is the exact figure (core's `mrrBridge` over those months)
   * instead of one summed from the cent-rounded rows.
   */
  bridge?: ReportMrrBridge;
  /**
   * The month still in progress, drawn faded and dashed and said to be
   * unfinished. Pass it explicitly (e.g. the current month) so server and
   * client render alike.
   */
  unfinishedMonth?: MonthString;
  /** Title and accessible name. @default the locale's "MRR movements" */
  title?: string;
  /** Height of the chart in pixels. @default 300 */
  height?: number;
  /** Formats amounts everywhere (axis, tooltip, table, summary): a function or a catalog unit by name. @default 'money' (compact) */
  valueFormatter?: ValueFormat;
  /**
   * Called when a month is chosen: a click or tap on one of its bars gives
   * that movement (`{ figure: 'churn', month }`, ready for core's
   * `customerBreakdown`); Enter or Space on the focused month, or a click
   * beside its bars, gives `figure: null` (the whole month). Months become
   * buttons when it is given.
   */
  onSelect?: (selection: MovementsSelection) => void;
}

/** What {@link MrrMovementsChart} reports as chosen: a month, and the movement whose bar was clicked. */
export interface MovementsSelection {
  month: MonthString;
  /** The clicked bar's movement; `null` when the whole month was chosen. */
  figure: MrrMovement | null;
}


function movementLabel(key: MrrMovement, messages: Messages): string {
  return key === 'new' ? messages.newMrr : messages[key];
}

/** One stacked segment of a month's column. */
interface Segment {
  key: MrrMovement;
  from: number;
  to: number;
}

/** Stacks gains upwards from zero and losses downwards from zero (layout only). */
function stack(row: MrrRow): Segment[] {
  const segments: Segment[] = [];
  let up = 0;
  for (const key of MRR_GAINS) {
    const value = Number.isFinite(row[key]) ? Math.max(0, row[key]) : 0;
    segments.push({ key, from: up, to: up + value });
    up += value;
  }
  let down = 0;
  for (const key of MRR_LOSSES) {
    const value = Number.isFinite(row[key]) ? Math.min(0, row[key]) : 0;
    segments.push({ key, from: down, to: down + value });
    down += value;
  }
  return segments;
}

/**
 * Monthly MRR movements: gains stacked above zero, losses below, net new
 * MRR as a line; the unfinished month is marked as such. Rows the core
 * cannot bridge (a non-finite amount, months out of order) show the error
 * state.
 *
 * @example
 * <MrrMovementsChart data={report.mrr} bridge={report.mrrBridge} unfinishedMonth="2024-12" />
 */
export const MrrMovementsChart = forwardRef<HTMLElement, MrrMovementsChartProps>(function MrrMovementsChart(
  { data, bridge: reportBridge, unfinishedMonth, title, height = 300, valueFormatter, onSelect, ...frame },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const tooltipId = useId();
  const hatchId = useId();
  const roving = useRovingGrid([data.length], {
    onSelect: onSelect
      ? (position, target) => {
          const row = data[position.col];
          const movement = target?.closest('[data-rk-movement]')?.getAttribute('data-rk-movement');
          if (row) onSelect({ month: row.month, figure: isMrrMovement(movement) ? movement : null });
        }
      : undefined,
  });
  const [plotRef, width, drawable] = useElementWidth(roving.containerRef);
  const { format, formatSigned } = resolveValueFormat(valueFormatter, formatters, 'money');
  const heading = title ?? messages.movementsTitle;

  // Computed once per data, not on every hover or focus render.
  const stacks = useMemo(() => data.map(stack), [data]);
  // Core chooses the bridge: the report's exact figures when they cover the rows' months, else the rows summed.
  // Rows the core cannot bridge (a NaN movement, months out of order) show the error state, not a crash,
  // even with the report's bridge: the rows are drawn too.
  const computed = useMemo((): Attempt<MrrBridge | null> => attempt(() => mrrBridge(data, { reportBridge })), [data, reportBridge]);
  const bridge = computed.ok ? computed.value : null;
  let summary: string | null = null;
  if (bridge && data.length > 0) {
    const best = data.reduce((a, b) => (b.netNew > a.netNew ? b : a));
    const worst = data.reduce((a, b) => (b.netNew < a.netNew ? b : a));
    summary = messages.movementsSummary({
      months: data.length,
      from: formatters.month(bridge.from),
      to: formatters.month(bridge.to),
      netNew: formatSigned(bridge.netNew),
      bestMonth: `${formatters.month(best.month)} (${formatSigned(best.netNew)})`,
      worstMonth: `${formatters.month(worst.month)} (${formatSigned(worst.netNew)})`,
    });
  }

  const domain = zeroBasedDomain([...stacks.flat().map((segment) => segment.to), ...data.map((row) => row.netNew)]);
  const margin = { top: 12, right: 12, bottom: 32, left: leftMarginFor([format(domain[0]), format(domain[1])]) };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const x = scaleBand<string>({ domain: data.map((row) => row.month), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain, range: [innerHeight, 0], nice: true });
  const centre = (month: string) => (x(month) ?? 0) + x.bandwidth() / 2;

  const describe = (row: MrrRow) =>
    [
      `${formatters.monthLong(row.month)}${row.month === unfinishedMonth ? ` (${messages.unfinished})` : ''}`,
      ...MRR_MOVEMENTS.filter((key) => row[key] !== 0).map((key) => `${movementLabel(key, messages)} ${formatSigned(row[key])}`),
      `${messages.netNew} ${formatSigned(row.netNew)}`,
    ].join(', ');
  const activeRow = roving.active ? data[roving.active.col] : undefined;

  return (
    <ChartFrame
      kind="movements"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      error={frame.error || (computed.ok ? null : messages.invalidData)}
      renderTable={() => (
        <DataTable
          caption={heading}
          rows={data}
          rowKey={(row) => row.month}
          columns={[
            { header: messages.month, cell: (row) => `${formatters.month(row.month)}${row.month === unfinishedMonth ? ` (${messages.unfinished})` : ''}` },
            ...MRR_MOVEMENTS.map((key) => ({ header: movementLabel(key, messages), numeric: true, cell: (row: MrrRow) => formatSigned(row[key]) })),
            { header: messages.netNew, numeric: true, cell: (row: MrrRow) => formatSigned(row.netNew) },
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
          <svg width={width} height={height} role="group" aria-label={heading}>
            <defs>
              <HatchPattern id={hatchId} />
            </defs>
            <Group left={margin.left} top={margin.top}>
              <MonthAxes valueScale={y} monthScale={x} innerWidth={innerWidth} innerHeight={innerHeight} formatValue={format} formatMonth={formatters.month} />
              <line x1={0} x2={innerWidth} y1={y(0)} y2={y(0)} className="rk-zero-line" />
              {data.map((row, index) => {
                const isActive = roving.active?.col === index;
                return (
                  <g
                    key={row.month}
                    role={onSelect ? 'button' : 'img'}
                    aria-label={describe(row)}
                    aria-describedby={isActive ? tooltipId : undefined}
                    className="rk-item rk-month"
                    data-unfinished={row.month === unfinishedMonth || undefined}
                    data-active={isActive || undefined}
                    {...roving.getItemProps(0, index)}
                  >
                    {/* A transparent full-height target makes thin months easy to hover and tap. */}
                    <rect x={x(row.month) ?? 0} y={0} width={x.bandwidth()} height={innerHeight} className="rk-hit" />
                    {(stacks[index] ?? []).filter((segment) => segment.from !== segment.to).map((segment) => {
                      const box = {
                        x: x(row.month) ?? 0,
                        y: y(Math.max(segment.from, segment.to)),
                        width: x.bandwidth(),
                        height: Math.abs(y(segment.from) - y(segment.to)),
                      };
                      const isLoss = segment.to < segment.from;
                      return (
                        <g key={segment.key} data-rk-movement={segment.key}>
                          <rect {...box} className={`rk-bar rk-fill-${segment.key}`} />
                          {isLoss ? <rect {...box} className="rk-hatch" fill={`url(#${hatchId})`} /> : null}
                        </g>
                      );
                    })}
                  </g>
                );
              })}
              <LinePath
                data={data as MrrRow[]}
                x={(row) => centre(row.month)}
                y={(row) => y(row.netNew)}
                defined={(row) => Number.isFinite(row.netNew)}
                className="rk-net-line"
              />
              {data.map((row) => (
                <circle key={row.month} cx={centre(row.month)} cy={y(Number.isFinite(row.netNew) ? row.netNew : 0)} r={x.bandwidth() > 8 ? 3 : 1.5} className="rk-net-dot" />
              ))}
            </Group>
          </svg>
        ) : (
          <PlotPending height={height} />
        )}
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {activeRow ? (
            <>
              <strong>
                {formatters.monthLong(activeRow.month)}
                {activeRow.month === unfinishedMonth ? ` (${messages.unfinished})` : ''}
              </strong>
              {MRR_MOVEMENTS.map((key) => (
                <span key={key} className="rk-tooltip-row">
                  <span className={`rk-swatch rk-fill-${key}`} aria-hidden="true" />
                  {movementLabel(key, messages)}: {formatSigned(activeRow[key])}
                </span>
              ))}
              <span className="rk-tooltip-row">
                {messages.netNew}: {formatSigned(activeRow.netNew)}
              </span>
            </>
          ) : null}
        </ChartTooltip>
        <Legend
          items={[
            ...MRR_MOVEMENTS.map(
              (key) =>
                [
                  `rk-fill-${key}${(MRR_LOSSES as readonly MrrMovement[]).includes(key) ? ' rk-swatch-hatched' : ''}`,
                  `${movementLabel(key, messages)} ${(MRR_GAINS as readonly MrrMovement[]).includes(key) ? '(+)' : '(−)'}`,
                ] as const,
            ),
            ['rk-swatch-line', messages.netNew],
          ]}
        />
      </div>
    </ChartFrame>
  );
});
