import { describe, expect, it } from 'vitest';
import { runCliForTest } from './_test/runCli.js';

/** The CLI in-process, collecting what it prints. */
const run = runCliForTest;

const contract = {
  currency: 'EUR',
  subscriptions: [{ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '100', interval: 'month' }],
  deals: [{ id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-11', status: 'won', amount: '1000', owner: 'alice' }],
};
const withCosts = {
  ...contract,
  costs: [{ month: '2024-01', category: 'marketing', amount: '250' }],
  leads: [{ id: 'l1', reached: { lead: '2024-01-03' }, owner: 'alice' }],
};

describe('runCli: RevOps metrics', () => {
  it('prints the metrics grouped by team in the table when their inputs are present', async () => {
    const result = await run(['report', '-', '--format', 'table', '--from', '2024-01', '--to', '2024-02'], JSON.stringify(withCosts));
    expect(result.status).toBe(0);
    const titles = result.stdout.split('\n\n').map((section) => section.split('\n')[0]);
    expect(titles).toEqual(expect.arrayContaining(['Marketing', 'Sales', 'Customer success', 'Finance']));
    expect(result.stdout).toMatch(/CAC \(blended\)\s+250\.00/);
    expect(result.stdout).toMatch(/Cost per lead \(CPL\)\s+250\.00/);
    expect(result.stdout).not.toMatch(/NaN|null|undefined/);
  });

  it('leaves out the marketing team without costs and leads', async () => {
    const result = await run(['report', '-', '--format', 'table'], JSON.stringify(contract));
    expect(result.stdout).not.toMatch(/^Marketing$/m);
    expect(result.stdout).toMatch(/^Finance$/m);
  });

  it('keeps the contract JSON unless --revops is given', async () => {
    const plain = JSON.parse((await run(['report', '-'], JSON.stringify(withCosts))).stdout);
    expect(plain.revops).toBeUndefined();
    expect(plain).toEqual(JSON.parse((await run(['report', '-'], JSON.stringify(contract))).stdout));
    const extended = JSON.parse((await run(['report', '-', '--revops'], JSON.stringify(withCosts))).stdout);
    expect(extended.revops.marketing.customerAcquisitionCost).toBe(250);
    expect({ ...extended, revops: undefined }).toEqual({ ...plain, revops: undefined });
  });

  it('reports bad RevOps sections with their paths', async () => {
    const result = await run(['report', '-'], JSON.stringify({ ...contract, costs: [{ month: '2024-01', category: 'ads', amount: 1 }] }));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^costs\[0\]\.category: must be one of/);
  });
});
