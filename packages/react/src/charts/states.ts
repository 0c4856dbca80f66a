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

/** The text of an error prop, or `null` when there is no error. */
export function errorText(error: StateProps['error'], fallback: string): string | null {
  if (error === undefined || error === null || error === false) return null;
  if (error === true) return fallback;
  if (error instanceof Error) return error.message || fallback;
  return error || fallback;
}
