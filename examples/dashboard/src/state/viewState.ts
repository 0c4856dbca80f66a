import { useCallback, useEffect, useState } from 'react';
import { parseMonth } from '@revkit/core';
import { isLocaleName, type LocaleName } from '../i18n/strings.js';

export type ThemeName = 'light' | 'dark';

/**
 * What the URL holds, so a view can be shared: the period, the locale and
 * the theme. A missing value means "the default" (the last 12 months of the
 * data, English, the system's colour scheme), which keeps links short.
 */
export interface ViewState {
  /** First month, `YYYY-MM`. */
  from: string | null;
  /** Last month, `YYYY-MM`. */
  to: string | null;
  locale: LocaleName;
  /** `null` follows the system's colour scheme. */
  theme: ThemeName | null;
}

/** Reads the view from a query string; anything malformed is ignored, not fatal. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const month = (name: string) => {
    const value = params.get(name);
    return parseMonth(value) === null ? null : value;
  };
  const locale = params.get('locale');
  const theme = params.get('theme');
  return {
    from: month('from'),
    to: month('to'),
    locale: isLocaleName(locale) ? locale : 'en-US',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
  };
}

/** The query string of a view, defaults left out (`""` for the default view). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.locale !== 'en-US') params.set('locale', state.locale);
  if (state.theme) params.set('theme', state.theme);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The view state, kept in the URL: each change replaces the query string
 * (so Back leaves the dashboard rather than stepping through every click),
 * and Back/Forward to another dashboard URL is followed.
 */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    const query = serializeViewState(state);
    if (query !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  }, [state]);

  const update = useCallback((change: Partial<ViewState>) => setState((current) => ({ ...current, ...change })), []);
  return [state, update];
}

/** The system's colour scheme, followed live while the URL names no theme. */
export function useSystemTheme(): ThemeName {
  const query = '(prefers-color-scheme: dark)';
  const [theme, setTheme] = useState<ThemeName>(() => (window.matchMedia(query).matches ? 'dark' : 'light'));
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setTheme(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return theme;
}
