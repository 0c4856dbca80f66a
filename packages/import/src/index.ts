export type { ImportResult } from './types.js';
export { datasetFromCsv, type CsvFiles, type CsvImportOptions } from './csv/datasetFromCsv.js';
export { parseCsv, type CsvFile, type CsvTable } from './csv/parseCsv.js';
export { CSV_FIELDS, CSV_SECTIONS, columnKey, matchingColumns, suggestCsvMapping, type CsvField, type CsvFieldKind, type CsvSection } from './csv/fields.js';
export { datasetFromStripe } from './stripe/datasetFromStripe.js';
export { minorUnitDigits } from './stripe/money.js';
export type {
  StripeDiscount,
  StripeExport,
  StripeImportOptions,
  StripeInvoice,
  StripeInvoiceLine,
  StripePriceLike,
  StripeSubscription,
  StripeSubscriptionItem,
} from './stripe/types.js';
