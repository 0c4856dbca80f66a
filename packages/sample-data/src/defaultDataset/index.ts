import type { Dataset } from '@revkit/core';
import { generateDataset } from '../generateDataset/index.js';
import type { GenerateDatasetOptions } from '../options/index.js';

/** The options of the bundled default dataset: 500 customers over 2023-11 to 2026-10. */
export const DEFAULT_DATASET_OPTIONS: Readonly<GenerateDatasetOptions> = Object.freeze({
  seed: 20261022,
  customers: 500,
  months: 36,
  start: '2023-11',
});

/**
 * The bundled default dataset for demos, stories and the quick start: 500
 * customers over 36 months ending 2026-10. It equals the committed
 * `@revkit/sample-data/datasets/default.json`.
 *
 * @example
 * const report = buildReport(defaultDataset(), { from: '2026-01', to: '2026-10' })
 * @throws never
 */
export function defaultDataset(): Dataset {
  return generateDataset(DEFAULT_DATASET_OPTIONS);
}
