'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createFormatters, type Formatters } from '../format/formatters.js';
import { languageOf, messagesFor, type Language, type Messages } from '../format/messages.js';

/** The built-in colour themes; brand colours are set on top through CSS variables. */
export type RevkitTheme = 'light' | 'dark';

/** What every revkit component reads from the nearest {@link RevkitProvider}. */
export interface RevkitContextValue {
  /** Locale- and currency-aware formatters. */
  formatters: Formatters;
  /** The kit's own strings in the provider's language. */
  messages: Messages;
  /** The provider's language (`'fr'` for `fr*` locales, else `'en'`): pick catalog names and formulas with it. */
  language: Language;
  /** The colour theme. */
  theme: RevkitTheme;
}

/** Props of {@link RevkitProvider}. */
export interface RevkitProviderProps {
  /** BCP 47 locale for numbers, money, dates and the kit's own words. @default 'en-US' */
  locale?: string;
  /** ISO 4217 currency of every money figure; pass `report.currency`. @default 'USD' */
  currency?: string;
  /** Built-in colour theme. @default 'light' */
  theme?: RevkitTheme;
  /** Overrides of any of the kit's strings (labels, states, summaries). */
  messages?: Partial<Messages>;
  /** The dashboard. */
  children?: ReactNode;
}

// Built when a component outside any provider first reads it, not when the kit is imported:
// the formatters' Intl objects cost the page's first task otherwise.
const defaultValue: RevkitContextValue = {
  get formatters() {
    return createFormatters('en-US', 'USD');
  },
  messages: messagesFor('en-US'),
  language: 'en',
  theme: 'light',
};

const RevkitContext = createContext<RevkitContextValue>(defaultValue);

/**
 * Sets the locale, currency and theme of every revkit component below it.
 * Components work without it (en-US, USD, light).
 *
 * @example
 * <RevkitProvider locale="fr-FR" currency={report.currency} theme="dark">
 *   <MrrWaterfall data={report.mrr} />
 * </RevkitProvider>
 */
export function RevkitProvider({ locale = 'en-US', currency = 'USD', theme = 'light', messages, children }: RevkitProviderProps) {
  const value = useMemo<RevkitContextValue>(
    () => ({
      formatters: createFormatters(locale, currency),
      messages: messages ? { ...messagesFor(locale), ...messages } : messagesFor(locale),
      language: languageOf(locale),
      theme,
    }),
    [locale, currency, theme, messages],
  );
  return <RevkitContext.Provider value={value}>{children}</RevkitContext.Provider>;
}

/** The formatters, messages and theme of the nearest {@link RevkitProvider}. */
export function useRevkit(): RevkitContextValue {
  return useContext(RevkitContext);
}
