'use client';
import { forwardRef } from 'react';
import { printable, type FunnelStage } from '@revkit/core/display';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { BarList } from './BarList.js';
import { DataTable } from './DataTable.js';
import type { ChartProps } from './states.js';

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
  let lowest = Number.POSITIVE_INFINITY;
  stages.forEach(({ stepConversion }, index) => {
    if (stepConversion === null || !Number.isFinite(stepConversion)) return;
    if (found === -1 || stepConversion < lowest) {
      found = index;
      lowest = stepConversion;
    }
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
  const dropStage = drop >= 0 ? data[drop] : undefined;
  const summary =
    first && last
      ? messages.funnelSummary({
          stages: data.length,
          first: name(first),
          last: name(last),
          overall: last.overallConversion === null ? messages.notAvailable : formatters.percent(last.overallConversion),
          dropStage: dropStage ? name(dropStage) : null,
          dropRate: dropStage ? formatters.percent(dropStage.stepConversion) : '',
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
      <BarList
        label={heading}
        orientation={orientation}
        items={data.map((stage, index) => ({
          key: `${index}:${stage.stage}`,
          name: stage.stage,
          label: describe(stage, index),
          details: [
            [messages.count, format(stage.count)],
            [messages.stepConversion, formatters.percent(stage.stepConversion)],
            [messages.overallConversion, formatters.percent(stage.overallConversion)],
          ],
          track: (
            <span
              className="rk-funnel-bar"
              style={{ ['--rk-share' as string]: largest > 0 && Number.isFinite(stage.count) ? Math.max(0, stage.count) / largest : 0 }}
            />
          ),
          figures: stage.stepConversion !== null ? [format(stage.count), formatters.percent(stage.stepConversion)] : [format(stage.count)],
          extra:
            index === drop ? (
              <span className="rk-badge">
                <span aria-hidden="true">⚠ </span>
                {messages.biggestDropOff}
              </span>
            ) : null,
          data: { 'data-drop': index === drop || undefined },
        }))}
      />
    </ChartFrame>
  );
});
