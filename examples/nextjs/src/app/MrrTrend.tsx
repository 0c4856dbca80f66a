'use client';
// MetricTrend takes a function (`y`), which cannot cross from a server
// component to a client one: this thin client wrapper supplies it.
import type { MrrRow } from '@revkit/core';
import { MetricTrend } from '@revkit/react';

const mrrOf = (row: MrrRow) => row.mrr;

export function MrrTrend({ data, label }: { data: MrrRow[]; label: string }) {
  return <MetricTrend data={data} y={mrrOf} label={label} variant="area" />;
}
