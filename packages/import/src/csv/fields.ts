/**
 * How a CSV cell becomes a dataset value: text as is; a decimal as a string
 * (a decimal comma is read as a point in `;`-separated files); an integer as
 * a JSON number.
 */
export type CsvFieldKind = 'text' | 'decimal' | 'integer';

/** One dataset field a CSV column can fill. */
export interface CsvField {
  /** The contract's field name, e.g. `customerId`. */
  name: string;
  kind: CsvFieldKind;
  /** The contract requires it: a file without a column for it is one problem, not one per row. */
  required?: boolean;
  /** An empty cell means `null` (e.g. `end` of an ongoing subscription) rather than "absent". */
  nullable?: boolean;
  /** Other column names taken for this field without a `--map`, e.g. `start_date` for `start`. */
  aliases?: readonly string[];
}

/** The dataset sections a CSV file can hold, each a list of records. */
export const CSV_SECTIONS = ['subscriptions', 'deals', 'funnel', 'surveys', 'costs'] as const;

/** A dataset section a CSV file can hold. */
export type CsvSection = (typeof CSV_SECTIONS)[number];

/** The fields of each section, in the contract's order (see the report contract, section 1). */
export const CSV_FIELDS: Readonly<Record<CsvSection, readonly CsvField[]>> = {
  subscriptions: [
    { name: 'id', kind: 'text', required: true, aliases: ['subscription_id', 'subscriptionId'] },
    { name: 'customerId', kind: 'text', required: true },
    { name: 'start', kind: 'text', required: true, aliases: ['start_date', 'startDate', 'started_at', 'startedAt'] },
    { name: 'end', kind: 'text', nullable: true, aliases: ['end_date', 'endDate', 'ended_at', 'endedAt'] },
    { name: 'amount', kind: 'decimal', required: true },
    { name: 'interval', kind: 'text', required: true },
    { name: 'intervalCount', kind: 'integer' },
    { name: 'quantity', kind: 'decimal' },
    { name: 'discount', kind: 'decimal' },
    { name: 'currency', kind: 'text' },
  ],
  deals: [
    { name: 'id', kind: 'text', required: true, aliases: ['deal_id', 'dealId'] },
    { name: 'createdAt', kind: 'text', required: true, aliases: ['created', 'created_date', 'createdDate'] },
    { name: 'closedAt', kind: 'text', nullable: true, aliases: ['closed', 'closed_date', 'closedDate'] },
    { name: 'status', kind: 'text', required: true },
    { name: 'amount', kind: 'decimal', required: true },
    { name: 'stage', kind: 'text', nullable: true },
    { name: 'owner', kind: 'text', nullable: true },
  ],
  funnel: [
    { name: 'stage', kind: 'text', required: true },
    { name: 'count', kind: 'integer', required: true },
  ],
  surveys: [
    { name: 'type', kind: 'text', required: true },
    { name: 'score', kind: 'integer', required: true },
    { name: 'at', kind: 'text', required: true, aliases: ['date', 'answered_at', 'answeredAt'] },
  ],
  costs: [
    { name: 'month', kind: 'text', required: true },
    { name: 'category', kind: 'text', required: true },
    { name: 'amount', kind: 'decimal', required: true },
    { name: 'owner', kind: 'text', nullable: true },
    { name: 'label', kind: 'text', nullable: true },
  ],
};

/** A column name reduced for matching: lower case, letters and digits only (`customer_id` ≡ `customerId`). */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The header columns that fill a field without a map: those named like the
 * field (compared by {@link columnKey}), else like one of its aliases — the
 * field's own name wins. More than one is ambiguous.
 *
 * @example
 * matchingColumns(CSV_FIELDS.subscriptions[1]!, ['id', 'customer_id']) //=> [1]
 * @throws never
 */
export function matchingColumns(field: CsvField, header: readonly string[]): number[] {
  for (const name of [field.name, ...(field.aliases ?? [])].map(columnKey)) {
    const found = header.flatMap((column, index) => (columnKey(column) === name ? [index] : []));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The column each field of a section takes without a map (fields with one
 * unambiguous match), e.g. to prefill a column-mapping form.
 *
 * @example
 * suggestCsvMapping('subscriptions', ['subscription_id', 'customer_id', 'monthly_amount'])
 * //=> { id: 'subscription_id', customerId: 'customer_id' }
 * @throws never
 */
export function suggestCsvMapping(section: CsvSection, header: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of CSV_FIELDS[section]) {
    const [column, ...others] = matchingColumns(field, header);
    const name = column === undefined ? undefined : header[column];
    if (name !== undefined && others.length === 0) out[field.name] = name;
  }
  return out;
}
