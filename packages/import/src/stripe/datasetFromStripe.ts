import { isRevkitValidationError, RevkitValidationError, validateDataset, type Dataset, type Subscription, type ValidationIssue } from '@revkit/core';
import type { ImportResult } from '../types.js';
import { readDiscounts, type ActiveDiscount } from './discounts.js';
import { Exact } from './money.js';
import { billedUnits, readPrice, tieredTotal, type RecurringPrice } from './price.js';
import type { StripeExport, StripeImportOptions, StripeInvoiceLine, StripePriceLike, StripeSubscription, StripeSubscriptionItem } from './types.js';

/** A price and quantity of one subscription item over a span of time. */
interface ItemSpan {
  itemId: string;
  price: RecurringPrice;
  quantity: number;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive; `null` while ongoing. */
  to: number | null;
  /** Discounts of the item itself (applied before the subscription's). */
  discounts: ActiveDiscount[];
}

/** Statuses whose subscriptions count for MRR (`unpaid` unless excluded). */
const COUNTED = new Set(['active', 'trialing', 'past_due', 'unpaid', 'canceled']);

/**
 * Turns Stripe API objects (as the API or the Stripe CLI lists them) into a
 * revkit dataset. Each subscription item becomes dataset subscriptions:
 * its price per interval (tiers computed for the quantity), from the
 * subscription's start — or the end of its trial — to its end or scheduled
 * cancellation, lowered by its `forever` and `repeating` coupons while they
 * apply. With `invoices`, price and quantity changes are rebuilt from the
 * invoice lines' periods. Every convention is in `docs/import-stripe.md`.
 *
 * @example
 * const { dataset, warnings } = datasetFromStripe({ subscriptions, invoices }, { currency: 'EUR', fxRates: { USD: '0.92' } })
 * buildReport(dataset, { from: '2024-01', to: '2024-12' })
 * @throws {RevkitValidationError} listing every problem (a price in another currency without an fx rate, an unknown price…), each naming its subscription
 * @throws {TypeError} when `options` is not an object, from untyped JavaScript (`datasetFromStripe: options must be …`)
 */
