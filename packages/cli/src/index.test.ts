import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_USAGE, VERSION } from './index.js';
import { runCliForTest } from './_test/runCli.js';

/** The CLI in-process, collecting what it prints. */
const run = runCliForTest;

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
    // The bridge over the range (an addition to the contract): start + movements = end, no rounding step.
    expect(report.mrrBridge).toEqual({
      from: '2024-01', to: '2024-04', startMrr: 0, new: 200, expansion: 0, reactivation: 0, contraction: 0, churn: -100, netNew: 100, endMrr: 100, growthRate: null,
      // The exact monthly figures behind it (integer numerators as strings), so any range inside it can be bridged exactly.
      exact: {
        denominator: '1',
        startMrr: '0',
        months: [
          { month: '2024-01', mrr: '100', new: '100', expansion: '0', reactivation: '0', contraction: '0', churn: '0' },
          { month: '2024-02', mrr: '200', new: '100', expansion: '0', reactivation: '0', contraction: '0', churn: '0' },
          { month: '2024-03', mrr: '200', new: '0', expansion: '0', reactivation: '0', contraction: '0', churn: '0' },
          { month: '2024-04', mrr: '100', new: '0', expansion: '0', reactivation: '0', contraction: '0', churn: '-100' },
        ],
      },
    });
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

  it.each([[['--version']], [['report', '--version']], [['import', 'csv', '-V']], [['load', '--version']], [['sql', '--version']]])(
    'prints the version for %j',
    async (args) => {
      const result = await run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`revkit ${VERSION}\n`);
      expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    },
  );

  it.each([
    [['report', '--help'], /^Usage: revkit report FILE/],
    [['report', 'data.json', '-h'], /^Usage: revkit report FILE/],
    [['import', 'csv', '--help'], /^Usage: revkit import csv/],
    [['import', '--help'], /^Usage: revkit import csv/],
    [['load', '--help'], /^Usage: revkit load/],
    [['sql', '--help'], /^Usage: revkit sql/],
  ])('prints the command usage for %j', async (args, usage) => {
    const result = await run(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(usage);
  });

  it('survives 130 000 problems: one line per rule, or the first 200 lines, then how many more', async () => {
    const input = JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 130_000 }, (_, i) => i) });
    const result = await run(['report', '-'], input);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('subscriptions[0..129999]: must be an object, e.g. number 0 (130000 times)\n');
    // 130 000 problems that are not records of one section: each its own line, capped.
    const rates = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`X${i}`, 'abc']));
    const capped = await run(['report', '-'], JSON.stringify({ currency: 'EUR', fxRates: rates }));
    const lines = capped.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(201);
    expect(lines[200]).toMatch(/^… and 129 8\d\d more problems$/);
    const nulls = await run(['report', '-'], JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 130_000 }, () => null) }));
    expect(nulls.stderr).toBe('subscriptions[0..129999]: must be an object, got null (130000 times)\n');
  });

  it('collapses one problem repeated on every record into one line with the range and the count', async () => {
    const subscriptions = Array.from({ length: 626 }, (_, i) => ({ id: `s${i}`, customerId: 'c', start: '2024-01-01', amount: '1', interval: 'month', currency: 'USD' }));
    const result = await run(['report', '-'], JSON.stringify({ currency: 'EUR', subscriptions }));
    expect(result.stderr).toBe('subscriptions[0..625].currency: has no rate in fxRates for USD (626 times)\n');
  });

  it('names the file, line and column of malformed JSON in one line', async () => {
    const result = await run(['report', '-'], '{"currency": "EUR",\n "subscriptions": [}');
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe('$: malformed JSON in standard input at line 2, column 20: expected a value or \']\', got "}"\n');
  });

  it('reads stdin as strict UTF-8: a byte order mark is skipped, an invalid byte is named with its offset', async () => {
    const bom = await run(['report', '-'], new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(dataset)]));
    expect(bom.status).toBe(0);
    const bad = new TextEncoder().encode(dataset.replace('"c2"', '"c\u00e9"'));
    const at = bad.indexOf(0xc3);
    bad[at] = 0xff;
    const result = await run(['report', '-'], bad);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe(`$: standard input is not UTF-8 text: invalid byte 0xff at byte offset ${at}\n`);
  });

  it('prints names from the input as escaped, cut text in tables', async () => {
    const input = JSON.parse(dataset) as Record<string, unknown>;
    input.funnel = [{ stage: `\u001b[2J\nforged line ${'x'.repeat(200)}`, count: 10 }, { stage: 'Won', count: 5 }];
    const result = await run(['report', '-', '--format', 'table'], JSON.stringify(input));
    expect(result.status).toBe(0);
    // eslint-disable-next-line no-control-regex -- the point: no raw control character
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain(`\\u001b[2J\\nforged line ${'x'.repeat(57)}…`);
    expect(result.stdout).not.toMatch(/^forged/m);
  });
});
