'use client';
import { useId, type ReactNode, type Ref } from 'react';
import { useRevkit } from '../provider/RevkitProvider.js';
import { errorText, type ChartProps } from './states.js';
import { useControllableState } from './useControllableState.js';

/** Props of {@link ChartFrame}, the shell every chart renders in. */
export interface ChartFrameProps extends ChartProps {
  /** Component name for the CSS hook `rk-<kind>`. */
  kind: string;
  /** Visible title; also the figure's accessible name. */
  title: string;
  /** Generated plain-language summary: visible under the title and the figure's description. */
  summary: string | null;
  /** No data to show: renders the empty state. */
  isEmpty: boolean;
  /** The data-table alternative, rendered when the user asks for it. */
  renderTable: () => ReactNode;
  /** Controls shown above the chart (view switches). */
  toolbar?: ReactNode;
  /** The chart. */
  children: ReactNode;
  /** The host's ref, set to the `figure`. */
  rootRef?: Ref<HTMLElement> | undefined;
}

/**
 * A chart as a figure: title and generated summary in the caption, the
 * chart, a toggle for the data-table alternative, and the loading, empty and
 * error states.
 */
export function ChartFrame({
  kind,
  title,
  summary,
  isEmpty,
  emptyLabel,
  hideTitle,
  loading,
  error,
  defaultShowTable = false,
  showTable: showTableProp,
  onShowTableChange,
  renderTable,
  toolbar,
  className,
  children,
  rootRef,
  ...rootAttributes
}: ChartFrameProps) {
  const { messages, theme } = useRevkit();
  const [showTable, setShowTable] = useControllableState(showTableProp, defaultShowTable, onShowTableChange);
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const problem = errorText(error, messages.errorTitle);
  const ready = !loading && problem === null && !isEmpty;

  return (
    <figure
      ref={rootRef}
      className={`rk rk-chart rk-${kind}${className ? ` ${className}` : ''}`}
      data-rk-theme={theme}
      aria-labelledby={titleId}
      aria-describedby={ready && summary ? summaryId : undefined}
      aria-busy={loading ? true : undefined}
      {...rootAttributes}
    >
      <figcaption className="rk-chart-caption">
        <span id={titleId} className={hideTitle ? 'rk-visually-hidden' : 'rk-chart-title'}>
          {title}
        </span>
        {ready && summary ? (
          <span id={summaryId} className="rk-chart-summary">
            {summary}
          </span>
        ) : null}
      </figcaption>
      {!ready ? (
        <ChartState loading={loading} problem={problem} emptyLabel={emptyLabel} />
      ) : (
        <>
          {toolbar ? <div className="rk-toolbar">{toolbar}</div> : null}
          {children}
          <button
            type="button"
            className="rk-button rk-table-toggle"
            aria-expanded={showTable}
            aria-controls={showTable ? tableId : undefined}
            onClick={() => setShowTable(!showTable)}
          >
            {showTable ? messages.hideTable : messages.showTable}
          </button>
          {showTable ? (
            <div id={tableId} className="rk-table-wrap">
              {renderTable()}
            </div>
          ) : null}
        </>
      )}
    </figure>
  );
}

/**
 * The loading, error or empty state of a component, in that order of
 * precedence: the one block every chart and table of the kit shows instead
 * of its content.
 */
export function ChartState({ loading, problem, emptyLabel }: { loading?: boolean | undefined; problem: string | null; emptyLabel?: string | undefined }) {
  const { messages } = useRevkit();
  if (loading) {
    return (
      <div className="rk-state rk-state-loading" role="status">
        <span className="rk-skeleton" aria-hidden="true" />
        <span>{messages.loading}</span>
      </div>
    );
  }
  if (problem !== null) {
    return (
      <div className="rk-state rk-state-error" role="alert">
        <strong>{messages.errorTitle}</strong>
        {problem !== messages.errorTitle ? <span>{problem}</span> : null}
      </div>
    );
  }
  return (
    <div className="rk-state rk-state-empty" role="status">
      {emptyLabel ?? messages.empty}
    </div>
  );
}

/**
 * Where a chart's plot goes, empty at the plot's height until the chart
 * knows its width and draws it once (see `useElementWidth`): nothing below
 * it moves when the plot arrives.
 */
export function PlotPending({ height }: { height: number }) {
  return <div className="rk-plot-pending" style={{ height }} />;
}
