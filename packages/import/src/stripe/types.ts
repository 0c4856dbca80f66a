import type Stripe from 'stripe';

/**
 * Fields older Stripe API versions return that the current types no longer
 * declare; an export made with such a version is read as well.
 */
interface LegacyDiscountFields {
  /** Before API 2025-xx a discount held its coupon here; now it is `source.coupon`. */
  coupon?: Stripe.Coupon | null;
}

/** A discount as any API version returns it (the coupon under `source.coupon` or, legacy, `coupon`). */
export type StripeDiscount = Omit<Stripe.Discount, 'source'> & { source?: { coupon?: string | Stripe.Coupon | null } | null } & LegacyDiscountFields;

/** A price or a legacy plan: an item has a `price`, or only a `plan` in very old API versions. */
export type StripePriceLike = Stripe.Price | Stripe.Plan;

/** A subscription item as any API version returns it. */
export type StripeSubscriptionItem = Omit<Stripe.SubscriptionItem, 'price' | 'plan' | 'discounts' | 'current_period_end'> & {
  price?: Stripe.Price | null;
  plan?: Stripe.Plan | null;
  discounts?: Array<string | StripeDiscount> | null;
  /** Since API 2025-03-31 the period is per item. */
  current_period_end?: number | null;
};

/** A subscription as any API version returns it, items included. */
export type StripeSubscription = Omit<Stripe.Subscription, 'items' | 'discounts' | 'customer'> & {
  customer: string | { id: string };
  items: { data: StripeSubscriptionItem[] };
  discounts?: Array<string | StripeDiscount> | null;
  /** Legacy single discount (API versions before `discounts`). */
  discount?: StripeDiscount | null;
  /** Legacy: the current period was on the subscription before API 2025-03-31. */
  current_period_end?: number | null;
};

/** An invoice line as any API version returns it. */
export type StripeInvoiceLine = Omit<Stripe.InvoiceLineItem, 'parent' | 'pricing' | 'subscription'> & {
  parent?: {
    subscription_item_details?: { subscription?: string | null; subscription_item?: string | null; proration?: boolean | null } | null;
  } | null;
  pricing?: { price_details?: { price?: string | Stripe.Price | null } | null } | null;
  subscription?: string | { id: string } | null;
  /** Legacy line fields (before API 2025-03-31). */
  subscription_item?: string | null;
  proration?: boolean | null;
  price?: Stripe.Price | null;
  plan?: Stripe.Plan | null;
};

/** An invoice as any API version returns it, lines included (the first page of them). */
export type StripeInvoice = Omit<Stripe.Invoice, 'lines'> & { lines: { data: StripeInvoiceLine[]; has_more?: boolean } };

/** What Stripe lists hold: the objects `datasetFromStripe` reads. */
export interface StripeExport {
  /** Every subscription (list with `status=all`), with `discounts` expanded. */
  subscriptions: readonly StripeSubscription[];
  /** Optional: invoices, whose lines rebuild plan changes over time. */
  invoices?: readonly StripeInvoice[];
  /** Optional: customers, to check every subscription's customer is known. */
  customers?: readonly Pick<Stripe.Customer, 'id'>[];
  /** Optional: prices, for invoice lines that name a price by id only (a price no subscription has today). */
  prices?: readonly StripePriceLike[];
}

/** How a Stripe export becomes a dataset. */
export interface StripeImportOptions {
  /** ISO 4217 reporting currency, e.g. `"EUR"`. */
  currency: string;
  /** Rates into the reporting currency for every other price currency: `{ USD: "0.92" }` means 1 USD = 0.92 of it. */
  fxRates?: Record<string, string | number>;
  /** Leave `unpaid` subscriptions out (by default they count, like `past_due`). */
  excludeUnpaid?: boolean;
}
