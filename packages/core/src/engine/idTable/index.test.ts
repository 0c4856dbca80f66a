import { describe, expect, it } from 'vitest';
import { IdTable } from './index.js';

describe('IdTable', () => {
  it('gives the value a key was first claimed with, and −1 to a new key', () => {
    const table = new IdTable(2);
    expect(table.claim('sub_1', 0)).toBe(-1);
    expect(table.claim('sub_2', 1)).toBe(-1);
    expect(table.claim('sub_1', 7)).toBe(0);
    expect(table.get('sub_2')).toBe(1);
    expect(table.get('sub_3')).toBeUndefined();
    table.set('sub_2', 9);
    table.set('sub_3', 4);
    expect([table.get('sub_2'), table.get('sub_3'), table.size]).toEqual([9, 4, 3]);
  });

  it('agrees with a Map over many keys, growing past the size it expected', () => {
    const table = new IdTable(4);
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = `id_${(i * 7919) % 12_345}`;
      const expected = map.get(key) ?? -1;
      if (expected === -1) map.set(key, i);
      expect(table.claim(key, i)).toBe(expected);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
  });

  it('keeps working when crafted keys share one hash (it moves them into a Map past 256 probes)', () => {
    // FNV-1a is not keyed, so a file can hold ids that all collide: 600 of them here.
    const colliding = collidingKeys(600);
    expect(new Set(colliding).size).toBe(600);
    expect(new Set(colliding.map(fnv1a)).size).toBe(1);
    const table = new IdTable(16);
    colliding.forEach((key, i) => expect(table.claim(key, i)).toBe(-1));
    colliding.forEach((key, i) => expect(table.claim(key, 0)).toBe(i));
    expect(table.size).toBe(colliding.length);
    expect(table.takeKeys()).toEqual(colliding);
  });

  it('agrees with a Map when numbered keys (addressed by their number) and other keys mix', () => {
    // The first key picks the numbered form: `sub_` then a number without a leading zero.
    const table = new IdTable(50);
    const map = new Map<string, number>();
    const keys = ['sub_7', 'sub_0', 'sub_07', 'sub_1000000', 'sub_x', 'cus_7', 'sub_', '7', 'sub_12345678901', 'sub_49', 'sub_66'];
    for (let i = 0; i < 3_000; i++) {
      const key = i % 3 === 0 ? `sub_${(i * 37) % 211}` : (keys[i % keys.length] ?? '');
      const expected = map.get(key) ?? -1;
      if (expected === -1) map.set(key, i);
      expect(table.claim(key, i)).toBe(expected);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
    expect(table.get('sub_007')).toBeUndefined();
    expect(table.takeKeys()).toEqual([...map.keys()]);
  });

  it('tells zero-padded numbers apart by their width', () => {
    const table = new IdTable(8);
    const padded = ['C0001', 'C0002', 'C001', 'C1', 'C00001', 'C0010'];
    padded.forEach((key, i) => expect(table.claim(key, i)).toBe(-1));
    padded.forEach((key, i) => expect(table.get(key)).toBe(i));
    expect(table.claim('C0002', 9)).toBe(1);
    expect(table.takeKeys()).toEqual(padded);
  });

  it('keeps values set apart from the order keys came in', () => {
    const table = new IdTable(4);
    expect(table.claim('row_1', 0)).toBe(-1);
    expect(table.claim('row_2', 5)).toBe(-1);
    table.set('row_1', 3);
    table.set('other', 2);
    expect([table.get('row_1'), table.get('row_2'), table.get('other'), table.claim('row_2', 0)]).toEqual([3, 5, 2, 5]);
  });

  it('hands over its keys in the order they were first claimed, and is empty after', () => {
    const table = new IdTable(2);
    for (const key of ['cus_2', 'cus_1', 'cus_2', 'cus_3', 'cus_1']) table.claim(key, table.size);
    expect(table.takeKeys()).toEqual(['cus_2', 'cus_1', 'cus_3']);
    expect([table.size, table.get('cus_1'), table.claim('cus_9', 0)]).toEqual([0, undefined, -1]);
  });
});

function fnv1a(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * 2^k distinct strings with one FNV-1a hash, made of k blocks of two code
 * units: at each block's starting state, two first units whose states agree
 * in the upper 16 bits (a birthday search), then second units that cancel
 * the lower 16 bits.
 */
function collidingKeys(count: number): string[] {
  const prime = 0x01000193;
  let state = 0x811c9dc5 | 0;
  const pairs: [string, string][] = [];
  while (2 ** pairs.length < count) {
    const byHigh = new Map<number, number>();
    let pair: [string, string] | undefined;
    for (let a = 0; a < 65_536 && pair === undefined; a++) {
      const mixed = Math.imul(state ^ a, prime);
      const other = byHigh.get(mixed >>> 16);
      if (other === undefined) {
        byHigh.set(mixed >>> 16, a);
        continue;
      }
      const low = (Math.imul(state ^ other, prime) ^ mixed) & 0xffff;
      pair = [String.fromCharCode(other, 0x41), String.fromCharCode(a, 0x41 ^ low)];
    }
    if (pair === undefined) throw new Error('no colliding blocks at this state');
    pairs.push(pair);
    for (const unit of pair[0]) state = Math.imul(state ^ unit.charCodeAt(0), prime);
  }
  return Array.from({ length: count }, (_, n) => pairs.map((pair, bit) => pair[(n >> bit) & 1]).join(''));
}