export function datasetFromStripe(input: StripeExport, options: StripeImportOptions): ImportResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`datasetFromStripe: options must be an object with the dataset's currency ({ currency: 'EUR' }), got ${options === null ? 'null' : typeof options}`);
  }
  const issues: ValidationIssue[] = [];
  const warnings: string[] = [];
  const currency = options.currency;
  const fxRates = options.fxRates ?? {};
  const subscriptionsIn = asArray(input?.subscriptions);
  if (!Array.isArray(input?.subscriptions)) issues.push({ path: 'subscriptions', message: 'must be a list of Stripe subscriptions' });

  const prices = collectPrices(input);
  const linesBySubscription = input.invoices === undefined ? null : collectInvoiceLines(input, warnings);
  if (linesBySubscription === null && subscriptionsIn.length > 0) {
    warnings.push('no invoices given: each subscription\'s current items (price and quantity) are used over its whole life; give invoices to rebuild plan changes over time');
  }
  const customerIds = Array.isArray(input.customers) ? new Set(input.customers.map((customer) => customer?.id)) : null;

  const skipped: Record<string, string[]> = {};
  const out: Subscription[] = [];
  const reportedPrices = new Set<string>();
  for (const [index, sub] of subscriptionsIn.entries()) {
    const label = sub && typeof sub.id === 'string' ? sub.id : `subscriptions[${index}]`;
    const errors: string[] = [];
    try {
      const status = typeof sub.status === 'string' ? sub.status : 'unknown';
      if (status === 'incomplete' || status === 'incomplete_expired' || (status === 'unpaid' && options.excludeUnpaid)) {
        (skipped[status] ??= []).push(label);
        continue;
      }
      if (status === 'paused') {
        warnings.push(`${label}: paused (its trial ended without a payment method): no MRR`);
        continue;
      }
      if (!COUNTED.has(status)) warnings.push(`${label}: unknown status ${JSON.stringify(status)}, counted like active`);
      const customerId = typeof sub.customer === 'string' ? sub.customer : sub.customer?.id;
      if (typeof customerId !== 'string') {
        errors.push('has no customer');
        continue;
      }
      if (customerIds && !customerIds.has(customerId)) warnings.push(`${label}: customer ${customerId} is not in the customers list`);
      const life = mrrLife(sub, errors);
      if (life === null) continue;
      if (life.end !== null && life.end <= life.start) {
        (skipped['no paid time'] ??= []).push(label);
        continue;
      }

      const priceWarning = (message: string) => {
        if (!reportedPrices.has(message)) warnings.push(`${label}: ${message}`);
        reportedPrices.add(message);
      };
      const items: StripeSubscriptionItem[] = Array.isArray(sub.items?.data) ? sub.items.data : [];
      const itemDiscounts = new Map(items.map((item) => [item.id, readDiscounts(`${label} item ${item.id}`, item.discounts, null, warnings, errors)]));
      const current: ItemSpan[] = [];
      for (const item of items) {
        const source = item.price ?? item.plan;
        if (!source) {
          errors.push(`item ${item.id} has no price or plan`);
          continue;
        }
        const quantity = item.quantity ?? 1;
        if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity < 0) {
          errors.push(`item ${item.id}: quantity must be a number ≥ 0, got ${JSON.stringify(quantity)}`);
          continue;
        }
        const price = resolvePrice(source, prices, errors, priceWarning);
        if (price === null) continue;
        current.push({ itemId: item.id, price, quantity, from: life.start, to: life.end, discounts: itemDiscounts.get(item.id) ?? [] });
      }
      let spans = current;
      const lines = linesBySubscription?.get(sub.id);
      if (linesBySubscription !== null) {
        if (lines === undefined || lines.length === 0) {
          warnings.push(`${label}: no invoice lines, so its current items are used over its whole life`);
        } else {
          spans = spansFromInvoices(label, lines, items, current, life, prices, errors, priceWarning, warnings);
          for (const span of spans) span.discounts = itemDiscounts.get(span.itemId) ?? [];
        }
      }
      const discounts = readDiscounts(label, sub.discounts, sub.discount, warnings, errors);
      for (const span of spans) {
        if (span.price.currency !== currency && !Object.hasOwn(fxRates, span.price.currency)) {
          errors.push(`price ${span.price.id} is in ${span.price.currency}: give its fx rate into ${currency} (--fx ${span.price.currency}=RATE)`);
        }
      }
      for (const discount of discounts) {
        if ('amount' in discount.off && spans.some((span) => span.price.currency !== (discount.off as { currency: string }).currency)) {
          errors.push(`discount ${discount.id} is an amount off in ${discount.off.currency}, not the prices' currency`);
        }
      }
      if (errors.length === 0) out.push(...datasetLines(customerId, spans, discounts, currency));
    } catch (error) {
      // Objects that are not shaped like Stripe's are named, never a stack trace.
      errors.push(`not understood as a Stripe subscription (${(error as Error).message})`);
    } finally {
      for (const message of errors) issues.push({ path: label, message });
    }
  }
  for (const [reason, ids] of Object.entries(skipped)) {
    const why = reason === 'no paid time' ? 'ended before its trial or at its start, so never paid' : `status ${reason}, not counted`;
    warnings.push(`${ids.length} subscription${ids.length === 1 ? '' : 's'} left out (${why}): ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`);
  }
  if (issues.length > 0) throw new RevkitValidationError(issues);

  const dataset: Dataset = { currency, ...(options.fxRates === undefined ? {} : { fxRates: options.fxRates }), subscriptions: out };
  try {
    validateDataset(dataset);
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    throw new RevkitValidationError(
      error.issues.map((issue) => {
        const match = /^subscriptions\[(\d+)\]/.exec(issue.path);
        const line = match ? out[Number(match[1])] : undefined;
        if (issue.path === 'currency') return { path: '--currency', message: issue.message };
        if (issue.path.startsWith('fxRates.')) return { path: `--fx ${issue.path.slice(8)}`, message: issue.message };
        return line ? { path: `${line.id} (${issue.path})`, message: issue.message } : issue;
      }),
    );
  }
  return { dataset, warnings };
}

