import { useId } from 'react';
import { useRevkit } from '@revkit/react';
import { PERIOD_PRESETS as PRESETS, type Period } from '../data/dataset.js';
import { LOCALES, isLocaleName, type AppStrings } from '../i18n/strings.js';
import type { ThemeName, ViewState } from '../state/viewState.js';

/** Language names in their own language, so each is recognisable whatever the current locale. */
const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { 'en-US': 'English (US)', 'fr-FR': 'Français (France)' };

export interface ControlsProps {
  strings: AppStrings;
  /** Months the data covers, oldest first; empty while loading. */
  months: readonly string[];
  /** The last `length` months of the data (the core's `lastMonthsRange`); `null` while loading. */
  lastMonths: (length: number) => { from: string; to: string } | null;
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

interface MonthSelectProps {
  label: string;
  months: readonly string[];
  value: string | undefined;
  onSelect: (month: string) => void;
}

/** One month picker (the period's first or last month), each month in the user's language. */
function MonthSelect({ label, months, value, onSelect }: MonthSelectProps) {
  const { formatters } = useRevkit();
  const id = useId();
  return (
    <div className="field field-month">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onSelect(event.target.value)}>
        {months.map((month) => (
          <option key={month} value={month}>
            {formatters.month(month)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Period picker, locale switch and theme switch. */
export function Controls({ strings, months, lastMonths, period, view, theme, onChange }: ControlsProps) {
  const ids = { preset: useId(), locale: useId() };
  const last = months[months.length - 1];
  const disabled = period === null;

  const choosePreset = (value: string) => {
    if (!last) return;
    if (value === 'all') onChange({ from: months[0] ?? null, to: last });
    else if (value !== 'custom') {
      const range = lastMonths(Number(value));
      if (range) onChange(range);
    }
  };

  return (
    <form className="controls" aria-label={strings.controls} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="control-group" disabled={disabled}>
        <legend>{strings.period}</legend>
        <div className="field field-preset">
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
        <MonthSelect
          label={strings.from}
          months={months}
          value={period?.from}
          // Moving the start past the end drags the end along.
          onSelect={(from) => onChange(period && from > period.to ? { from, to: from } : { from, to: period?.to ?? null })}
        />
        <MonthSelect
          label={strings.to}
          months={months}
          value={period?.to}
          // Moving the end before the start drags the start along.
          onSelect={(to) => onChange(period && to < period.from ? { from: to, to } : { from: period?.from ?? null, to })}
        />
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
