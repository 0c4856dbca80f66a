import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJsonFile, type ValidationIssue } from '@revkit/core';
import type { StripeExport } from '@revkit/import';

/** The Stripe lists an export holds, by the file-name prefix they are saved under. */
const LISTS = ['subscriptions', 'invoices', 'customers', 'prices'] as const;

/**
 * Reads the list responses saved in a folder — `subscriptions*.json`, and
 * optionally `invoices*.json`, `customers*.json`, `prices*.json`, each `{
 * "object": "list", "data": [...] }` as the API or the Stripe CLI prints it
 * (several pages of a list are several files, read in name order).
 *
 * @returns the export, or every problem (unreadable file, malformed JSON, not a list)
 * @example
 * await readStripeDir('stripe-export') //=> { subscriptions: [...], invoices: [...] }
 * @throws never
 */
export async function readStripeDir(dir: string): Promise<StripeExport | ValidationIssue[]> {
  let names: string[];
  try {
    // Page order: subscriptions.json, subscriptions-2.json, … subscriptions-10.json.
    const stem = (name: string) => name.replace(/\.json$/, '');
    names = (await readdir(dir)).sort((a, b) => stem(a).localeCompare(stem(b), 'en', { numeric: true }));
  } catch (error) {
    return [{ path: dir, message: `cannot read the folder: ${(error as Error).message}` }];
  }
  const issues: ValidationIssue[] = [];
  const lists: Partial<Record<(typeof LISTS)[number], unknown[]>> = {};
  for (const list of LISTS) {
    for (const name of names.filter((file) => file.startsWith(list) && file.endsWith('.json'))) {
      const path = join(dir, name);
      let content: Uint8Array;
      try {
        content = await readFile(path);
      } catch (error) {
        issues.push({ path, message: `cannot read the file: ${(error as Error).message}` });
        continue;
      }
      const parsed = parseJsonFile(content, name);
      if (!parsed.ok) {
        issues.push({ path, message: parsed.issue.message });
        continue;
      }
      const { json } = parsed;
      const data = Array.isArray(json) ? json : listData(json);
      if (data === null) {
        issues.push({ path, message: 'must be a Stripe list: { "object": "list", "data": [ … ] }' });
        continue;
      }
      const items = (lists[list] ??= []);
      for (const item of data) items.push(item);
    }
  }
  if (lists.subscriptions === undefined) issues.push({ path: dir, message: 'has no subscriptions*.json (save `stripe subscriptions list --status=all` there)' });
  if (issues.length > 0) return issues;
  return lists as unknown as StripeExport;
}

function listData(json: unknown): unknown[] | null {
  if (json === null || typeof json !== 'object') return null;
  const { object, data } = json as { object?: unknown; data?: unknown };
  return object === 'list' && Array.isArray(data) ? data : null;
}

/** Where the Stripe SDK sends its requests; the default is Stripe's own API. */
export interface StripeEndpoint {
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

/**
 * Fetches every subscription (`status=all`, discounts and their coupons
 * expanded), invoice (all their lines), customer and price through the
 * official `stripe` SDK with auto-pagination.
 *
 * @example
 * await fetchStripeExport(process.env.STRIPE_API_KEY!) //=> { subscriptions: [...], invoices: [...], ... }
 * @throws {Error} the SDK's error when a request fails (bad key, network)
 */
export async function fetchStripeExport(apiKey: string, endpoint: StripeEndpoint = {}): Promise<StripeExport> {
  const { default: Stripe } = await import('stripe');
  const stripe = new Stripe(apiKey, { ...endpoint, maxNetworkRetries: 2, appInfo: { name: 'revkit' } });
  const subscriptions = await every(stripe.subscriptions.list({ status: 'all', limit: 100, expand: ['data.discounts', 'data.discounts.source.coupon'] }));
  const invoices = await every(stripe.invoices.list({ limit: 100 }));
  for (const invoice of invoices) {
    if (invoice.lines.has_more && invoice.id) {
      invoice.lines.data = await every(stripe.invoices.listLineItems(invoice.id, { limit: 100 }));
      invoice.lines.has_more = false;
    }
  }
  const customers = await every(stripe.customers.list({ limit: 100 }));
  const prices = await every(stripe.prices.list({ limit: 100, expand: ['data.tiers'] }));
  return { subscriptions, invoices, customers, prices } as unknown as StripeExport;
}

/** Every item of a list, page after page (the SDK's auto-pagination; its toArray caps at 10 000). */
async function every<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}
