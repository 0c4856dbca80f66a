import { describe, expect, it } from 'vitest';
import { generateDataset } from '../generateDataset/index.js';
import { formatDatasetJson } from './index.js';

describe('formatDatasetJson', () => {
  it('round-trips through JSON.parse with one record per line', () => {
    const dataset = generateDataset({ seed: 5, customers: 40, months: 12, start: '2025-01' });
    const text = formatDatasetJson(dataset);
    expect(JSON.parse(text)).toEqual(dataset);
    const recordLines = text.split('\n').filter((line) => line.startsWith('    {'));
    const records = Object.values(dataset).reduce((sum: number, section: unknown) => sum + (Array.isArray(section) ? section.length : 0), 0);
    expect(dataset.leads!.length).toBeGreaterThan(0);
    expect(recordLines.length).toBe(records);
  });

  it('writes empty sections as [] and skips absent ones', () => {
    expect(formatDatasetJson({ currency: 'EUR', subscriptions: [] })).toBe('{\n  "currency": "EUR",\n  "subscriptions": []\n}\n');
  });
});
