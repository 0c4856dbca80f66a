import type { MetricPolarity, MetricUnit } from '@revkit/core';

/** The units a value can be formatted in: the metric catalog's `MetricUnit` of `@revkit/core`. */
export type MetricUnitLike = MetricUnit;

/** Whether a rise is good news: the catalog's `MetricPolarity`. */
export type Polarity = MetricPolarity;
