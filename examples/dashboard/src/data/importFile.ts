import { isRevkitValidationError, type Dataset, type ValidationIssue } from '@revkit/core';
import { datasetFromCsv, datasetFromStripe, parseCsv, type StripeSubscription } from '@revkit/import';

/**
 * What a chosen file is: a dataset (JSON, handed on as is), a CSV of
 * subscriptions (its columns need mapping first), or a Stripe
 * subscriptions list (converted at once).
 */
export type ImportedFile =
  | { kind: 'dataset'; name: string; text: string }
  | { kind: 'csv'; name: string; text: string; header: string[]; rows: string[][] }
  | { kind: 'converted'; name: string; text: string; warnings: string[] }
  | { kind: 'rejected'; name: string; issues: ValidationIssue[] };

/** How many rows of a CSV the mapping step shows. */
export const PREVIEW_ROWS = 5;

/**
 * Sorts a chosen file: a `.csv` name (or `text/csv`) is a CSV of
 * subscriptions; JSON that is a Stripe list of subscriptions (`{ "object":
 * "list", "data": [{ "object": "subscription", … }] }`, as the API or the
 * Stripe CLI prints it) is converted by `@revkit/import`; anything else is
 * a dataset for the usual loader (which names its problems).
 */
export function sortFile(name: string, text: string, type = ''): ImportedFile {
  if (/\.(csv|tsv|txt)$/i.test(name) || type === 'text/csv') {
    const table = parseCsv({ name, text });
    if (Array.isArray(table)) return { kind: 'rejected', name, issues: table };
    return { kind: 'csv', name, text, header: table.header, rows: table.rows.slice(0, PREVIEW_ROWS) };
  }
  const subscriptions = stripeSubscriptions(text);
  if (subscriptions === null) return { kind: 'dataset', name, text };
  try {
    const { dataset, warnings } = datasetFromStripe({ subscriptions }, { currency: mainCurrency(subscriptions) });
    return { kind: 'converted', name, text: JSON.stringify(dataset), warnings };
  } catch (error) {
    if (isRevkitValidationError(error)) return { kind: 'rejected', name, issues: [...error.issues] };
    throw error;
  }
}

/** The subscriptions of a Stripe list response, or `null` when the text is not one. */
function stripeSubscriptions(text: string): StripeSubscription[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const data = Array.isArray(json) ? json : json && typeof json === 'object' && (json as { object?: unknown }).object === 'list' ? (json as { data?: unknown }).data : null;
  if (!Array.isArray(data) || data.length === 0) return null;
  return data.every((item) => item && typeof item === 'object' && (item as { object?: unknown }).object === 'subscription') ? (data as StripeSubscription[]) : null;
}

/**
 * The reporting currency of a Stripe export: its subscriptions' most common
 * currency. Prices in another currency need an fx rate, which a file
 * cannot carry: they are listed as problems naming their subscription.
 */
function mainCurrency(subscriptions: readonly StripeSubscription[]): string {
  const counts = new Map<string, number>();
  for (const sub of subscriptions) {
    const code = typeof sub.currency === 'string' ? sub.currency.toUpperCase() : null;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'USD';
}

/** The mapping a user chose for a CSV: a column or a constant per field, and the currency. */
export interface CsvChoice {
  currency: string;
  /** Field → column name. */
  map: Record<string, string>;
  /** Field → constant. */
  set: Record<string, string>;
}

/** Converts a CSV of subscriptions with the chosen mapping: dataset JSON, or every problem. */
export function convertCsv(name: string, text: string, choice: CsvChoice): { ok: true; text: string; warnings: string[] } | { ok: false; issues: ValidationIssue[] } {
  try {
    const { dataset, warnings }: { dataset: Dataset; warnings: string[] } = datasetFromCsv({ subscriptions: { name, text } }, choice);
    return { ok: true, text: JSON.stringify(dataset), warnings };
  } catch (error) {
    if (isRevkitValidationError(error)) return { ok: false, issues: [...error.issues] };
    throw error;
  }
}