/** Every price and plan known by id: given prices, the items' and the invoice lines' expanded ones. */
function collectPrices(input: StripeExport): Map<string, StripePriceLike> {
  const prices = new Map<string, StripePriceLike>();
  const add = (price: unknown) => {
    if (price && typeof price === 'object' && typeof (price as { id?: unknown }).id === 'string') prices.set((price as { id: string }).id, price as StripePriceLike);
  };
  for (const sub of asArray(input.subscriptions)) {
    for (const item of asArray(sub?.items?.data)) add(item?.price ?? item?.plan);
  }
  for (const invoice of asArray(input.invoices)) {
    for (const line of asArray(invoice?.lines?.data)) add(line?.pricing?.price_details?.price ?? line?.price ?? line?.plan);
  }
  // Listed prices last: they win, since a price nested in an item lacks its tiers unless expanded.
  for (const price of asArray(input.prices)) add(price);
  return prices;
}

/** An invoice line of a subscription item, reduced to what history needs. */
interface ItemLine {
  itemId: string;
  price: string | StripePriceLike;
  quantity: number;
  from: number;
  to: number;
  /** A credit for unused time on the old price: the old state ended at `from`. */
  credit: boolean;
  proration: boolean;
}

/** The subscription-item lines of every invoice that is not void or draft, by subscription id. */
function collectInvoiceLines(input: StripeExport, warnings: string[]): Map<string, ItemLine[]> {
  const bySubscription = new Map<string, ItemLine[]>();
  for (const invoice of asArray(input.invoices)) {
    if (!invoice || invoice.status === 'void' || invoice.status === 'draft') continue;
    if (invoice.lines?.has_more) warnings.push(`invoice ${invoice.id}: only its first page of lines is in the export`);
    for (const line of asArray(invoice.lines?.data)) {
      const read = readLine(line);
      if (read === null) continue;
      const list = bySubscription.get(read.subscription) ?? [];
      list.push(read.line);
      bySubscription.set(read.subscription, list);
    }
  }
  return bySubscription;
}

function readLine(line: StripeInvoiceLine): { subscription: string; line: ItemLine } | null {
  const details = line?.parent?.subscription_item_details;
  const subscription = details?.subscription ?? (typeof line?.subscription === 'string' ? line.subscription : line?.subscription?.id);
  const itemId = details?.subscription_item ?? line?.subscription_item;
  const price = line?.pricing?.price_details?.price ?? line?.price ?? line?.plan;
  const period = line?.period;
  if (typeof subscription !== 'string' || typeof itemId !== 'string' || !price || typeof period?.start !== 'number' || typeof period.end !== 'number') return null;
  return {
    subscription,
    line: {
      itemId,
      price,
      quantity: typeof line.quantity === 'number' ? line.quantity : 1,
      from: period.start * 1000,
      to: period.end * 1000,
      credit: typeof line.amount === 'number' && line.amount < 0,
      proration: Boolean(details?.proration ?? line.proration),
    },
  };
}

/** A price by object or id, read; `null` (with an error or a warning) when it gives no MRR. */
function resolvePrice(
  source: string | StripePriceLike,
  prices: ReadonlyMap<string, StripePriceLike>,
  errors: string[],
  warn: (message: string) => void,
): RecurringPrice | null {
  const object =
    typeof source === 'string' ? prices.get(source) : source.billing_scheme === 'tiered' && !Array.isArray(source.tiers) ? (prices.get(source.id) ?? source) : source;
  if (object === undefined) {
    errors.push(`price ${String(source)} is named by id only and is not in the export (add prices*.json, or expand it)`);
    return null;
  }
  const read = readPrice(object);
  if ('error' in read) errors.push(read.error);
  else if ('warning' in read) warn(read.warning);
  else return read;
  return null;
}

/** When MRR starts (start, or the trial's end) and ends (ended, or the scheduled cancellation). */
function mrrLife(sub: StripeSubscription, errors: string[]): { start: number; end: number | null } | null {
  if (typeof sub.start_date !== 'number') {
    errors.push('has no start_date');
    return null;
  }
  const trialEnd = typeof sub.trial_end === 'number' ? sub.trial_end : 0;
  const start = Math.max(sub.start_date, trialEnd) * 1000;
  let end: number | null = null;
  if (typeof sub.ended_at === 'number') end = sub.ended_at;
  else if (typeof sub.cancel_at === 'number') end = sub.cancel_at;
  else if (sub.cancel_at_period_end) {
    const periodEnds = (sub.items?.data ?? []).map((item) => item.current_period_end).filter((value) => typeof value === 'number');
    const periodEnd = typeof sub.current_period_end === 'number' ? sub.current_period_end : periodEnds.length > 0 ? Math.max(...(periodEnds as number[])) : null;
    if (periodEnd === null) {
      errors.push('cancels at period end but has no current_period_end');
      return null;
    }
    end = periodEnd;
  } else if (sub.status === 'canceled') {
    if (typeof sub.canceled_at !== 'number') {
      errors.push('is canceled but has neither ended_at nor canceled_at');
      return null;
    }
    end = sub.canceled_at;
  }
  return { start, end: end === null ? null : end * 1000 };
}

