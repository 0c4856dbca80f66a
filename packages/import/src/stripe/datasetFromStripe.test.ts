import { readFileSync } from 'node:fs';
import { buildReport, formatIssue, isRevkitValidationError, type Subscription } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { datasetFromStripe } from './datasetFromStripe.js';
import type { StripeExport, StripeImportOptions, StripeSubscription } from './types.js';

/** The hand-written export in test/fixtures/stripe (two pages of subscriptions, invoices of one of them). */
const dir = new URL('../../../../test/fixtures/stripe/', import.meta.url);
const page = <T>(name: string): T[] => (JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { data: T[] }).data;
const fixture: StripeExport = {
  subscriptions: [...page<StripeSubscription>('subscriptions.json'), ...page<StripeSubscription>('subscriptions-2.json')],
  invoices: page('invoices.json'),
  customers: page('customers.json'),
  prices: page('prices.json'),
};
const OPTIONS: StripeImportOptions = { currency: 'EUR', fxRates: { USD: '0.5', JPY: '0.006' } };
const MONTHS = { from: '2024-01', to: '2024-08' };

const mrr = (input: StripeExport, options: StripeImportOptions = OPTIONS) =>
  buildReport(datasetFromStripe(input, options).dataset, MONTHS).mrr.map((row) => row.mrr);
const linesOf = (lines: readonly Subscription[] | undefined, prefix: string) => (lines ?? []).filter((line) => line.id.startsWith(prefix));

