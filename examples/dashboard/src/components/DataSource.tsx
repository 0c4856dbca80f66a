import { useEffect, useId, useRef } from 'react';
import { printable } from '@revkit/core';
import { useRevkit } from '@revkit/react';
import type { LoadedDataset, RejectedFile } from '../data/dataset.js';
import type { AppStrings } from '../i18n/strings.js';
import { ProblemList } from './ProblemList.js';

export interface DataSourceProps {
  strings: AppStrings;
  dataset: LoadedDataset | null;
  rejected: RejectedFile | null;
  onFile: (file: File) => void;
  onDismiss: () => void;
}

/**
 * Where the data comes from, the file picker (the drop target is the whole
 * window), and every problem of a file that was refused.
 */
export function DataSource({ strings, dataset, rejected, onFile, onDismiss }: DataSourceProps) {
  const { formatters } = useRevkit();
  const inputId = useId();
  const hintId = useId();
  const problemsRef = useRef<HTMLDivElement>(null);

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
          {dataset
            ? strings.loadedFrom(
                printable(dataset.name ?? strings.sampleDataset),
                dataset.valid.currency,
                formatters.month(dataset.months[0]!),
                formatters.month(dataset.months[dataset.months.length - 1]!),
              )
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
