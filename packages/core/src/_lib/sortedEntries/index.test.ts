import { describe, expect, it } from 'vitest';
import { sortedEntries } from './index.js';

describe('sortedEntries', () => {
  it('sorts by key in code-unit order, whatever the insertion order', () => {
    const map = new Map([
      ['bob', 1],
      ['Zoe', 2],
      ['alice', 3],
      ['éva', 4],
    ]);
    expect(sortedEntries(map)).toEqual([
      ['Zoe', 2],
      ['alice', 3],
      ['bob', 1],
      ['éva', 4],
    ]);
    expect(sortedEntries(new Map())).toEqual([]);
  });
});
