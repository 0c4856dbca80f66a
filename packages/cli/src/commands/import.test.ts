import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_USAGE } from '../index.js';
import { runCliForTest } from '../_test/runCli.js';

/** The CLI in-process, collecting what it prints. */
const run = runCliForTest;

const dir = mkdtempSync(join(tmpdir(), 'revkit-import-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('revkit import csv', { timeout: 60_000 }, () => {
  it('writes the dataset on stdout and warnings on stderr', async () => {
    const subs = file('subs.csv', 'sub,customer_id,start_date,price,interval,plan\r\ns1,c1,2024-01-01,"1200.00",year,Pro\r\n');
    const result = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', subs, '--map', 'id=sub', '--map=amount=price', '--fx', 'USD=0.9']);
    expect(result.stderr).toBe('warning: subs.csv: columns not imported: plan\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      currency: 'EUR',
      fxRates: { USD: '0.9' },
      subscriptions: [{ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '1200.00', interval: 'year' }],
    });
  });

  it('collapses one problem repeated on every row into one line, and reads the file as strict UTF-8', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `s${i},c${i},2024-01-01,1,month,USD`).join('\n');
    const subs = file('usd.csv', `\uFEFFid,customerId,start,amount,interval,currency\n${rows}\n`);
    const result = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', subs]);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^usd\.csv:2\.\.301 currency: .* \(300 times\)\n$/);
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from('id,customerId,start,amount,interval\ns1,caf'), Buffer.from([0xe9]), Buffer.from(',2024-01-01,1,month\n')]));
    const invalid = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', latin1]);
    expect(invalid.stderr).toBe(`$: ${latin1} is not UTF-8 text: invalid byte 0xe9 at byte offset 42\n`);
  });

  it('lists every bad cell with file:line column and writes nothing on stdout', async () => {
    const subs = file('bad.csv', 'id,customerId,start,amount,interval\ns1,c1,2024-13-01,1,month\ns2,c2,2024-01-01,x,month\n');
    const result = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', subs, '--fx', 'USD']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('--fx: must be KEY=VALUE, got "USD"\n');
    const second = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', subs]);
    expect(second.status).toBe(EXIT_BAD_INPUT);
    expect(second.stdout).toBe('');
    expect(second.stderr.trimEnd().split('\n')).toEqual([
      'bad.csv:2 start: is not a calendar date: 2024-13-01',
      expect.stringMatching(/^bad\.csv:3 amount: must be a decimal/),
    ]);
  });

  it('names a file it cannot read', async () => {
    const result = await run(['import', 'csv', '--currency', 'EUR', '--subscriptions', join(dir, 'missing.csv')]);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(/missing\.csv: cannot read the file: ENOENT/);
  });

  it.each([
    [['import'], /missing source/],
    [['import', 'xls'], /unknown source: xls/],
    [['import', 'csv', '--subscriptions', 'a.csv'], /--currency: is required/],
    [['import', 'csv', '--currency', 'EUR'], /give at least one file/],
    [['import', 'csv', '--currency', 'EUR', '--subscriptions'], /--subscriptions: needs a value/],
    [['import', 'csv', '--currency', 'EUR', '--verbose', 'x'], /unknown option: --verbose/],
  ])('rejects usage %j with status 2', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