/**
 * The item spans of a subscription rebuilt from its invoice lines: each
 * line prices its item over its period; a credit line (unused time on an
 * old price) ends the old state at its start; a span runs until the item's
 * next line starts; an item still on the subscription runs to its end, else
 * it stops where its last line stops. Spans are clipped to the MRR life.
 */
function spansFromInvoices(
  label: string,
  lines: readonly ItemLine[],
  items: StripeSubscription['items']['data'],
  current: readonly ItemSpan[],
  life: { start: number; end: number | null },
  prices: ReadonlyMap<string, StripePriceLike>,
  errors: string[],
  warn: (message: string) => void,
  warnings: string[],
): ItemSpan[] {
  const byItem = new Map<string, ItemLine[]>();
  for (const line of lines) byItem.set(line.itemId, [...(byItem.get(line.itemId) ?? []), line]);
  const currentIds = new Set(items.map((item) => item.id));
  const spans: ItemSpan[] = [];
  for (const [itemId, itemLines] of byItem) {
    const charges = itemLines.filter((line) => !line.credit).sort((a, b) => a.from - b.from || Number(a.proration) - Number(b.proration));
    const credits = itemLines.filter((line) => line.credit).map((line) => line.from);
    for (const [index, line] of charges.entries()) {
      const price = resolvePrice(line.price, prices, errors, warn);
      if (price === null) continue;
      const next = charges[index + 1];
      // The state lasts until the next charge, unless a credit (a removal or change) ends it before.
      const cut = credits.filter((at) => at > line.from && (next === undefined || at < next.from)).sort((a, b) => a - b)[0];
      let to: number | null = cut ?? next?.from ?? (currentIds.has(itemId) ? life.end : line.to);
      if (cut === undefined && next === undefined && currentIds.has(itemId)) to = life.end;
      spans.push({ itemId, price, quantity: line.quantity, from: line.from, to, discounts: [] });
    }
  }
  // Items on the subscription today that no invoice has billed yet start when they were created.
  for (const span of current) {
    if (!byItem.has(span.itemId)) {
      const created = items.find((item) => item.id === span.itemId)?.created;
      spans.push({ ...span, from: typeof created === 'number' ? Math.max(created * 1000, life.start) : life.start });
    }
  }
  const first = Math.min(...spans.map((span) => span.from));
  if (spans.length > 0 && first > life.start) {
    warnings.push(`${label}: its invoices start on ${isoInstant(first)}, after its start: the first invoiced items are used from ${isoInstant(life.start)}`);
    for (const span of spans) if (span.from === first) span.from = life.start;
  }
  return spans
    .map((span) => ({
      ...span,
      from: Math.max(span.from, life.start),
      to: span.to === null ? life.end : life.end === null ? span.to : Math.min(span.to, life.end),
    }))
    .filter((span) => span.to === null || span.to > span.from);
}

/** One dataset line's priced values over an elementary span. */
interface Priced {
  amount: Exact;
  quantity: number;
  discount: Exact;
}

/**
 * Dataset subscriptions of one Stripe subscription: its item spans cut at
 * every instant a discount starts or ends, each piece priced with the
 * discounts active then, and consecutive pieces of an item with the same
 * values merged. Percentages go to `discount`; an amount off (per invoice)
 * is taken from the items in order and the reduced total becomes `amount`
 * with quantity 1.
 */
