import { describe, expect, it } from 'vitest';
import { describeValue, formatIssue, keyPath, printable, RevkitValidationError, summarizeIssues } from './index.js';

describe('printable', () => {
  it('escapes control, bidi and separator characters so one value stays one harmless line', () => {
    expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(printable('\u001b[31mred\u009b0m')).toBe('\\u001b[31mred\\u009b0m');
    expect(printable('x\u2028y\u202ez\ufeff')).toBe('x\\u2028y\\u202ez\\ufeff');
    expect(printable('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
    expect(printable('café 😀 €')).toBe('café 😀 €');
  });

  it('cuts a value after 80 characters with an ellipsis, never inside a surrogate pair', () => {
    expect(printable('x'.repeat(10_000_000))).toBe(`${'x'.repeat(80)}…`);
    expect(printable(`${'x'.repeat(79)}😀`)).toBe(`${'x'.repeat(79)}…`);
    expect(printable('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('is used by describeValue and formatIssue', () => {
    expect(describeValue('a\nb')).toBe('"a\\nb"');
    expect(describeValue('y'.repeat(500))).toBe(`"${'y'.repeat(80)}…"`);
    expect(formatIssue({ path: 'fxRates.\nsubscriptions[0].id', message: 'bad\u001b' })).toBe('fxRates.\\nsubscriptions[0].id: bad\\u001b');
  });
});

describe('keyPath', () => {
  it('writes a key from the input as .name or ["…"], so no key can look like another path or line', () => {
    expect(keyPath('fxRates', 'USD')).toBe('fxRates.USD');
    expect(keyPath('', 'currency')).toBe('currency');
    expect(keyPath('', '')).toBe('$[""]');
    expect(keyPath('', ' WZ')).toBe('$[" WZ"]');
    expect(keyPath('leads[0].reached', 'x\nleads[1].id: forged')).toBe('leads[0].reached["x\\nleads[1].id: forged"]');
  });
});

describe('summarizeIssues', () => {
  const same = (count: number, field = 'currency', message = 'has no rate in fxRates for USD') =>
    Array.from({ length: count }, (_, i) => ({ path: `subscriptions[${i}].${field}`, message }));

  it('collapses identical problems of one field with the range of indexes and the count', () => {
    expect(summarizeIssues(same(626))).toEqual(['subscriptions[0..625].currency: has no rate in fxRates for USD (626 times)']);
    expect(summarizeIssues(same(1))).toEqual(['subscriptions[0].currency: has no rate in fxRates for USD']);
  });

  it('puts problems of the whole dataset first: they are often the cause of the rest', () => {
    const issues = [...same(3), { path: 'currency', message: 'must be an ISO 4217 code such as "EUR", got "eur"' }];
    expect(summarizeIssues(issues)).toEqual([
      'currency: must be an ISO 4217 code such as "EUR", got "eur"',
      'subscriptions[0..2].currency: has no rate in fxRates for USD (3 times)',
    ]);
  });

  it('collapses the rows of a CSV file the same way, after the problems of the options', () => {
    const rows = Array.from({ length: 626 }, (_, i) => ({ path: `subscriptions.csv:${i + 2} currency`, message: 'has no rate for USD: give --fx USD=RATE' }));
    expect(summarizeIssues([...rows, { path: '--fx', message: 'must be KEY=VALUE, got "x"' }, { path: 'deals.csv:7', message: 'has 3 fields, the header has 5' }])).toEqual([
      '--fx: must be KEY=VALUE, got "x"',
      'subscriptions.csv:2..627 currency: has no rate for USD: give --fx USD=RATE (626 times)',
      'deals.csv:7: has 3 fields, the header has 5',
    ]);
  });

  it('keeps different messages apart, in input order', () => {
    const issues = [
      { path: 'subscriptions[0].start', message: 'is required' },
      { path: 'subscriptions[0].amount', message: 'is required' },
      { path: 'subscriptions[1].start', message: 'is required' },
    ];
    expect(summarizeIssues(issues)).toEqual(['subscriptions[0..1].start: is required (2 times)', 'subscriptions[0].amount: is required']);
  });

  it('collapses one rule at one field into one line whatever value each record echoed, with an example', () => {
    const issues = Array.from({ length: 130_000 }, (_, i) => ({ path: `subscriptions[${i}].start`, message: `must be an ISO date string, got "2024-13-${i}"` }));
    expect(summarizeIssues(issues)).toEqual(['subscriptions[0..129999].start: must be an ISO date string, e.g. "2024-13-0" (130000 times)']);
    // Identical messages keep their value.
    expect(summarizeIssues(issues.slice(0, 1).concat(issues.slice(0, 1)).map((issue, i) => ({ ...issue, path: `subscriptions[${i}].start` })))).toEqual([
      'subscriptions[0..1].start: must be an ISO date string, got "2024-13-0" (2 times)',
    ]);
  });

  it('shows the first lines, then how many problems are left, without a stack overflow on 130 000 problems', () => {
    const issues = Array.from({ length: 130_000 }, (_, i) => ({ path: `deals[${i}].f${i}`, message: `must be an object, got number ${i}` }));
    const lines = summarizeIssues(issues, 200);
    expect(lines).toHaveLength(201);
    expect(lines[0]).toBe('deals[0].f0: must be an object, got number 0');
    expect(lines[200]).toBe('… and 129 800 more problems');
    const error = new RevkitValidationError(issues);
    expect(error.issues).toHaveLength(130_000);
    expect(error.message.split('\n')).toHaveLength(202);
    expect(error.message).toMatch(/^Invalid input \(130000 problems\):\n/);
  });

  it('counts the problems inside collapsed lines that are left out', () => {
    const issues = [{ path: 'a', message: 'x' }, ...same(10, 'start', 'is required'), ...same(5, 'end', 'is required')];
    expect(summarizeIssues(issues, 1)).toEqual(['a: x', '… and 15 more problems']);
  });
});
