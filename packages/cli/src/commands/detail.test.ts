import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_USAGE } from '../io.js';
import { runCliForTest as run } from '../_test/runCli.js';

const dataset = JSON.stringify({
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'alice', start: '2024-01-01', end: '2024-03-05', amount: '100', interval: 'month' },
    { id: 's2', customerId: 'bob', start: '2024-01-15', end: '2024-03-20', amount: '0.10', interval: 'year' },
    { id: 's3', customerId: 'carol', start: '2024-02-01', amount: '1200', interval: 'year' },
  ],
});

describe('revkit report --detail', () => {
  it("lists a month's churned customers as JSON, their amounts summing to the report's churn", async () => {
    const report = JSON.parse((await run(['report', '-'], dataset)).stdout) as { mrr: { month: string; churn: number }[] };
    const result = await run(['report', '-', '--detail', '2024-03:churn'], dataset);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const breakdown = JSON.parse(result.stdout) as { total: number; customers: { customerId: string; amount: number }[] };
    expect(breakdown.customers.map((row) => row.customerId)).toEqual(['alice', 'bob']);
    expect(breakdown.total).toBe(report.mrr.find((row) => row.month === '2024-03')?.churn);
    expect(breakdown.customers.reduce((sum, row) => sum + Math.round(row.amount * 100), 0)).toBe(Math.round(breakdown.total * 100));
  });

  it('prints a table with the total under the customers', async () => {
    const result = await run(['report', '-', '--detail=2024-02:mrr', '--format', 'table'], dataset);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^MRR · 2024-02 · 3 customers · money in EUR/);
    expect(result.stdout).toMatch(/carol\s+0\.00\s+100\.00\s+100\.00/);
    expect(result.stdout).toMatch(/Total\s+200\.01/);
  });

  it('lists a cohort cell with who still pays', async () => {
    const result = await run(['report', '-', '--detail', 'cohort:2024-01:2', '--format', 'table'], dataset);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Cohort 2024-01, 2024-01 → 2024-03: 0 of 2 customers paying/);
  });

  it('rejects a malformed spec as a usage error', async () => {
    const result = await run(['report', '-', '--detail', '2024-03:lost'], dataset);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/^--detail: must be MONTH:FIGURE/);
    expect(result.stdout).toBe('');
  });

  it('rejects a month after the report range with its path', async () => {
    const result = await run(['report', '-', '--to', '2024-02', '--detail', '2024-03:churn'], dataset);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe("detail.month: must not be after the report's last month 2024-02\n");
    expect(result.stdout).toBe('');
  });
});
