import type { Dataset } from '@revkit/core';

/**
 * Serialises a dataset as JSON with one record per line: small in git
 * diffs, readable in an editor, and still plain `JSON.parse` input.
 *
 * @example
 * formatDatasetJson({ currency: 'EUR', subscriptions: [{ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '10', interval: 'month' }] })
 * //=> '{\n  "currency": "EUR",\n  "subscriptions": [\n    {"id":"s1",…}\n  ]\n}\n'
 * @throws {TypeError} from JSON.stringify on a value JSON cannot hold (a BigInt, a cycle)
 */
export function formatDatasetJson(dataset: Dataset): string {
  const sections = Object.entries(dataset).filter(([, value]) => value !== undefined);
  const lines = sections.map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `  ${name}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `  ${name}: []`;
    return `  ${name}: [\n${value.map((record) => `    ${JSON.stringify(record)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
