// One formatter set per (locale, currency), shared by visible values, axes,
// tooltips and screen-reader text so they can never disagree. Pure and
// server-safe: no hooks, no DOM.
import { monthBoundary, parseMonth } from '@revkit/core/display';
import { languageOf } from './messages.js';
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
  /** Full money with its sign, e.g. `+$0.01`, `-$1,234.50`: for amounts too small for compact money. */
  signedMoney(value: MaybeNumber): string;
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
  /** A signed score, e.g. `+4.5`; a change that rounds to zero prints `0`, never `-0`. */
  signedScore(value: MaybeNumber): string;
  /** A multiple ("x times"), e.g. a quick ratio: `6.6` → `6.6×` (`6,6×` in French). */
  multiple(value: MaybeNumber): string;
  /** A signed multiple, e.g. `+0.4×`. */
  signedMultiple(value: MaybeNumber): string;
  /** A signed change in percentage points, short: `2.6` → `+2.6 pts` (`+2,6 pts` in French). */
  signedPoints(value: MaybeNumber): string;
  /** The same change in words for screen readers: `+2.6 percentage points` (`+2,6 points de pourcentage`). */
  signedPointsLong(value: MaybeNumber): string;
  /** A `YYYY-MM` month as a short label, e.g. `Mar 2024`; anything else is printed as given. */
  month(value: string): string;
  /** A `YYYY-MM` month as a long label, e.g. `March 2024`. */
  monthLong(value: string): string;
  /** Formats by unit; `compact` picks the compact money and count forms (axes, cards). */
  byUnit(unit: MetricUnitLike, value: MaybeNumber, options?: { compact?: boolean; signed?: boolean }): string;
  /**
   * The absolute change of a figure of that unit, signed: a change of a rate
   * (`ratio`, `percent-points`) is in percentage points (`+2.6 pts`), never
   * `%` (which would read as a relative change); `long` gives the words a
   * screen reader says (`+2.6 percentage points`). Other units as `byUnit`.
   */
  change(unit: MetricUnitLike, value: MaybeNumber, options?: { compact?: boolean; long?: boolean }): string;
}

const MISSING = '—';

/**
 * Compact forms past the largest unit print `4200.0T` without this option
 * (Intl.NumberFormat v3, in every engine revkit supports; not yet in the
 * ES2022 lib typings).
 */
const COMPACT = { notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger' } as Intl.NumberFormatOptions;
/** No sign on a value that rounds to zero (`-0.01` → `0`); `'negative'` is Intl.NumberFormat v3, not yet in the ES2022 typings. */
const NO_NEGATIVE_ZERO = { signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions;
const SIGNED = { signDisplay: 'exceptZero' } as const;
/** Percentage points, short and in words, by language. */
const POINTS = {
  en: { short: 'pts', long: 'percentage points' },
  fr: { short: 'pts', long: 'points de pourcentage' },
} as const;
/** Points per fraction: a rate stored as a fraction (`ratio`) changes by 100 points per unit. */
const POINTS_PER_UNIT: Partial<Record<MetricUnitLike, number>> = { ratio: 100, 'percent-points': 1 };
const cache = new Map<string, Formatters>();

/** Whether a value a chart was handed is a finite number (not missing, NaN or ±Infinity). */
export function isFiniteNumber(value: MaybeNumber): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Wraps an Intl formatter so non-finite input prints the dash, and `-0` prints as `0`. */
function guarded(format: (value: number) => string): (value: MaybeNumber) => string {
  return (value) => (isFiniteNumber(value) ? format(value === 0 ? 0 : value) : MISSING);
}

/**
 * A format whose Intl object is built on its first use: a page uses a few
 * of the set, and each costs its construction on the main thread.
 */
function onFirstUse(build: () => (value: number) => string): (value: number) => string {
  let format: ((value: number) => string) | null = null;
  return (value) => {
    format ??= build();
    return format(value);
  };
}

/**
 * A currency code Intl rejects (`"EURO"`) must not crash a dashboard: fall
 * back to a plain number followed by the code.
 */
function moneyFormat(locale: string, currency: string, options: Intl.NumberFormatOptions): (value: number) => string {
  return onFirstUse(() => {
    try {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...options });
      return (value) => format.format(value);
    } catch {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options, style: 'decimal' });
      return (value) => `${format.format(value)} ${currency}`;
    }
  });
}

/** A locale Intl rejects falls back to `en-US` rather than throwing during render. */
function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** The first day of a `YYYY-MM` month (parsed by the core), or `null` when it is not one. */
function monthStart(value: string): Date | null {
  const index = parseMonth(value);
  // B(month before) is the month's first instant; core's calendar keeps years 0–99 literal.
  return index === null ? null : new Date(monthBoundary(index - 1));
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
  const number = (options: Intl.NumberFormatOptions) =>
    onFirstUse(() => {
      const format = new Intl.NumberFormat(loc, options);
      return (value) => format.format(value);
    });
  const multipleNumber = number({ maximumFractionDigits: 1, ...NO_NEGATIVE_ZERO });
  const signedMultipleNumber = number({ maximumFractionDigits: 1, ...SIGNED });
  const signedPointsNumber = number({ maximumFractionDigits: 1, ...SIGNED });
  const points = POINTS[languageOf(loc)];
  const dateFormat = (month: 'short' | 'long') =>
    onFirstUse(() => {
      const format = new Intl.DateTimeFormat(loc, { month, year: 'numeric', timeZone: 'UTC' });
      return (time) => format.format(time);
    });
  const shortMonth = dateFormat('short');
  const longMonth = dateFormat('long');

  const formatters: Formatters = {
    locale: loc,
    currency,
    missing: MISSING,
    money: guarded(moneyFormat(loc, currency, {})),
    signedMoney: guarded(moneyFormat(loc, currency, { signDisplay: 'exceptZero' })),
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
    score: guarded(number({ maximumFractionDigits: 1, ...NO_NEGATIVE_ZERO })),
    signedScore: guarded(number({ maximumFractionDigits: 1, ...SIGNED })),
    multiple: guarded((value) => `${multipleNumber(value)}×`),
    signedMultiple: guarded((value) => `${signedMultipleNumber(value)}×`),
    signedPoints: guarded((value) => `${signedPointsNumber(value)}\u00a0${points.short}`),
    signedPointsLong: guarded((value) => `${signedPointsNumber(value)} ${points.long}`),
    month(value) {
      const date = monthStart(value);
      return date ? shortMonth(date.getTime()) : value;
    },
    monthLong(value) {
      const date = monthStart(value);
      return date ? longMonth(date.getTime()) : value;
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
        case 'multiple':
          return signed ? formatters.signedMultiple(value) : formatters.multiple(value);
        case 'score':
        case 'percent-points':
          return signed ? formatters.signedScore(value) : formatters.score(value);
        case 'count':
          return signed ? formatters.signedCount(value) : compact ? formatters.countCompact(value) : formatters.count(value);
      }
    },
    change(unit, value, options = {}) {
      const perUnit = POINTS_PER_UNIT[unit];
      if (perUnit === undefined) return formatters.byUnit(unit, value, { signed: true, compact: options.compact ?? false });
      // Display only: the formatter rounds to 0.1 point, so a float's last bit never shows.
      const inPoints = typeof value === 'number' ? value * perUnit : value;
      return options.long ? formatters.signedPointsLong(inPoints) : formatters.signedPoints(inPoints);
    },
  };
  cache.set(key, formatters);
  return formatters;
}
