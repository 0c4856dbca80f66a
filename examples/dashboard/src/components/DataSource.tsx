import { useEffect, useId, useRef } from 'react';
import { printable } from '@revkit/core';
import { useRevkit } from '@revkit/react';
import type { RejectedFile } from '../data/dataset.js';
import type { DatasetSummary, LoadProgress } from '../data/protocol.js';
import type { LoadingState } from '../data/useDatasetWorker.js';
import type { AppStrings } from '../i18n/strings.js';
import { ProblemList } from './ProblemList.js';

export interface DataSourceProps {
  strings: AppStrings;
  dataset: DatasetSummary | null;
  /** A load in progress (`name` `null` for the sample). */
  loading: LoadingState | null;
  rejected: RejectedFile | null;
  onFile: (file: File) => void;
  /** Stops the file being loaded; the dashboard keeps its data. */
  onCancel: () => void;
  onDismiss: () => void;
}

/** How far a load is, 0 to 1: reading the bytes is the first half, then each phase of the core. */
function fractionOf(progress: LoadProgress): number {
  switch (progress.phase) {
    case 'read':
      return progress.total > 0 ? (0.5 * progress.loaded) / progress.total : 0.5;
    case 'generate':
      return 0.1;
    case 'parse':
      return 0.55;
    case 'validate':
      return 0.65;
    case 'report':
      return 0.85;
  }
}

/** A file's load: a progress bar, what is being done, and Cancel. */
function LoadProgressBar({ strings, name, progress, onCancel }: { strings: AppStrings; name: string; progress: LoadProgress | null; onCancel: () => void }) {
  const labelId = useId();
  return (
    <div className="load-progress">
      <span id={labelId} className="load-progress-name">
        {strings.loadingFile(printable(name))}
      </span>
      <progress aria-labelledby={labelId} max={1} value={progress ? fractionOf(progress) : undefined} />
      <span className="load-progress-phase" role="status">
        {progress === null ? '' : progress.phase === 'read' ? strings.bytesRead(progress.loaded, progress.total) : strings.loadPhases[progress.phase]}
      </span>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {strings.cancelLoad}
      </button>
    </div>
  );
}

/**
 * Where the data comes from, the file picker (the drop target is the whole
 * window), and every problem of a file that was refused.
 */
export function DataSource({ strings, dataset, loading, rejected, onFile, onCancel, onDismiss }: DataSourceProps) {
  const { formatters } = useRevkit();
  const inputId = useId();
  const hintId = useId();
  const problemsRef = useRef<HTMLDivElement>(null);
  // The data's first and last months (a loaded dataset always covers at least one).
  const firstMonth = dataset?.months[0];
  const lastMonth = dataset?.months[dataset.months.length - 1];

  // Move focus to the problems so keyboard and screen-reader users land on them.
  useEffect(() => {
    if (rejected) problemsRef.current?.focus();
  }, [rejected]);

  return (
    <section className="data-source" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="visually-hidden">
        {strings.dataSource}
      </h2>
      <div className="data-source-row">
        <p className="data-source-name" data-testid="data-source">
          <span className="data-source-label">{strings.dataSourceLabel}</span>{' '}
          {dataset && firstMonth !== undefined && lastMonth !== undefined
            ? strings.loadedFrom(printable(dataset.name ?? strings.sampleDataset), dataset.currency, formatters.month(firstMonth), formatters.month(lastMonth))
            : strings.loadingData}
        </p>
        <div className="file-picker">
          <label htmlFor={inputId} className="button">
            {strings.loadDataset}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".json,application/json,.csv,text/csv"
            aria-describedby={hintId}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Reset so choosing the same file again still fires a change.
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
          <span id={hintId} className="hint">
            {strings.dropHint}
          </span>
        </div>
      </div>
      {loading?.name != null ? <LoadProgressBar strings={strings} name={loading.name} progress={loading.progress} onCancel={onCancel} /> : null}
      {rejected ? (
        <div className="problems" role="alert" tabIndex={-1} ref={problemsRef} aria-labelledby={`${inputId}-problems`}>
          <div className="problems-head">
            <h3 id={`${inputId}-problems`}>{strings.fileProblems(printable(rejected.name), rejected.issues.length)}</h3>
            <button type="button" className="button button-quiet" onClick={onDismiss}>
              {strings.dismiss}
            </button>
          </div>
          <p>{strings.keptData}</p>
          <ProblemList strings={strings} issues={rejected.issues} />
        </div>
      ) : null}
    </section>
  );
}
