/**
 * Story settings shared by every component: the locales, themes and widths a
 * designer checks. Spread them into a story: `{ ...inDarkTheme, args: … }`.
 */
import type { StoryTheme } from '../preview';

type Presets = { globals: { locale?: 'en-US' | 'fr-FR'; theme?: StoryTheme } } | { parameters: { revkit: { containerWidth: number } } };

export const inEnglish = { globals: { locale: 'en-US' } } satisfies Presets;
export const inFrench = { globals: { locale: 'fr-FR' } } satisfies Presets;
export const inLightTheme = { globals: { theme: 'light' } } satisfies Presets;
export const inDarkTheme = { globals: { theme: 'dark' } } satisfies Presets;
/** Light theme re-coloured through CSS variables only (see `.storybook/storybook.css`). */
export const inBrandTheme = { globals: { theme: 'brand' } } satisfies Presets;
/** A 320 px wide box: the narrowest phone. */
export const at320px = { parameters: { revkit: { containerWidth: 320 } } } satisfies Presets;
