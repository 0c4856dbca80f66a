import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_USAGE, runCli } from './index.js';

async function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
  });
  return { status, stdout, stderr };
}

const dataset = JSON.stringify({
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'c1', start: '2024-01-01', amount: '100', interval: 'month' },
    { id: 's2', customerId: 'c2', start: '2024-02-01', end: '2024-04-01', amount: '1200', interval: 'year' },
  ],
  deals: [{ id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-11', status: 'won', amount: '1000' }],
});

describe('runCli', () => {
  it('prints the contract JSON report by default', async () => {
    const result = await run(['report', '-', '--from', '2024-01', '--to', '2024-04'], dataset);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.mrr.map((row: { mrr: number }) => row.mrr)).toEqual([100, 200, 200, 100]);
    expect(report.sales).toMatchObject({ wonDeals: 1, averageSalesCycleDays: 10 });
  });

  it('prints readable tables with --format table, with dashes instead of missing figures', async () => {
    const result = await run(['report', '-', '--format=table'], dataset);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^revkit report · 2024-01 → 2024-04 · money in EUR/);
    expect(result.stdout).toMatch(/2024-04\s+100\.00\s+1,200\.00\s+1\s+100\.00/);
    expect(result.stdout).toMatch(/NPS \(−100…100\)\s+—\s+0/);
    expect(result.stdout).not.toMatch(/NaN|null|undefined/);
  });

  it('rejects bad input with one path-and-message line per problem and nothing on stdout', async () => {
    const result = await run(['report', '-'], JSON.stringify({ currency: 'EUR', subscriptions: [{ id: 's' }] }));
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'subscriptions[0].customerId: is required',
      'subscriptions[0].start: is required',
      'subscriptions[0].amount: is required',
      'subscriptions[0].interval: is required',
    ]);
  });

  it('names the defaulted range option when the dataset has no dates', async () => {
    const result = await run(['report', '-'], '{"currency":"EUR"}');
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(/^--from: has no default/);
  });

  it('checks a given bound against a defaulted one with the CLI names in the message', async () => {
    const result = await run(['report', '-', '--from', '2030-01'], dataset);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('--from: must not be after --to (2030-01 > 2024-04)\n');
  });

  it('judges only the bounds given, together with the dataset problems', async () => {
    const result = await run(['report', '-', '--to', '2024-13'], JSON.stringify({ currency: 'eur' }));
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      '--to: must be a month as YYYY-MM, got "2024-13"',
      'currency: must be an ISO 4217 code such as "EUR", got "eur"',
    ]);
  });

  it.each([
    [['report', '-', '--format', 'xml'], /--format: must be json or table/],
    [['report', '-', '--from'], /--from: needs a value/],
    [['report', '-', '--verbose'], /unknown option: --verbose/],
    [['report', 'a.json', 'b.json'], /unexpected argument: b\.json/],
    [['export'], /unknown command: export/],
    [[], /missing command/],
  ])('rejects usage %j with status 2', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
