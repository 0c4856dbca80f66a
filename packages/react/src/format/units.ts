/**
 * The units a value can be formatted in. Mirrors the metric catalog's
 * `MetricUnit` of `@revkit/core`, so a catalog entry's unit picks its format.
 */
export type MetricUnitLike = 'money' | 'ratio' | 'percent-points' | 'count' | 'days' | 'months' | 'score';

/** Whether a rise is good news; mirrors the catalog's `MetricPolarity`. */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';
