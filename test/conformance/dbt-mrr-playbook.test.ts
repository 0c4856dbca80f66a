import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MrrRow, Report } from '@revkit/core';
import { fixture, revkit } from './cli.js';
import { playbookDataset } from './datasets.js';

const CSV = fixture('dbt-mrr-playbook/subscription_periods.csv');
const FIELDS = ['mrr', 'customers', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'newCustomers', 'reactivatedCustomers', 'churnedCustomers'] as const;

async function sqlModel(from: string, to: string): Promise<Record<string, number | string>[]> {
  const sql = readFileSync(new URL('./sql/mrr-movements.sql', import.meta.url), 'utf8')
    .replaceAll('{{CSV}}', CSV)
    .replaceAll('{{FROM}}', `${from}-01`)
    .replaceAll('{{TO}}', `${to}-01`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJson() as Record<string, number | string>[];
  connection.closeSync();
  return rows;
}

describe('dbt MRR playbook data, 2018-01..2020-02', () => {
  let report: Report;
  let expected: Record<string, number | string>[];

  beforeAll(async () => {
    const result = revkit(['report', '-', '--from', '2018-01', '--to', '2020-02'], JSON.stringify(playbookDataset()));
    expect(result.stderr).toBe('');
    report = JSON.parse(result.stdout) as Report;
    expected = await sqlModel('2018-01', '2020-02');
  });

  it('imports through `revkit import csv` with one --map and gives the same report', () => {
    const imported = revkit(['import', 'csv', '--currency', 'USD', '--subscriptions', CSV, '--map', 'amount=monthly_amount', '--set', 'interval=month']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual(playbookDataset());
    const result = revkit(['report', '-', '--from', '2018-01', '--to', '2020-02'], imported.stdout);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(report);
  });

  it('covers every month of the range', () => {
    expect(report.mrr.map((row) => row.month)).toEqual(expected.map((row) => row.month));
    expect(report.mrr).toHaveLength(26);
  });

  it('agrees with the independent SQL model on every movement and count', () => {
    for (const [index, row] of report.mrr.entries()) {
      const sql = expected[index]!;
      for (const field of FIELDS) expect(row[field as keyof MrrRow], `${row.month} ${field}`).toBe(Number(sql[field]));
    }
  });

  it('keeps the bridge: previous MRR + net new = MRR, every month', () => {
    for (let i = 1; i < report.mrr.length; i++) {
      expect(Math.round((report.mrr[i - 1]!.mrr + report.mrr[i]!.netNew) * 100)).toBe(Math.round(report.mrr[i]!.mrr * 100));
    }
  });

  it('matches figures worked out by hand from the definitions', () => {
    const pick = (m: string) => {
      const row = report.mrr.find((r) => r.month === m)!;
      return [row.mrr, row.new, row.expansion, row.reactivation, row.contraction, row.churn, row.newCustomers, row.reactivatedCustomers, row.churnedCustomers];
    };
    // 2018-01: customer 7 is the only one paying (55), and is new.
    expect(pick('2018-01')).toEqual([55, 55, 0, 0, 0, 0, 1, 0, 0]);
    // 2018-02: customer 7 moves from 55 to 70.
    expect(pick('2018-02')).toEqual([70, 0, 15, 0, 0, 0, 0, 0, 0]);
    // 2018-12: 17 and 21 go 25 → 50 (+50); 5 goes 50 → 25 and 18 goes 90 → 50 (−65); 22 is new at 25.
    expect(pick('2018-12')).toEqual([585, 25, 50, 0, -65, 0, 1, 0, 0]);
    // 2019-04: 30 (55) and 8 (65) are new; 1 returns at 50; 10 and 14 go 25 → 50 and 23 goes 35 → 50.
    expect(pick('2019-04')).toEqual([895, 120, 65, 50, 0, 0, 2, 1, 0]);
  });
});
