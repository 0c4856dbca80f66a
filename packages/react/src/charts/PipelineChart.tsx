'use client';
import { forwardRef, useId } from 'react';
import type { MonthString, OpenPipelineStage } from '@revkit/core';
import { resolveValueFormat, type ValueFormat } from '../format/valueFormat.js';
import { useRevkit } from '../provider/RevkitProvider.js';
import { ChartFrame } from './ChartFrame.js';
import { ChartTooltip } from './ChartTooltip.js';
import { DataTable } from './DataTable.js';
import type { ChartProps } from './states.js';
import { useRovingGrid } from './useRovingGrid.js';

/** Props of {@link PipelineChart}. */
export interface PipelineChartProps extends ChartProps {
  /** The pipeline open at the end of the range, by stage: `revOps.sales.forecast.pipelineByStage`. */
  data: readonly OpenPipelineStage[];
  /** The month the pipeline is taken at the end of (`revOps.to`): the chart says "as of end of" it, never "now". */
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
  const tooltipId = useId();
  const roving = useRovingGrid([data.length]);
  const { format } = resolveValueFormat(valueFormatter, formatters, 'money');
  const asOfText = messages.asOfEndOf(formatters.month(asOf));
  const heading = title ?? `${messages.pipelineTitle} ${asOfText}`;
  const stageName = (stage: OpenPipelineStage) => stage.stage || messages.noStage;
  // Bar lengths relative to the largest stage: layout, guarded for an all-zero pipeline.
  let largest: OpenPipelineStage | undefined;
  for (const stage of data) if (Number.isFinite(stage.amount) && (!largest || stage.amount > largest.amount)) largest = stage;
  const scale = largest && largest.amount > 0 ? largest.amount : 0;
  const share = (value: number | null) => (scale > 0 && value !== null && Number.isFinite(value) ? Math.max(0, value) / scale : 0);
  const weightedText = (stage: OpenPipelineStage) => (stage.weighted === null ? messages.notAvailable : format(stage.weighted));
  const summary = largest
    ? messages.pipelineSummary({
        asOf: asOfText,
        stages: data.length,
        openDeals: openPipeline ? formatters.count(openPipeline.openDeals) : null,
        amount: openPipeline ? format(openPipeline.amount) : null,
        weighted: weightedPipeline === undefined || weightedPipeline === null ? null : format(weightedPipeline),
        largest: `${stageName(largest)} (${format(largest.amount)})`,
      })
    : null;
  const describe = (stage: OpenPipelineStage) =>
    [
      `${stageName(stage)}: ${format(stage.amount)}`,
      `${messages.openDeals} ${formatters.count(stage.openDeals)}`,
      `${messages.winProbability} ${stage.probability === null ? messages.notAvailable : formatters.percent(stage.probability)}`,
      `${messages.weighted} ${weightedText(stage)}`,
    ].join(', ');
  const active = roving.active ? data[roving.active.col] : undefined;

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
            { header: messages.stage, cell: stageName },
            { header: messages.openDeals, numeric: true, cell: (stage) => formatters.count(stage.openDeals) },
            { header: messages.amount, numeric: true, cell: (stage) => format(stage.amount) },
            { header: messages.winProbability, numeric: true, cell: (stage) => formatters.percent(stage.probability) },
            { header: messages.weighted, numeric: true, cell: weightedText },
          ]}
        />
      )}
    >
      <div className="rk-plot" ref={roving.containerRef} onBlur={roving.onContainerBlur}>
        <ol className="rk-funnel-stages" aria-label={heading}>
          {data.map((stage, index) => {
            const isActive = roving.active?.col === index;
            return (
              <li key={stage.stage} className="rk-funnel-stage">
                <div
                  role="img"
                  aria-label={describe(stage)}
                  aria-describedby={isActive ? tooltipId : undefined}
                  className="rk-item rk-funnel-item"
                  data-active={isActive || undefined}
                  {...roving.getItemProps(0, index)}
                >
                  <span className="rk-funnel-name" aria-hidden="true">
                    {stageName(stage)}
                  </span>
                  <span className="rk-funnel-track rk-pipeline-track" aria-hidden="true">
                    <span className="rk-funnel-bar rk-pipeline-raw" style={{ ['--rk-share' as string]: share(stage.amount) }} />
                    <span className="rk-funnel-bar rk-pipeline-weighted" style={{ ['--rk-share' as string]: share(stage.weighted) }} />
                  </span>
                  <span className="rk-funnel-figures" aria-hidden="true">
                    <span className="rk-funnel-count">{format(stage.amount)}</span>
                    <span>
                      {messages.weighted} {weightedText(stage)}
                    </span>
                    <span>
                      {messages.openDeals} {formatters.count(stage.openDeals)}
                    </span>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
        <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
          {active ? (
            <>
              <strong>{stageName(active)}</strong>
              <span>
                {messages.amount}: {format(active.amount)}
              </span>
              <span>
                {messages.winProbability}: {formatters.percent(active.probability)}
              </span>
              <span>
                {messages.weighted}: {weightedText(active)}
              </span>
              <span>
                {messages.openDeals}: {formatters.count(active.openDeals)}
              </span>
            </>
          ) : null}
        </ChartTooltip>
        <ul className="rk-legend" aria-label={messages.legend}>
          <li>
            <span className="rk-swatch rk-pipeline-raw" aria-hidden="true" />
            {messages.amount}
          </li>
          <li>
            <span className="rk-swatch rk-pipeline-weighted" aria-hidden="true" />
            {messages.weighted} ({messages.winProbability})
          </li>
        </ul>
      </div>
    </ChartFrame>
  );
});
