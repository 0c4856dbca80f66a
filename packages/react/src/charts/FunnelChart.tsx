'use client';
import { forwardRef, useId } from 'react';
import { printable, type FunnelStage } from '@revkit/core';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import type { ChartProps } from './states.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link FunnelChart}. */
export interface FunnelChartProps extends ChartProps {
  /** Funnel stages top to bottom: `report.funnel`. */
  data: readonly FunnelStage[];
  /** Bars grow left to right (`horizontal`, stages stacked) or bottom to top (`vertical`, stages side by side). @default 'horizontal' */
  orientation?: 'horizontal' | 'vertical';
  /** Title and accessible name. @default the locale's "Conversion funnel" */
  title?: string;
  /** Formats counts: a function or a catalog unit by name. @default 'count' */
  valueFormatter?: ValueFormat;
}

/**
 * The index of the stage with the lowest step conversion (where most are
 * lost), or `-1` when no stage has one. A choice among the engine's
 * figures, not a new figure.
 */
export function biggestDropOffIndex(stages: readonly FunnelStage[]): number {
  let found = -1;
  stages.forEach((stage, index) => {
    if (stage.stepConversion === null || !Number.isFinite(stage.stepConversion)) return;
    if (found === -1 || stage.stepConversion < stages[found]!.stepConversion!) found = index;
  });
  return found;
}

/**
 * A conversion funnel: each stage's count, step and overall conversion,
 * and the biggest drop-off marked in words and with an icon.
 *
 * @example
 * <FunnelChart data={report.funnel} orientation="vertical" />
 */
export const FunnelChart = forwardRef<HTMLElement, FunnelChartProps>(function FunnelChart(
  { data, orientation = 'horizontal', title, valueFormatter, ...frame },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const tooltipId = useId();
  const roving = useRovingGrid([data.length]);
  const { format } = resolveValueFormat(valueFormatter, formatters, 'count', { compact: false });
  const heading = title ?? messages.funnelTitle;
  const drop = biggestDropOffIndex(data);
  // Bar length relative to the largest stage: layout, guarded for all-zero funnels.
  const largest = data.reduce((max, stage) => (Number.isFinite(stage.count) ? Math.max(max, stage.count) : max), 0);
  const first = data[0];
  const last = data[data.length - 1];
  // Stage names come from the input: shown cut to core's printable length (full text in a title), so a
  // 100 000-character name cannot stretch the page, the summary or a screen reader's announcement.
  const name = (stage: FunnelStage): string => printable(stage.stage);
  const summary =
    first && last
      ? messages.funnelSummary({
          stages: data.length,
          first: name(first),
          last: name(last),
          overall: last.overallConversion === null ? messages.notAvailable : formatters.percent(last.overallConversion),
          dropStage: drop >= 0 ? name(data[drop]!) : null,
          dropRate: drop >= 0 ? formatters.percent(data[drop]!.stepConversion) : '',
        })
      : null;
  const describe = (stage: FunnelStage, index: number) =>
    [
      `${name(stage)}: ${format(stage.count)}`,
      stage.stepConversion !== null ? `${messages.stepConversion} ${formatters.percent(stage.stepConversion)}` : null,
      `${messages.overallConversion} ${stage.overallConversion === null ? messages.notAvailable : formatters.percent(stage.overallConversion)}`,
      index === drop ? messages.biggestDropOff : null,
    ]
      .filter(Boolean)
      .join(', ');
  const active = roving.active ? data[roving.active.col] : undefined;

  return (
    <ChartFrame
      kind="funnel"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      renderTable={() => (
        <DataTable
          caption={heading}
          rows={data}
          rowKey={(stage, index) => `${index}:${stage.stage}`}
          columns={[
            {
              header: messages.stage,
              cell: (stage, index) => (
                <span title={stage.stage}>{index === drop ? `${name(stage)} (${messages.biggestDropOff})` : name(stage)}</span>
              ),
            },
            { header: messages.count, numeric: true, cell: (stage) => format(stage.count) },
            { header: messages.stepConversion, numeric: true, cell: (stage) => formatters.percent(stage.stepConversion) },
            { header: messages.overallConversion, numeric: true, cell: (stage) => formatters.percent(stage.overallConversion) },
          ]}
        />
      )}
    >
      <div className="rk-plot" ref={roving.containerRef} onBlur={roving.onContainerBlur}>
        <ol className="rk-funnel-stages" data-orientation={orientation} aria-label={heading}>
          {data.map((stage, index) => {
            const share = largest > 0 && Number.isFinite(stage.count) ? Math.max(0, stage.count) / largest : 0;
            const isActive = roving.active?.col === index;
            return (
              <li key={`${index}:${stage.stage}`} className="rk-funnel-stage">
                <div
                  role="img"
                  aria-label={describe(stage, index)}
                  aria-describedby={isActive ? tooltipId : undefined}
                  className="rk-item rk-funnel-item"
                  data-drop={index === drop || undefined}
                  data-active={isActive || undefined}
                  {...roving.getItemProps(0, index)}
                >
                  <span className="rk-funnel-name" aria-hidden="true" title={stage.stage}>
                    {name(stage)}
                  </span>
                  <span className="rk-funnel-track" aria-hidden="true">
                    <span className="rk-funnel-bar" style={{ ['--rk-share' as string]: share }} />
                  </span>
                  <span className="rk-funnel-figures" aria-hidden="true">
                    <span className="rk-funnel-count">{format(stage.count)}</span>
                    {stage.stepConversion !== null ? <span className="rk-funnel-step">{formatters.percent(stage.stepConversion)}</span> : null}
                    {index === drop ? (
                      <span className="rk-badge">
                        <span aria-hidden="true">⚠ </span>
                        {messages.biggestDropOff}
                      </span>
                    ) : null}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {active ? (
            <>
              <strong>{name(active)}</strong>
              <span>
                {messages.count}: {format(active.count)}
              </span>
              <span>
                {messages.stepConversion}: {formatters.percent(active.stepConversion)}
              </span>
              <span>
                {messages.overallConversion}: {formatters.percent(active.overallConversion)}
              </span>
            </>
          ) : null}
        </ChartTooltip>
      </div>
    </ChartFrame>
  );
});
