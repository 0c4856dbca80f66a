'use client';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { CohortRow } from '@revkit/core/display';
import type { Formatters } from '../../format/formatters.js';
import { AxisBottom, AxisLeft } from '../Axis.js';
import { leftMarginFor } from '../layout.js';
import type { CohortGrid } from './useCohortGrid.js';

/** Props of {@link CohortCurves}. */
export interface CohortCurvesProps {
  grid: CohortGrid;
  data: readonly CohortRow[];
  /** The group's accessible name. */
  label: string;
  /** Id of the tooltip that describes the active curve. */
  tooltipId: string;
  width: number;
  height: number;
  formatters: Formatters;
}

/**
 * The curves view of the cohort chart: one focusable retention curve per
 * cohort (immature points left out), ending in a dot, and the weighted
 * average as a line; arrow keys move between cohorts.
 */
export function CohortCurves({ grid, data, label, tooltipId, width, height, formatters }: CohortCurvesProps) {
  const { roving, average, columns, series, isImmature, cellDescription } = grid;
  const margin = { top: 12, right: 16, bottom: 32, left: leftMarginFor(['100%']) };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const curveMax = Math.max(1, ...data.flatMap((cohort) => series(cohort).filter(Number.isFinite)));
  const xScale = scaleLinear<number>({ domain: [0, Math.max(1, columns - 1)], range: [0, innerWidth] });
  const yScale = scaleLinear<number>({ domain: [0, curveMax], range: [innerHeight, 0], nice: true });
  return (
    <svg width={width} height={height} role="group" aria-label={label}>
      <Group left={margin.left} top={margin.top}>
        <AxisLeft scale={yScale} numTicks={5} tickFormat={(v) => formatters.percent(Number(v))} axisClassName="rk-axis" />
        <AxisBottom top={innerHeight} scale={xScale} numTicks={Math.min(columns, Math.floor(innerWidth / 40))} tickFormat={(k) => String(k)} axisClassName="rk-axis" />
        {data.map((cohort, index) => {
          const points = series(cohort)
            .map((value, k) => ({ k, value }))
            .filter((point) => !isImmature(index, point.k));
          const isActive = roving.active?.col === index;
          const lastPoint = points[points.length - 1];
          return (
            <g
              key={cohort.cohort}
              role="img"
              aria-label={lastPoint ? cellDescription(index, lastPoint.k) : formatters.month(cohort.cohort)}
              aria-describedby={isActive ? tooltipId : undefined}
              className="rk-item rk-curve"
              data-active={isActive || undefined}
              {...roving.getItemProps(0, index)}
            >
              <LinePath data={points} x={(point) => xScale(point.k)} y={(point) => yScale(point.value)} defined={(point) => Number.isFinite(point.value)} className="rk-curve-line" />
              {lastPoint ? <circle cx={xScale(lastPoint.k)} cy={yScale(lastPoint.value)} r={3} className="rk-curve-end" /> : null}
            </g>
          );
        })}
        <LinePath
          data={average.map((value, k) => ({ k, value }))}
          x={(point) => xScale(point.k)}
          y={(point) => yScale(point.value ?? 0)}
          defined={(point) => point.value !== null}
          className="rk-curve-average"
        />
      </Group>
    </svg>
  );
}
