import { describe, expect, it } from 'vitest';
import { isRevkitValidationError } from '@revkit/core';
import { quoteIdentifier, resolveSchema } from './schema.js';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isRevkitValidationError(error)) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('resolveSchema', () => {
  it('defaults to the tables loadDataset creates, every name quoted', () => {
    const schema = resolveSchema();
    expect(schema.subscriptions?.name).toBe('"revkit_subscriptions"');
    expect(schema.subscriptions?.columns.customerId).toBe('"customer_id"');
  });

  it('maps a team table with a schema-qualified name and renamed columns', () => {
    const schema = resolveSchema({ subscriptions: { table: 'billing.subscriptions', columns: { customerId: 'account_id', discount: null } } });
    expect(schema.subscriptions?.name).toBe('"billing"."subscriptions"');
    expect(schema.subscriptions?.columns.customerId).toBe('"account_id"');
    expect(schema.subscriptions?.columns.discount).toBeNull();
  });

  it('names every unknown table, unknown column and bad name', () => {
    expect(
      issuesOf(() =>
        resolveSchema({
          invoices: {},
          subscriptions: { table: 'a.b.c', columns: { custmerId: 'x', amount: 'amount"; DROP TABLE x; --' } },
          deals: { columns: { id: null } },
        }),
      ),
    ).toEqual([
      'schema.invoices: is not a table revkit reads (expected one of settings, fxRates, subscriptions, deals, funnel, surveys)',
      'schema.subscriptions.table: must be name or schema.name',
      'schema.subscriptions.columns.custmerId: is not a column of subscriptions (expected one of id, customerId, start, end, amount, interval, intervalCount, quantity, discount, currency)',
      'schema.subscriptions.columns.amount: must not contain quotes, backslashes or control characters: "amount\\"; DROP TABLE x; --"',
      'schema.deals.columns.id: is required and cannot be null',
    ]);
  });

  it('lets deals, funnel and surveys be absent but not subscriptions', () => {
    expect(resolveSchema({ deals: null, funnel: null, surveys: null }).deals).toBeNull();
    expect(issuesOf(() => resolveSchema({ subscriptions: null } as never))).toEqual(['schema.subscriptions: is required: the report cannot run without it']);
  });
});

describe('quoteIdentifier', () => {
  it('quotes a plain name and refuses a control character', () => {
    expect(quoteIdentifier('mrr')).toBe('"mrr"');
    expect(() => quoteIdentifier('a\nb')).toThrow(RangeError);
    expect(() => quoteIdentifier('a\nb')).toThrow(/^quoteIdentifier: .*must not contain quotes, backslashes or control characters/);
  });
});
