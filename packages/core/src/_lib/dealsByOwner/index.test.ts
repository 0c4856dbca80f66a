import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../engine/validate/index.js';
import { closedRowsIn, dealColumnsOf } from '../dealColumns/index.js';
import { closedByOwner, dealsByOwner } from './index.js';

describe('dealsByOwner', () => {
  it('groups the given deals by owner in their order, owners sorted, deals without owner left out', () => {
    const { deals } = validateDataset({
      currency: 'EUR',
      deals: [
        { id: '1', createdAt: '2024-01-01', status: 'open', amount: 1, owner: 'bob' },
        { id: '2', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'won', amount: 2, owner: 'bob' },
        { id: '3', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'won', amount: 3 },
        { id: '4', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'lost', amount: 4, owner: 'alice' },
        { id: '5', createdAt: '2024-01-01', closedAt: '2024-01-06', status: 'won', amount: 5, owner: 'bob' },
      ],
    });
    const columns = dealColumnsOf(deals);
    const { won, lost } = closedRowsIn(columns, undefined);
    expect([won, lost]).toEqual([[1, 2, 4], [3]]);
    const closed = dealsByOwner(columns, [...won, ...lost].sort((a, b) => a - b));
    expect(closed.map(([owner, rows]) => [owner, rows.map((row) => deals[row]?.id)])).toEqual([
      ['alice', ['4']],
      ['bob', ['2', '5']],
    ]);
    expect(dealsByOwner(columns, [])).toEqual([]);
    expect(dealsByOwner(columns, [4, 1]).map(([owner, rows]) => [owner, rows])).toEqual([['bob', [4, 1]]]);
  });

  it('tallies the closed deals per owner number: counts, cycles, amounts, and the won total with deals without owner', () => {
    const { deals } = validateDataset({
      currency: 'EUR',
      deals: [
        { id: '1', createdAt: '2024-01-01', closedAt: '2024-01-03', status: 'won', amount: '2.50', owner: 'bob' },
        { id: '2', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'won', amount: 3 },
        { id: '3', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'lost', amount: 4, owner: 'alice' },
        { id: '4', createdAt: '2024-01-02', closedAt: '2024-01-03', status: 'won', amount: 5, owner: 'bob' },
      ],
    });
    const columns = dealColumnsOf(deals);
    const tallies = closedByOwner(columns, closedRowsIn(columns, undefined));
    expect(columns.owners).toEqual(['bob', 'alice']);
    expect([...(tallies?.won ?? [])]).toEqual([2, 0]);
    expect([...(tallies?.lost ?? [])]).toEqual([0, 1]);
    // bob: 2 days + 1 day; amounts in tenths (the columns' scale is 1: 2.50 is 2.5).
    expect([...(tallies?.cycleMs ?? [])]).toEqual([3 * 86_400_000, 0]);
    expect([...(tallies?.units ?? [])]).toEqual([75, 0]);
    expect(tallies?.wonUnits).toBe(105);
    expect(tallies?.wonCycleMs).toBe(7 * 86_400_000);
  });
});
