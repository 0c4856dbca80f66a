import type { Dataset } from '@revkit/core';

/** What an importer returns: a dataset that passes the contract's validation, and what the user should know. */
export interface ImportResult {
  /** The dataset in the report contract's format. */
  dataset: Dataset;
  /** Conventions applied and records left out, one plain sentence each (nothing is dropped silently). */
  warnings: string[];
}
