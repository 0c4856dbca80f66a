'use client';
import { forwardRef } from 'react';
import { parseMonth, printable, type MonthString, type OpenPipelineStage } from '@revkit/core/display';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { BarList } from './BarList.js';
import { DataTable } from './DataTable.js';
import { Legend } from './Legend.js';
import type { ChartProps } from './states.js';

/** Props of {@link PipelineChart}. */
export interface PipelineChartProps extends ChartProps {
  /** The pipeline open at the end of the range, by stage: `revOps.sales.forecast.pipelineByStage`. */
  data: readonly OpenPipelineStage[];
  /**
   * The month the pipeline is taken at the end of (`revOps.to`): the chart says "as of end of" it, never "now".
   * Anything but a `YYYY-MM` month (e.g. `''` while the report loads) leaves the date out.
   */
  asOf: MonthString;
  /** Every open deal, count and amount (`revOps.sales.forecast.openPipeline`): the summary's total. */
  openPipeline?: { openDeals: number; amount: number } | null | undefined;
  /** The weighted total (`revOps.sales.forecast.weightedPipeline`): the summary's weighted figure. */
  weightedPipeline?: number | null | undefined;
  /** Title and accessible name. @default the locale's "Open pipeline as of end of <month>" */
  title?: string;
  /** Formats amounts: a function or a catalog unit by name. @default 'money' (compact) */
  valueFormatter?: ValueFormat;
}

/**
 * The pipeline open at the end of a report's range, stage by stage: each
 * stage's amount, and the same amount weighted by the stage's win
 * probability learned from the deals closed by then. The figures are the
 * core's (`pipelineByStage`); the chart only draws them.
 *
 * @example
 * <PipelineChart data={revOps.sales.forecast.pipelineByStage} asOf={revOps.to}
 *   openPipeline={revOps.sales.forecast.openPipeline} weightedPipeline={revOps.sales.forecast.weightedPipeline} />
 */
export const PipelineChart = forwardRef<HTMLElement, PipelineChartProps>(function PipelineChart(
  { data, asOf, openPipeline, weightedPipeline, title, valueFormatter, ...frame },
  ref,
) {
  const { formatters, messages } = useRevkit();
  const { format } = resolveValueFormat(valueFormatter, formatters, 'money');
  const asOfText = parseMonth(asOf) === null ? '' : ` ${messages.asOfEndOf(formatters.month(asOf))}`;
  const heading = title ?? `${messages.pipelineTitle}${asOfText}`;
  const stageName = (stage: OpenPipelineStage) => stage.stage || messages.noStage;
  // Bar lengths relative to the largest stage: layout, guarded for an all-zero pipeline.
  let largest: OpenPipelineStage | undefined;
  for (const stage of data) if (Number.isFinite(stage.amount) && (!largest || stage.amount > largest.amount)) largest = stage;
  const scale = largest && largest.amount > 0 ? largest.amount : 0;
  const share = (value: number | null) => (scale > 0 && value !== null && Number.isFinite(value) ? Math.max(0, value) / scale : 0);
  const summary = largest
    ? messages.pipelineSummary({
        asOf: asOfText,
        stages: data.length,
        openDeals: openPipeline ? formatters.count(openPipeline.openDeals) : null,
        amount: openPipeline ? format(openPipeline.amount) : null,
        weighted: weightedPipeline === undefined || weightedPipeline === null ? null : format(weightedPipeline),
        largest: `${printable(stageName(largest))} (${format(largest.amount)})`,
      })
    : null;
  // A stage's figures, said the same way by its name, its tooltip and its table row.
  const headers = [messages.amount, messages.openDeals, messages.winProbability, messages.weighted];
  const figures = (stage: OpenPipelineStage) => [
    format(stage.amount),
    formatters.count(stage.openDeals),
    stage.probability === null ? messages.notAvailable : formatters.percent(stage.probability),
    stage.weighted === null ? messages.notAvailable : format(stage.weighted),
  ];

  return (
    <ChartFrame
      kind="pipeline"
      title={heading}
      summary={summary}
      isEmpty={data.length === 0}
      {...frame}
      rootRef={ref}
      renderTable={() => (
        <DataTable
          caption={heading}
          rows={data}
          rowKey={(stage) => stage.stage}
          columns={[
            { header: messages.stage, cell: (stage) => printable(stageName(stage)) },
            ...headers.map((header, index) => ({ header, numeric: true, cell: (stage: OpenPipelineStage) => figures(stage)[index] })),
          ]}
        />
      )}
    >
      <BarList
        label={heading}
        items={data.map((stage) => {
          const texts = figures(stage);
          return {
            key: stage.stage,
            name: stageName(stage),
            details: headers.map((header, index) => [header, texts[index] ?? ''] as const),
            trackClassName: 'rk-pipeline-track',
            track: (
              <>
                <span className="rk-funnel-bar rk-pipeline-raw" style={{ ['--rk-share' as string]: share(stage.amount) }} />
                <span className="rk-funnel-bar rk-pipeline-weighted" style={{ ['--rk-share' as string]: share(stage.weighted) }} />
              </>
            ),
            figures: [texts[0] ?? '', `${messages.weighted} ${texts[3] ?? ''}`, `${messages.openDeals} ${texts[1] ?? ''}`],
          };
        })}
      >
        <Legend
          items={[
            ['rk-pipeline-raw', messages.amount],
            ['rk-pipeline-weighted', `${messages.weighted} (${messages.winProbability})`],
          ]}
        />
      </BarList>
    </ChartFrame>
  );
});