function problems(input: StripeExport, options: StripeImportOptions = OPTIONS): string[] {
  try {
    datasetFromStripe(input, options);
  } catch (error) {
    if (isRevkitValidationError(error)) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('datasetFromStripe on the hand-written export', () => {
  it('gives the MRR per month worked out by hand', () => {
    // Monthly amounts, Jan → Aug 2024 (EUR; 1 USD = 0.5, 1 JPY = 0.006):
    //  sub_basic       49.90 × 2                                     99.80 from Jan
    //  sub_trial       20, trial to Feb 10                            0 in Jan, 20 from Feb
    //  sub_annual_usd  1200 USD/year = 100 USD = 50, ended May 20     50 Jan–Apr
    //  sub_graduated   5×10 + 2×8 + 20 flat = 86, cancels at period end Apr 1   86 Feb–Mar
    //  sub_volume_jpy  12 × ¥800 + ¥5000 = ¥14 600 × 0.006 = 87.60   from Mar
    //  sub_incomplete  never counts
    //  sub_unpaid      10 (unpaid still counts)                       10 from Jan
    //  sub_legacy_plan plan 30 per 3 months = 10, 50 % forever (discount and discounts[] are one)   5
    //  sub_repeating   100, 25 % for 3 months from Jan 1              75 Jan–Mar, 100 from Apr
    //  sub_amount_off  50 + 2 × 20 − 15 off forever (the once coupon changes nothing)   75 from Feb
    //  sub_metered     metered item skipped, seat 15                  15 from Jan
    //  sub_upgrade     invoices: basic ×1 Jan–Feb (20), ×2 in Mar (40), pro ×3 from Apr 15 (150)
    // Jan = 99.8 + 50 + 10 + 5 + 75 + 15 + 20                                  = 274.80
    // Feb = 99.8 + 20 + 50 + 86 + 10 + 5 + 75 + 75 + 15 + 20                    = 455.80
    // Mar = 99.8 + 20 + 50 + 86 + 87.6 + 10 + 5 + 75 + 75 + 15 + 40             = 563.40
    // Apr = 99.8 + 20 + 50 + 87.6 + 10 + 5 + 100 + 75 + 15 + 150                = 612.40
    // May… = 99.8 + 20 + 87.6 + 10 + 5 + 100 + 75 + 15 + 150                    = 562.40
    expect(mrr(fixture)).toEqual([274.8, 455.8, 563.4, 612.4, 562.4, 562.4, 562.4, 562.4]);
  });

  it('rebuilds the plan changes of a subscription from its invoice lines', () => {
    const { dataset } = datasetFromStripe(fixture, OPTIONS);
    expect(linesOf(dataset.subscriptions, 'si_K1')).toEqual([
      { id: 'si_K1', customerId: 'cus_K', start: '2024-01-01T00:00:00Z', end: '2024-03-01T00:00:00Z', amount: '20', interval: 'month' },
      { id: 'si_K1#2', customerId: 'cus_K', start: '2024-03-01T00:00:00Z', end: '2024-04-15T00:00:00Z', amount: '20', interval: 'month', quantity: 2 },
      { id: 'si_K1#3', customerId: 'cus_K', start: '2024-04-15T00:00:00Z', end: null, amount: '50', interval: 'month', quantity: 3 },
    ]);
  });

  it('splits a line where a repeating coupon ends, and counts a legacy discount once', () => {
    const { dataset } = datasetFromStripe(fixture, OPTIONS);
    expect(linesOf(dataset.subscriptions, 'si_H1')).toEqual([
      { id: 'si_H1', customerId: 'cus_H', start: '2024-01-01T00:00:00Z', end: '2024-04-01T00:00:00Z', amount: '100', interval: 'month', discount: '0.25' },
      { id: 'si_H1#2', customerId: 'cus_H', start: '2024-04-01T00:00:00Z', end: null, amount: '100', interval: 'month' },
    ]);
    expect(linesOf(dataset.subscriptions, 'si_G1')).toEqual([
      { id: 'si_G1', customerId: 'cus_G', start: '2024-01-01T00:00:00Z', end: null, amount: '30', interval: 'month', intervalCount: 3, discount: '0.5' },
    ]);
  });

  it('takes an amount off from the items in order, as a reduced amount', () => {
    const { dataset } = datasetFromStripe(fixture, OPTIONS);
    // 50 − 15 on the first item; the add-on keeps its 2 × 20 as one amount (quantity 1 is left out, the default).
    expect(linesOf(dataset.subscriptions, 'si_I').map((line) => [line.id, line.amount, line.quantity ?? 1, line.discount ?? 0])).toEqual([
      ['si_I1', '35', 1, 0],
      ['si_I2', '40', 1, 0],
    ]);
  });

  it('keeps foreign prices in their currency with the dataset fx rates, zero-decimal JPY included', () => {
    const { dataset } = datasetFromStripe(fixture, OPTIONS);
    expect(dataset.fxRates).toEqual({ USD: '0.5', JPY: '0.006' });
    expect(linesOf(dataset.subscriptions, 'si_C1')).toEqual([
      { id: 'si_C1', customerId: 'cus_C', start: '2024-01-15T00:00:00Z', end: '2024-05-20T00:00:00Z', amount: '1200', interval: 'year', currency: 'USD' },
    ]);
    expect(linesOf(dataset.subscriptions, 'si_E1')).toMatchObject([{ amount: '14600', currency: 'JPY' }]);
    expect(linesOf(dataset.subscriptions, 'si_E1')[0]).not.toHaveProperty('quantity');
  });

  it('says what it skipped and which conventions it applied', () => {
    const { warnings } = datasetFromStripe(fixture, OPTIONS);
    expect(warnings).toContain('sub_metered: price price_api_calls is metered (usage-based): not MRR, skipped');
    expect(warnings).toContain('1 subscription left out (status incomplete, not counted): sub_incomplete');
    expect(warnings).toContain('sub_basic: no invoice lines, so its current items are used over its whole life');
  });

  it('uses the current items over the whole life without invoices, and says so', () => {
    const withoutInvoices: StripeExport = { ...fixture, invoices: undefined };
    const result = datasetFromStripe(withoutInvoices, OPTIONS);
    expect(result.warnings[0]).toMatch(/^no invoices given: each subscription's current items/);
    // sub_upgrade is pro × 3 = 150 from January: +130 in Jan–Feb, +110 in Mar, as before from Apr.
    expect(mrr(withoutInvoices)).toEqual([404.8, 585.8, 673.4, 612.4, 562.4, 562.4, 562.4, 562.4]);
  });

  it('leaves unpaid subscriptions out on request', () => {
    expect(mrr(fixture, { ...OPTIONS, excludeUnpaid: true })).toEqual([264.8, 445.8, 553.4, 602.4, 552.4, 552.4, 552.4, 552.4]);
  });

  it('names the subscription whose price needs a missing fx rate', () => {
    expect(problems(fixture, { currency: 'EUR', fxRates: { USD: '0.5' } })).toEqual([
      'sub_volume_jpy: price price_volume_jpy is in JPY: give its fx rate into EUR (--fx JPY=RATE)',
    ]);
  });
});

describe('datasetFromStripe rules one by one', () => {
  const at = (iso: string) => Date.parse(iso) / 1000;
  const price = { id: 'price_m', object: 'price', currency: 'usd', billing_scheme: 'per_unit', unit_amount: 1000, unit_amount_decimal: '1000', recurring: { interval: 'month', interval_count: 1, usage_type: 'licensed' } };
  const subscription = (fields: Record<string, unknown>, items: unknown[] = [{ id: 'si_1', object: 'subscription_item', price, quantity: 1 }]) =>
    ({ id: 'sub_1', object: 'subscription', customer: { id: 'cus_1' }, status: 'active', start_date: at('2024-01-01'), items: { data: items }, ...fields }) as unknown as StripeSubscription;
  const only = (sub: StripeSubscription, options: StripeImportOptions = { currency: 'USD' }) =>
    datasetFromStripe({ subscriptions: [sub], invoices: [] }, options).dataset.subscriptions;

  it('ends at cancel_at when a cancellation is scheduled', () => {
    expect(only(subscription({ cancel_at: at('2024-03-10') }))).toMatchObject([{ start: '2024-01-01T00:00:00Z', end: '2024-03-10T00:00:00Z' }]);
  });

  it('reads unit_amount_decimal exactly, sub-cent prices included', () => {
    const decimalPrice = { ...price, unit_amount: null, unit_amount_decimal: '12.3456' };
    expect(only(subscription({}, [{ id: 'si_1', price: decimalPrice, quantity: 1000 }]))).toMatchObject([{ amount: '0.123456', quantity: 1000 }]);
  });

  it('bills package prices per transform_quantity', () => {
    const packagePrice = { ...price, transform_quantity: { divide_by: 10, round: 'up' } };
    expect(only(subscription({}, [{ id: 'si_1', price: packagePrice, quantity: 21 }]))).toMatchObject([{ amount: '10', quantity: 3 }]);
  });

  it('prices a volume tier with quantity 0 at nothing', () => {
    const volume = { ...price, billing_scheme: 'tiered', tiers_mode: 'volume', unit_amount: null, unit_amount_decimal: null, tiers: [{ up_to: null, unit_amount: 100, flat_amount: 500 }] };
    expect(only(subscription({}, [{ id: 'si_1', price: volume, quantity: 0 }]))).toMatchObject([{ amount: '0' }]);
  });

  it('reads legacy invoice lines (price, subscription_item and proration on the line)', () => {
    const legacyLine = (id: string, quantity: number, start: string, end: string, amount: number, proration = false) => ({
      id, object: 'line_item', amount, subscription: 'sub_1', subscription_item: 'si_1', proration, price, quantity, period: { start: at(start), end: at(end) }, type: 'subscription',
    });
    const invoices = [
      { id: 'in_1', status: 'paid', lines: { data: [legacyLine('il_1', 1, '2024-01-01', '2024-02-01', 1000)] } },
      { id: 'in_2', status: 'paid', lines: { data: [legacyLine('il_2', 1, '2024-02-10', '2024-03-01', -600, true), legacyLine('il_3', 4, '2024-02-10', '2024-03-01', 2400, true)] } },
      { id: 'in_void', status: 'void', lines: { data: [legacyLine('il_4', 9, '2024-01-01', '2024-02-01', 9000)] } },
    ] as unknown as StripeExport['invoices'];
    const result = datasetFromStripe({ subscriptions: [subscription({}, [{ id: 'si_1', price, quantity: 4 }])], invoices }, { currency: 'USD' });
    expect(result.dataset.subscriptions).toMatchObject([
      { id: 'si_1', start: '2024-01-01T00:00:00Z', end: '2024-02-10T00:00:00Z', amount: '10' },
      { id: 'si_1#2', start: '2024-02-10T00:00:00Z', end: null, amount: '10', quantity: 4 },
    ]);
  });

  it('treats a trial that ended with the subscription as never paid', () => {
    const result = datasetFromStripe({ subscriptions: [subscription({ trial_end: at('2024-01-15'), ended_at: at('2024-01-15'), status: 'canceled' })] }, { currency: 'USD' });
    expect(result.dataset.subscriptions).toEqual([]);
    expect(result.warnings).toContain('1 subscription left out (ended before its trial or at its start, so never paid): sub_1');
  });

  it('warns about a discount given by id only, and never counts a once coupon', () => {
    const once = { id: 'di_2', start: at('2024-01-01'), source: { coupon: { id: 'ONCE', duration: 'once', percent_off: 100 } } };
    const result = datasetFromStripe({ subscriptions: [subscription({ discounts: ['di_1', once] })] }, { currency: 'USD' });
    expect(result.dataset.subscriptions).toMatchObject([{ amount: '10' }]);
    expect(result.dataset.subscriptions?.[0]).not.toHaveProperty('discount');
    expect(result.warnings).toContain('sub_1: discount di_1 is not expanded, so it is ignored (list subscriptions with expand[]=data.discounts)');
  });

  it('reads a malformed invoice list as no lines, and names a bad quantity', () => {
    const invoices = [null, { id: 'in_1', status: 'paid', lines: { data: 'oops' } }] as unknown as StripeExport['invoices'];
    const result = datasetFromStripe({ subscriptions: [subscription({})], invoices }, { currency: 'USD' });
    expect(result.dataset.subscriptions).toMatchObject([{ id: 'si_1', amount: '10' }]);
    expect(result.warnings).toContain('sub_1: no invoice lines, so its current items are used over its whole life');
    expect(problems({ subscriptions: [subscription({}, [{ id: 'si_1', price, quantity: -2 }])] }, { currency: 'USD' })).toEqual([
      'sub_1: item si_1: quantity must be a number ≥ 0, got -2',
    ]);
  });

  it('reports objects that are not Stripe subscriptions instead of crashing', () => {
    const broken = [null, { id: 'sub_2', status: 'active', customer: 'cus_2', items: { data: [{ id: 'si_2', price: { id: 'p', currency: 'usd', recurring: { interval: 'fortnight' } } }] }, start_date: 1 }];
    expect(problems({ subscriptions: broken as unknown as StripeSubscription[] }, { currency: 'USD' })).toEqual([
      expect.stringMatching(/^subscriptions\[0\]: not understood as a Stripe subscription/),
      'sub_2: price p: unknown recurring interval "fortnight"',
    ]);
  });
});

describe('datasetFromStripe options', () => {
  it('without options (untyped JavaScript) throws a TypeError naming the function, not a bare property read', () => {
    expect(() => datasetFromStripe({ subscriptions: [] }, undefined as never)).toThrow(TypeError);
    expect(() => datasetFromStripe({ subscriptions: [] }, undefined as never)).toThrow(/^datasetFromStripe: options must be an object with the dataset's currency/);
  });
});
