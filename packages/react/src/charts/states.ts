/** The state props every revkit component shares, Tremor-style. */
export interface StateProps {
  /** Shows a loading placeholder instead of the content. */
  loading?: boolean;
  /**
   * Shows an error state: `true` for the default message, a string or an
   * `Error` for its message (rendered as text, never HTML).
   */
  error?: boolean | string | Error | null;
}

/** The props every revkit chart shares besides its data. */
export interface ChartProps extends StateProps {
  /** Hides the visible title; it stays the accessible name. */
  hideTitle?: boolean;
  /** Text of the empty state. @default the locale's "No data for this period" */
  emptyLabel?: string;
  /** Shows the data table from the start instead of behind its toggle. */
  defaultShowTable?: boolean;
  /** Extra class on the figure. */
  className?: string;
}

/** The text of an error prop, or `null` when there is no error. */
export function errorText(error: StateProps['error'], fallback: string): string | null {
  if (error === undefined || error === null || error === false) return null;
  if (error === true) return fallback;
  if (error instanceof Error) return error.message || fallback;
  return error || fallback;
}
