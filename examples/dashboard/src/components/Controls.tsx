import { useId } from 'react';
import { useRevkit } from '@revkit/react';
import type { Period } from '../data/dataset.js';
import { LOCALES, isLocaleName, type AppStrings } from '../i18n/strings.js';
import type { ThemeName, ViewState } from '../state/viewState.js';

/** The presets of the period picker, in months; `all` is the whole data. */
const PRESETS = [3, 6, 12, 24] as const;

/** Language names in their own language, so each is recognisable whatever the current locale. */
const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { 'en-US': 'English (US)', 'fr-FR': 'Français (France)' };

export interface ControlsProps {
  strings: AppStrings;
  /** Months the data covers, oldest first; empty while loading. */
  months: readonly string[];
  period: Period | null;
  view: ViewState;
  theme: ThemeName;
  onChange: (change: Partial<ViewState>) => void;
}

/** Which preset a period is, or `custom`. */
function presetOf(period: Period, months: readonly string[]): string {
  const last = months[months.length - 1];
  if (period.to !== last) return 'custom';
  if (period.from === months[0]) return 'all';
  const preset = PRESETS.find((length) => length === period.length);
  return preset === undefined ? 'custom' : String(preset);
}

/** Period picker, locale switch and theme switch. */
export function Controls({ strings, months, period, view, theme, onChange }: ControlsProps) {
  const { formatters } = useRevkit();
  const ids = { preset: useId(), from: useId(), to: useId(), locale: useId() };
  const last = months[months.length - 1];
  const disabled = period === null;

  const choosePreset = (value: string) => {
    if (!last) return;
    if (value === 'all') onChange({ from: months[0] ?? null, to: last });
    else if (value !== 'custom') onChange({ from: months[Math.max(0, months.length - Number(value))] ?? null, to: last });
  };

  return (
    <form className="controls" aria-label={strings.controls} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="control-group" disabled={disabled}>
        <legend>{strings.period}</legend>
        <div className="field">
          <label htmlFor={ids.preset}>{strings.periodPreset}</label>
          <select id={ids.preset} value={period ? presetOf(period, months) : 'custom'} onChange={(event) => choosePreset(event.target.value)}>
            {PRESETS.filter((length) => length <= months.length).map((length) => (
              <option key={length} value={String(length)}>
                {strings.presetLast(length)}
              </option>
            ))}
            <option value="all">{strings.presetAll}</option>
            <option value="custom" disabled>
              {strings.presetCustom}
            </option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{strings.from}</label>
          <select
            id={ids.from}
            value={period?.from ?? ''}
            onChange={(event) => {
              const from = event.target.value;
              // Moving the start past the end drags the end along.
              onChange(period && from > period.to ? { from, to: from } : { from, to: period?.to ?? null });
            }}
          >
            {months.map((month) => (
              <option key={month} value={month}>
                {formatters.month(month)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{strings.to}</label>
          <select
            id={ids.to}
            value={period?.to ?? ''}
            onChange={(event) => {
              const to = event.target.value;
              onChange(period && to < period.from ? { from: to, to } : { from: period?.from ?? null, to });
            }}
          >
            {months.map((month) => (
              <option key={month} value={month}>
                {formatters.month(month)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.locale}>{strings.language}</label>
        <select
          id={ids.locale}
          value={view.locale}
          onChange={(event) => {
            const locale = event.target.value;
            if (isLocaleName(locale)) onChange({ locale });
          }}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span className="field-label" id={`${ids.locale}-theme`}>
          {strings.theme}
        </span>
        <div role="group" aria-labelledby={`${ids.locale}-theme`} className="segmented">
          {(['light', 'dark'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={theme === name} onClick={() => onChange({ theme: name })}>
              <span aria-hidden="true">{name === 'light' ? '☀' : '☾'}</span> {name === 'light' ? strings.light : strings.dark}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}
