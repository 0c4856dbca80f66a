// One formatter set per (locale, currency), shared by visible values, axes,
// tooltips and screen-reader text so they can never disagree. Pure and
// server-safe: no hooks, no DOM.
import type { MetricUnitLike } from './units.js';

/** A value a chart may be handed: missing and non-finite values print as a dash, never `NaN`. */
export type MaybeNumber = number | null | undefined;

/** The formatters a {@link RevkitProvider} hands to every component. */
export interface Formatters {
  /** BCP 47 locale, e.g. `"fr-FR"`. */
  readonly locale: string;
  /** ISO 4217 currency code, e.g. `"EUR"`. */
  readonly currency: string;
  /** What a missing value prints as (`—`). */
  readonly missing: string;
  /** Full money, e.g. `$1,234.50`. */
  money(value: MaybeNumber): string;
  /** Compact money, e.g. `$1.2M` or `1,2 M€`. */
  moneyCompact(value: MaybeNumber): string;
  /** Compact money with its sign, e.g. `+$12.1K`, `-$3.4K`. */
  signedMoneyCompact(value: MaybeNumber): string;
  /** A fraction as a percentage: `0.042` → `4.2%`. */
  percent(value: MaybeNumber): string;
  /** A fraction as a signed percentage: `0.042` → `+4.2%`. */
  signedPercent(value: MaybeNumber): string;
  /** A count: `1234` → `1,234`. */
  count(value: MaybeNumber): string;
  /** A signed count: `3` → `+3`. */
  signedCount(value: MaybeNumber): string;
  /** A compact count: `12300` → `12K`. */
  countCompact(value: MaybeNumber): string;
  /** A duration in days: `12.5` → `12.5 days`. */
  days(value: MaybeNumber): string;
  /** A duration in months: `3` → `3 months`. */
  months(value: MaybeNumber): string;
  /** A plain score, e.g. NPS `42` or CES `5.3`. */
  score(value: MaybeNumber): string;
  /** A `YYYY-MM` month as a short label, e.g. `Mar 2024`; anything else is printed as given. */
  month(value: string): string;
  /** A `YYYY-MM` month as a long label, e.g. `March 2024`. */
  monthLong(value: string): string;
  /** Formats by unit; `compact` picks the compact money and count forms (axes, cards). */
  byUnit(unit: MetricUnitLike, value: MaybeNumber, options?: { compact?: boolean; signed?: boolean }): string;
}

const MISSING = '—';

/**
 * Compact forms past the largest unit print `4200.0T` without this option
 * (Intl.NumberFormat v3, in every engine revkit supports; not yet in the
 * ES2022 lib typings).
 */
const COMPACT = { notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger' } as Intl.NumberFormatOptions;
const cache = new Map<string, Formatters>();

function isFiniteNumber(value: MaybeNumber): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Wraps an Intl formatter so non-finite input prints the dash, and `-0` prints as `0`. */
function guarded(format: (value: number) => string): (value: MaybeNumber) => string {
  return (value) => (isFiniteNumber(value) ? format(value === 0 ? 0 : value) : MISSING);
}

/**
 * A currency code Intl rejects (`"EURO"`) must not crash a dashboard: fall
 * back to a plain number followed by the code.
 */
function moneyFormat(locale: string, currency: string, options: Intl.NumberFormatOptions): (value: number) => string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...options });
    return (value) => format.format(value);
  } catch {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options, style: 'decimal' });
    return (value) => `${format.format(value)} ${currency}`;
  }
}

/** A locale Intl rejects falls back to `en-US` rather than throwing during render. */
function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

function parseMonthString(value: string): Date | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/**
 * Builds (and caches) the formatter set of a locale and currency.
 *
 * @example
 * createFormatters('fr-FR', 'EUR').moneyCompact(1_234_567) //=> '1,2 M €'
 * createFormatters('en-US', 'USD').percent(0.042) //=> '4.2%'
 */
export function createFormatters(locale: string, currency: string): Formatters {
  const key = `${locale}|${currency}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loc = safeLocale(locale);
  const number = (options: Intl.NumberFormatOptions) => {
    const format = new Intl.NumberFormat(loc, options);
    return (value: number) => format.format(value);
  };
  const shortMonth = new Intl.DateTimeFormat(loc, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longMonth = new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  const formatters: Formatters = {
    locale: loc,
    currency,
    missing: MISSING,
    money: guarded(moneyFormat(loc, currency, {})),
    moneyCompact: guarded(moneyFormat(loc, currency, COMPACT)),
    signedMoneyCompact: guarded(
      moneyFormat(loc, currency, { ...COMPACT, signDisplay: 'exceptZero' }),
    ),
    percent: guarded(number({ style: 'percent', maximumFractionDigits: 1 })),
    signedPercent: guarded(number({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })),
    count: guarded(number({ maximumFractionDigits: 0 })),
    signedCount: guarded(number({ maximumFractionDigits: 0, signDisplay: 'exceptZero' })),
    countCompact: guarded(number(COMPACT)),
    days: guarded(number({ style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 })),
    months: guarded(number({ style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 })),
    score: guarded(number({ maximumFractionDigits: 1 })),
    month(value) {
      const date = parseMonthString(value);
      return date ? shortMonth.format(date) : value;
    },
    monthLong(value) {
      const date = parseMonthString(value);
      return date ? longMonth.format(date) : value;
    },
    byUnit(unit, value, options = {}) {
      const { compact = false, signed = false } = options;
      switch (unit) {
        case 'money':
          return signed ? formatters.signedMoneyCompact(value) : compact ? formatters.moneyCompact(value) : formatters.money(value);
        case 'ratio':
          return signed ? formatters.signedPercent(value) : formatters.percent(value);
        case 'days':
          return formatters.days(value);
        case 'months':
          return formatters.months(value);
        case 'score':
        case 'percent-points':
          return formatters.score(value);
        case 'count':
          return signed ? formatters.signedCount(value) : compact ? formatters.countCompact(value) : formatters.count(value);
      }
    },
  };
  cache.set(key, formatters);
  return formatters;
}
