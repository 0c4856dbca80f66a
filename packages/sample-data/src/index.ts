// @revkit/sample-data: seeded, realistic SaaS datasets in the revkit report
// contract's format. Pure functions, no Node-only API.
export { generateDataset } from './generateDataset/index.js';
export { defaultDataset, DEFAULT_DATASET_OPTIONS } from './defaultDataset/index.js';
export { formatDatasetJson } from './formatDatasetJson/index.js';
export { CUSTOMER_LIMITS, type GenerateDatasetOptions } from './options/index.js';
export { REVOPS_DEFAULTS, type RevOpsOptions } from './revops/index.js';
export { createRandom, type Random } from './random/index.js';
export {
  priceOf,
  TIERS,
  TIER_TERMS,
  CYCLE_TERMS,
  FX_RATES,
  REPORTING_CURRENCY,
  type Tier,
  type BillingCycle,
  type PriceCurrency,
  type Price,
  type TierTerms,
} from './priceList/index.js';
