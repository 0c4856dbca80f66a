import { buildReport, isRevkitValidationError, formatIssue } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { datasetFromCsv, type CsvFiles, type CsvImportOptions } from './datasetFromCsv.js';

/** The problems `datasetFromCsv` reports, one `path: message` line each (fails the test when it succeeds). */
function problems(files: CsvFiles, options: CsvImportOptions): string[] {
  try {
    datasetFromCsv(files, options);
  } catch (error) {
    if (isRevkitValidationError(error)) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected the import to fail');
}

const subs = (text: string) => ({ subscriptions: { name: 'subscriptions.csv', text } });

describe('datasetFromCsv', () => {
  it('maps camelCase and snake_case columns to the contract fields without a map', () => {
    const { dataset, warnings } = datasetFromCsv(
      subs('id,customer_id,start_date,end,amount,interval,interval_count,quantity,discount,currency\n' +
        's1,c1,2024-01-01,,49.90,month,1,2,0.1,EUR\n' +
        's2,c2,2024-02-01,2024-05-01,1200,year,,,,USD\n'),
      { currency: 'EUR', fxRates: { USD: '0.5' } },
    );
    expect(warnings).toEqual([]);
    expect(dataset).toEqual({
      currency: 'EUR',
      fxRates: { USD: '0.5' },
      subscriptions: [
        { id: 's1', customerId: 'c1', start: '2024-01-01', end: null, amount: '49.90', interval: 'month', intervalCount: 1, quantity: '2', discount: '0.1', currency: 'EUR' },
        { id: 's2', customerId: 'c2', start: '2024-02-01', end: '2024-05-01', amount: '1200', interval: 'year', currency: 'USD' },
      ],
    });
    // 49.90 × 2 × 0.9 = 89.82, plus 1200 USD ÷ 12 × 0.5 = 50 from February to April.
    expect(buildReport(dataset, { from: '2024-01', to: '2024-05' }).mrr.map((row) => row.mrr)).toEqual([89.82, 139.82, 139.82, 139.82, 89.82]);
  });

  it('reads quoted fields, a BOM, ";" separators with decimal commas, and CRLF line ends', () => {
    const text = '\uFEFFid;customerId;start;amount;interval\r\n"s;1";"ACME; Inc.";2024-01-01;"49,90";month\r\n\r\n"s2";"say ""hi""";2024-01-01;10;month\r\n';
    const { dataset } = datasetFromCsv(subs(text), { currency: 'EUR' });
    expect(dataset.subscriptions).toEqual([
      { id: 's;1', customerId: 'ACME; Inc.', start: '2024-01-01', amount: '49.90', interval: 'month' },
      { id: 's2', customerId: 'say "hi"', start: '2024-01-01', amount: '10', interval: 'month' },
    ]);
  });

  it('keeps a line break inside a quoted field and counts lines after it', () => {
    const text = 'id,customerId,start,amount,interval\n"s1","multi\nline",2024-01-01,10,month\ns2,c2,2024-01-01,abc,month\n';
    expect(problems(subs(text), { currency: 'EUR' })).toEqual([expect.stringMatching(/^subscriptions\.csv:4 amount: /)]);
  });

  it('renames with map and fills a missing column with set', () => {
    const { dataset } = datasetFromCsv(subs('sub,account_id,from,mrr\ns1,a1,2024-01-01,10\n'), {
      currency: 'EUR',
      map: { id: 'sub', customerId: 'account_id', start: 'from', amount: 'mrr' },
      set: { interval: 'month' },
    });
    expect(dataset.subscriptions).toEqual([{ id: 's1', customerId: 'a1', start: '2024-01-01', amount: '10', interval: 'month' }]);
  });

  it('reports every bad cell at once with file, line and column, and returns nothing', () => {
    const text =
      'id,customer_id,start_date,end_date,amount,interval\n' +
      's1,c1,2024-01-01,,49.90,month\n' +
      's2,c2,2024-02-30,,abc,month\n' +
      's3,,2024-03-01,2024-02-01,10,fortnight\n' +
      's1,c4,2024-01-01,,-5,month\n';
    expect(problems(subs(text), { currency: 'EUR' })).toEqual([
      'subscriptions.csv:3 start_date: is not a calendar date: 2024-02-30',
      expect.stringMatching(/^subscriptions\.csv:3 amount: must be a decimal/),
      'subscriptions.csv:4 customer_id: is required',
      'subscriptions.csv:4 end_date: must be after start',
      expect.stringMatching(/^subscriptions\.csv:4 interval: must be one of day, week, month, quarter, year, got "fortnight"/),
      expect.stringMatching(/^subscriptions\.csv:5 id: duplicates line 2 /),
      expect.stringMatching(/^subscriptions\.csv:5 amount: must be at least 0/),
    ]);
  });

  it('names a missing required column once, not once per row', () => {
    expect(problems(subs('id,start,amount,interval\ns1,2024-01-01,1,month\ns2,2024-01-01,1,month\n'), { currency: 'EUR' })).toEqual([
      'subscriptions.csv: has no column for customerId (name one customerId, or give --map customerId=COLUMN or --set customerId=VALUE)',
    ]);
  });

  it('says a bad --set constant once', () => {
    expect(problems(subs('id,customerId,start,amount\ns1,c,2024-01-01,1\ns2,c,2024-01-01,1\n'), { currency: 'EUR', set: { interval: 'monthly' } })).toEqual([
      '--set interval: must be one of day, week, month, quarter, year, got "monthly"',
    ]);
  });

  it('rejects a map to a column the file lacks, an unknown field, and a ragged row', () => {
    expect(problems(subs('id,customerId,start,amount,interval\ns1,c,2024-01-01,1\n'), { currency: 'EUR', map: { amount: 'price', plan: 'x' } })).toEqual([
      '--map plan: is not a field of subscriptions (fields: id, customerId, start, end, amount, interval, intervalCount, quantity, discount, currency)',
      'subscriptions.csv:2: has 4 fields, the header has 5',
    ]);
  });

  it('names the option when the currency or a needed fx rate is bad', () => {
    // A bad reporting currency is the one cause: no rate can apply, so no row is blamed for it.
    expect(problems(subs('id,customerId,start,amount,interval,currency\ns1,c,2024-01-01,1,month,USD\n'), { currency: 'eur' })).toEqual([
      '--currency: must be an ISO 4217 code such as "EUR", got "eur"',
    ]);
    expect(problems(subs('id,customerId,start,amount,interval,currency\ns1,c,2024-01-01,1,month,USD\n'), { currency: 'EUR' })).toEqual([
      expect.stringMatching(/^subscriptions\.csv:2 currency: /),
    ]);
  });

  it('rejects an empty file and a file with two columns for one field', () => {
    expect(problems(subs(''), { currency: 'EUR' })).toEqual(['subscriptions.csv: is empty: a header row naming the columns is needed']);
    expect(problems(subs('id,customer_id,customerId,start,amount,interval\n'), { currency: 'EUR' })).toEqual([
      'subscriptions.csv: has several columns for customerId (customer_id, customerId): choose one with --map customerId=COLUMN',
    ]);
  });

  it('warns about columns it does not import', () => {
    const { warnings } = datasetFromCsv(subs('id,customerId,start,amount,interval,plan_name\ns1,c,2024-01-01,1,month,Pro\n'), { currency: 'EUR' });
    expect(warnings).toEqual(['subscriptions.csv: columns not imported: plan_name']);
  });

  it('imports deals, surveys, funnel and costs with integers as numbers', () => {
    const { dataset } = datasetFromCsv(
      {
        deals: { name: 'deals.csv', text: 'deal_id,created_at,closed_at,status,amount,stage,owner\nd1,2024-01-01,,open,100,Demo,\n' },
        surveys: { name: 'surveys.csv', text: 'type,score,at\nnps,9,2024-01-02\n' },
        funnel: { name: 'funnel.csv', text: 'stage,count\nVisitors,3000\nLeads,100\n' },
        costs: { name: 'costs.csv', text: 'month,category,amount\n2024-01,sales,1200.50\n' },
      },
      { currency: 'EUR' },
    );
    expect(dataset).toEqual({
      currency: 'EUR',
      deals: [{ id: 'd1', createdAt: '2024-01-01', closedAt: null, status: 'open', amount: '100', stage: 'Demo', owner: null }],
      funnel: [{ stage: 'Visitors', count: 3000 }, { stage: 'Leads', count: 100 }],
      surveys: [{ type: 'nps', score: 9, at: '2024-01-02' }],
      costs: [{ month: '2024-01', category: 'sales', amount: '1200.50' }],
    });
  });

  it('scopes a map to one file with section.field', () => {
    const { dataset } = datasetFromCsv(
      {
        subscriptions: { name: 's.csv', text: 'id,customerId,start,amount,interval\ns1,c,2024-01-01,5,month\n' },
        deals: { name: 'd.csv', text: 'id,createdAt,status,value\nd1,2024-01-01,open,7\n' },
      },
      { currency: 'EUR', map: { 'deals.amount': 'value' } },
    );
    expect(dataset.subscriptions?.[0]?.amount).toBe('5');
    expect(dataset.deals?.[0]?.amount).toBe('7');
  });
});

describe('datasetFromCsv options', () => {
  it('without options (untyped JavaScript) throws a TypeError naming the function, not a bare property read', () => {
    expect(() => datasetFromCsv({}, undefined as never)).toThrow(TypeError);
    expect(() => datasetFromCsv({}, undefined as never)).toThrow(/^datasetFromCsv: options must be an object with the dataset's currency/);
  });
});
