import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n/strings.js';
import { loadDataset } from './dataset.js';

const strings = stringsFor('en-US');
const sub = (overrides: Record<string, unknown> = {}) => ({ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '10', interval: 'month', ...overrides });
const issuesOf = (text: string) => {
  const result = loadDataset('upload.json', text, strings);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.rejected.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('loadDataset', () => {
  it('refuses dates outside the supported years with their path instead of failing silently', () => {
    expect(issuesOf(JSON.stringify({ currency: 'EUR', subscriptions: [sub({ start: '0000-01-01T00:00:00+01:00' })] }))).toEqual([
      'subscriptions[0].start: is outside the supported dates (years 0001 to 9998 in UTC): 0000-01-01T00:00:00+01:00',
    ]);
    expect(issuesOf(JSON.stringify({ currency: 'EUR', subscriptions: [sub({ end: '9999-12-31T23:00-05:00' })] }))).toHaveLength(1);
  });

  it('accepts a dataset reaching 9998-12: its report is built before the old data is replaced', () => {
    const result = loadDataset('edge.json', JSON.stringify({ currency: 'EUR', subscriptions: [sub({ start: '9998-06-01' })], deals: [{ id: 'd', createdAt: '9998-06-01', closedAt: '9998-12-02', status: 'won', amount: 1 }] }), strings);
    expect(result.ok && result.dataset.months.at(-1)).toBe('9998-12');
  });

  it('names the line and column of malformed JSON, a byte order mark skipped', () => {
    expect(issuesOf('{"currency": "EUR",\n  "subscriptions": [}')).toEqual([
      '$: malformed JSON in upload.json at line 2, column 21: expected a value or \']\', got "}"',
    ]);
    expect(loadDataset('bom.json', `\uFEFF${JSON.stringify({ currency: 'EUR', subscriptions: [sub()] })}`, strings).ok).toBe(true);
  });
});
