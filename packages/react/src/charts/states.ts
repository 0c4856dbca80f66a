import type { HTMLAttributes } from 'react';

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

/**
 * The HTML attributes a component's root element takes (`id`, `style`,
 * `aria-*`, `data-*`, event handlers…), minus the names the kit uses
 * for its own props.
 */
export type RootAttributes<E extends HTMLElement> = Omit<
  HTMLAttributes<E>,
  'title' | 'children' | 'onSelect' | 'onChange' | 'defaultValue' | 'defaultChecked' | 'dangerouslySetInnerHTML'
>;

/** The props every revkit chart shares besides its data; the rest of the HTML attributes go to its `figure`. */
export interface ChartProps extends StateProps, RootAttributes<HTMLElement> {
  /** Hides the visible title; it stays the accessible name. */
  hideTitle?: boolean;
  /** Text of the empty state. @default the locale's "No data for this period" */
  emptyLabel?: string;
  /** Shows the data table from the start instead of behind its toggle (uncontrolled). */
  defaultShowTable?: boolean;
  /** Whether the data table shows (controlled): pair it with `onShowTableChange`. */
  showTable?: boolean;
  /** Called with the new state when the user shows or hides the data table. */
  onShowTableChange?: (showTable: boolean) => void;
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