function datasetLines(customerId: string, spans: readonly ItemSpan[], discounts: readonly ActiveDiscount[], currency: string): Subscription[] {
  const cuts = new Set<number>();
  for (const span of spans) {
    cuts.add(span.from);
    if (span.to !== null) cuts.add(span.to);
    for (const discount of [...span.discounts, ...discounts]) {
      cuts.add(discount.from);
      if (discount.to !== null) cuts.add(discount.to);
    }
  }
  const instants = [...cuts].sort((a, b) => a - b);
  const itemIds = [...new Set(spans.map((span) => span.itemId))];
  const out: Subscription[] = [];
  /** Per item, the dataset line still running and what it is worth, to extend it while nothing changes. */
  const open = new Map<string, { line: Subscription; key: string }>();
  for (const [k, at] of instants.entries()) {
    const until = instants[k + 1] ?? null;
    // One span per item at a time (the first that covers the instant).
    const active = itemIds.flatMap((itemId) => spans.find((span) => span.itemId === itemId && span.from <= at && (span.to === null || span.to > at)) ?? []);
    const priced = priceAt(active, discounts, at);
    for (const itemId of itemIds) {
      const span = active.find((candidate) => candidate.itemId === itemId);
      const value = span && priced.get(span);
      const previous = open.get(itemId);
      const key = span && value ? [span.price.currency, span.price.interval, span.price.intervalCount, value.amount.toFixed(), value.quantity, value.discount.toFixed()].join('|') : '';
      if (previous && previous.key === key) {
        previous.line.end = until === null ? null : isoInstant(until);
        continue;
      }
      open.delete(itemId);
      if (!span || !value) continue;
      const count = out.filter((line) => line.id === itemId || line.id.startsWith(`${itemId}#`)).length + 1;
      const line: Subscription = {
        id: count === 1 ? itemId : `${itemId}#${count}`,
        customerId,
        start: isoInstant(at),
        end: until === null ? null : isoInstant(until),
        amount: value.amount.toFixed(),
        interval: span.price.interval,
      };
      if (span.price.intervalCount !== 1) line.intervalCount = span.price.intervalCount;
      if (value.quantity !== 1) line.quantity = value.quantity;
      if (!value.discount.isZero()) line.discount = value.discount.toFixed();
      if (span.price.currency !== currency) line.currency = span.price.currency;
      out.push(line);
      open.set(itemId, { line, key });
    }
  }
  return out;
}

/** The priced values of every span active at an instant. */
function priceAt(active: readonly ItemSpan[], discounts: readonly ActiveDiscount[], at: number): Map<ItemSpan, Priced> {
  const applies = (discount: ActiveDiscount) => discount.from <= at && (discount.to === null || discount.to > at);
  const rows = active.map((span) => {
    const units = billedUnits(span.price, span.quantity);
    const { tiers, unit: unitAmount } = span.price;
    const unit = tiers !== null ? tieredTotal(tiers, units) : unitAmount;
    // readPrice gives a price tiers or a unit amount, never neither.
    if (unit === null) throw new TypeError(`datasetFromStripe: price ${span.price.id} has neither tiers nor a unit amount`);
    const quantity = tiers !== null ? 1 : units;
    return { span, unit, quantity, total: unit.mul(quantity), keep: new Exact(1), amountOff: false };
  });
  const percent = (row: (typeof rows)[number], fraction: Exact) => {
    row.keep = row.keep.mul(new Exact(1).sub(fraction));
    row.total = row.total.mul(new Exact(1).sub(fraction));
  };
  const amountOff = (targets: typeof rows, amount: Exact) => {
    let left = amount;
    for (const row of targets) {
      const taken = Exact.min(left, row.total);
      row.total = row.total.sub(taken);
      row.amountOff = true;
      left = left.sub(taken);
    }
  };
  for (const row of rows) {
    for (const discount of row.span.discounts.filter(applies)) {
      if ('percent' in discount.off) percent(row, discount.off.percent);
      else amountOff([row], discount.off.amount);
    }
  }
  for (const discount of discounts.filter(applies)) {
    if ('percent' in discount.off) for (const row of rows) percent(row, discount.off.percent);
    else amountOff(rows, discount.off.amount);
  }
  return new Map(
    rows.map((row) => [
      row.span,
      row.amountOff
        ? { amount: row.total, quantity: 1, discount: new Exact(0) }
        : { amount: row.unit, quantity: row.quantity, discount: new Exact(1).sub(row.keep) },
    ]),
  );
}

/** The items of what should be a list; anything else (a malformed export) is an empty list. */
function asArray<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** An epoch-ms instant as ISO 8601 UTC without milliseconds when they are zero. */
function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}
