export type { ImportResult } from './types.js';
export { datasetFromCsv, type CsvFiles, type CsvImportOptions } from './csv/datasetFromCsv.js';
export { parseCsv, type CsvFile, type CsvTable } from './csv/parseCsv.js';
export { CSV_FIELDS, CSV_SECTIONS, columnKey, type CsvField, type CsvFieldKind, type CsvSection } from './csv/fields.js';
