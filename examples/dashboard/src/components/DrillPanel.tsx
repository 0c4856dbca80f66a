import { isMrrMovement, MRR_MOVEMENTS, type BreakdownSelection, type CustomerBreakdown as Breakdown } from '@revkit/core';
import { CustomerBreakdown, useRevkit } from '@revkit/react';
import { useEffect, useId, useRef } from 'react';
import type { AppStrings } from '../i18n/strings.js';

export interface DrillPanelProps {
  strings: AppStrings;
  /** What was chosen in a chart. */
  selection: BreakdownSelection;
  /** The customers behind it, from the core; `null` with `error`. */
  breakdown: Breakdown | null;
  /** Why the core could not list them (a selection outside the period…). */
  error: string | null;
  /** The customers are being listed (the panel shows its loading state). */
  loading?: boolean;
  /** Switches a movement selection to another movement of the same months. */
  onSelectionChange: (selection: BreakdownSelection) => void;
  onClose: () => void;
}

/**
 * A side panel with the customers behind the figure chosen in a chart. A
 * non-modal dialog: it takes focus when it opens, Escape or Close closes
 * it, and the page stays usable beside it.
 */
export function DrillPanel({ strings, selection, breakdown, error, loading = false, onSelectionChange, onClose }: DrillPanelProps) {
  const { messages } = useRevkit();
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    panelRef.current?.focus();
  }, [selection]);
  const isMovement = selection.figure !== 'mrr' && selection.figure !== 'cohort';

  return (
    <aside
      ref={panelRef}
      className="drill-panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="drill-panel-header">
        <h2 id={titleId}>{strings.drillDown}</h2>
        <button type="button" className="button" onClick={onClose}>
          {strings.closePanel}
        </button>
      </div>
      {isMovement ? (
        <label className="drill-movement">
          {strings.movement}
          <select
            value={selection.figure}
            onChange={(event) => {
              const figure = event.target.value;
              if (isMrrMovement(figure)) onSelectionChange({ ...selection, figure });
            }}
          >
            {MRR_MOVEMENTS.map((movement) => (
              <option key={movement} value={movement}>
                {movement === 'new' ? messages.newMrr : messages[movement]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <CustomerBreakdown data={breakdown} error={error} loading={loading} headingLevel={3} />
    </aside>
  );
}
