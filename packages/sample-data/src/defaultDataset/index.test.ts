import { readFileSync } from 'node:fs';
import { buildReport, validateDataset } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { formatDatasetJson } from '../formatDatasetJson/index.js';
import { defaultDataset } from './index.js';

describe('defaultDataset', () => {
  it('equals the committed datasets/default.json byte for byte (regenerate with `pnpm run generate:default`)', () => {
    const committed = readFileSync(new URL('../../datasets/default.json', import.meta.url), 'utf8');
    expect(committed).toBe(formatDatasetJson(defaultDataset()));
  });

  it('has 500 customers over 36 months ending 2026-10, and is valid', () => {
    const dataset = defaultDataset();
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(new Set(dataset.subscriptions!.map((s) => s.customerId)).size).toBe(500);
    const report = buildReport(dataset);
    expect(report.from).toBe('2023-11');
    expect(report.to).toBe('2026-10');
  });
});
