import { printable } from '@revkit/core';
import { useCallback, useState } from 'react';
import { convertCsv, sortFile, type CsvChoice, type ImportedFile } from './importFile.js';
import type { RejectedFile } from './dataset.js';

/** A CSV waiting for its column mapping. */
export type PendingCsv = Extract<ImportedFile, { kind: 'csv' }>;

/**
 * Routes a chosen file's text: dataset JSON and converted Stripe exports go
 * to `loadText` (the usual loader), a CSV waits for its column mapping, and
 * a file that cannot be converted is rejected with every problem (the
 * dashboard keeps its data).
 *
 * @param loadText loads dataset JSON text; returns whether it was accepted
 */
export function useFileImport(loadText: (name: string, text: string) => boolean, reject: (rejected: RejectedFile) => void) {
  const [pendingCsv, setPendingCsv] = useState<PendingCsv | null>(null);

  const onFileText = useCallback(
    (name: string, text: string, type?: string) => {
      const sorted = sortFile(name, text, type);
      if (sorted.kind === 'csv') {
        setPendingCsv(sorted);
        return;
      }
      if (sorted.kind === 'rejected') reject({ name, issues: sorted.issues });
      else loadText(name, sorted.text);
    },
    [loadText, reject],
  );

  const importCsv = useCallback(
    (choice: CsvChoice) => {
      if (!pendingCsv) return;
      try {
        const converted = convertCsv(pendingCsv.name, pendingCsv.text, choice);
        if (!converted.ok) reject({ name: pendingCsv.name, issues: converted.issues });
        else if (loadText(pendingCsv.name, converted.text)) setPendingCsv(null);
      } catch (error) {
        // A failed import always shows its problem; the dashboard keeps its data.
        reject({ name: pendingCsv.name, issues: [{ path: '$', message: printable(error instanceof Error ? error.message : String(error)) }] });
      }
    },
    [pendingCsv, loadText, reject],
  );

  return { pendingCsv, onFileText, importCsv, cancelCsv: useCallback(() => setPendingCsv(null), []) };
}
