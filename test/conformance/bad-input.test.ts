import { describe, expect, it } from 'vitest';
import { fixture, revkit } from './cli.js';

const sub = (overrides: Record<string, unknown> = {}) => ({ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '10', interval: 'month', ...overrides });
const dataset = (extra: Record<string, unknown>) => JSON.stringify({ currency: 'EUR', ...extra });

/** Section 4 of the contract: each rule, the dataset that breaks it, and the path the error must name. */
const RULES: [string, string, string][] = [
  ['missing required field', dataset({ subscriptions: [sub({ customerId: undefined })] }), 'subscriptions[0].customerId'],
  ['mistyped required field', dataset({ subscriptions: [sub({ amount: true })] }), 'subscriptions[0].amount'],
  ['missing currency', JSON.stringify({ subscriptions: [] }), 'currency'],
  ['unparsable date', dataset({ subscriptions: [sub({ start: '2024-01-01 noon' })] }), 'subscriptions[0].start'],
  ['impossible calendar date', dataset({ subscriptions: [sub({ end: '2024-02-30' })] }), 'subscriptions[0].end'],
  ['end ≤ start', dataset({ subscriptions: [sub({ end: '2023-12-31' })] }), 'subscriptions[0].end'],
  ['negative amount', dataset({ subscriptions: [sub({ amount: -10 })] }), 'subscriptions[0].amount'],
  ['negative quantity', dataset({ subscriptions: [sub({ quantity: -1 })] }), 'subscriptions[0].quantity'],
  ['discount outside [0, 1]', dataset({ subscriptions: [sub({ discount: 2 })] }), 'subscriptions[0].discount'],
  ['unknown interval', dataset({ subscriptions: [sub({ interval: 'monthly' })] }), 'subscriptions[0].interval'],
  ['intervalCount < 1', dataset({ subscriptions: [sub({ intervalCount: 0 })] }), 'subscriptions[0].intervalCount'],
  ['currency with no fx rate', dataset({ subscriptions: [sub({ currency: 'JPY' })] }), 'subscriptions[0].currency'],
  ['duplicate subscription id', dataset({ subscriptions: [sub(), sub()] }), 'subscriptions[1].id'],
  ['unknown deal status', dataset({ deals: [{ id: 'd', createdAt: '2024-01-01', status: 'closed', amount: 5 }] }), 'deals[0].status'],
  ['won deal without closedAt', dataset({ deals: [{ id: 'd', createdAt: '2024-01-01', status: 'won', amount: 5 }] }), 'deals[0].closedAt'],
  ['closedAt before createdAt', dataset({ deals: [{ id: 'd', createdAt: '2024-01-02', closedAt: '2024-01-01', status: 'lost', amount: 5 }] }), 'deals[0].closedAt'],
  ['unknown survey type', dataset({ surveys: [{ type: 'enps', score: 5, at: '2024-01-01' }] }), 'surveys[0].type'],
  ['score outside its scale', dataset({ surveys: [{ type: 'csat', score: 6, at: '2024-01-01' }] }), 'surveys[0].score'],
  ['negative funnel count', dataset({ funnel: [{ stage: 'Leads', count: -3 }] }), 'funnel[0].count'],
  ['malformed JSON', '{"currency": "EUR", "subscriptions": [', '$'],
];

describe('revkit report on bad input (contract section 4)', () => {
  it.each(RULES)('rejects %s: status ≠ 0, empty stdout, the path on stderr', (_rule, input, path) => {
    const result = revkit(['report', '-', '--from', '2024-01', '--to', '2024-02'], input);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith(`${path}: `))).toBe(true);
  });

  it('prints one line per problem, every problem at once', () => {
    const input = dataset({ subscriptions: [sub({ amount: -1, interval: 'monthly' }), sub({ id: 's2', end: '2020-01-01' })] });
    const result = revkit(['report', '-'], input);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'subscriptions[0].amount: must be at least 0, got -1',
      'subscriptions[0].interval: must be one of day, week, month, quarter, year, got "monthly"',
      'subscriptions[1].end: must be after start',
    ]);
  });

  it.each([
    [['--from', '2024-1', '--to', '2024-02'], '--from'],
    [['--from', '2024-01', '--to', 'June'], '--to'],
    [['--from', '2024-03', '--to', '2024-02'], '--from'],
  ])('rejects a bad range %j naming %s', (range, path) => {
    const result = revkit(['report', fixture('contract-example/dataset.json'), ...range]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^${path}: `));
  });

  it('reports a range problem and dataset problems together', () => {
    const result = revkit(['report', '-', '--from', '2024-13'], dataset({ subscriptions: [sub({ amount: 'ten' })] }));
    expect(result.stderr.trimEnd().split('\n').map((line) => line.split(':')[0])).toEqual(['--from', 'subscriptions[0].amount']);
  });

  it('names a missing file', () => {
    const result = revkit(['report', 'no/such/file.json']);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^no\/such\/file\.json: cannot read the file/);
  });

  it('explains usage errors', () => {
    const result = revkit(['report']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/missing FILE/);
    expect(revkit(['--help']).stdout).toMatch(/Usage: revkit report/);
  });
});
