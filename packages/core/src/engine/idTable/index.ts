import { int32At, itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';

/**
 * Strings to small numbers (an id to the index it first appeared at, a
 * customer id to its dense number), for the millions of ids a large dataset
 * has. One probe of a typed-array table per lookup-or-insert, where a `Map`
 * takes a `has` and a `set`: validation spent most of its time in those.
 *
 * The hash is ours (FNV-1a over UTF-16 code units), so a crafted file could
 * make many ids collide: past a few hundred probes the table moves its
 * entries into a `Map` (whose hash is seeded) and goes on there, so work
 * stays linear whatever the input.
 *
 * @example
 * const ids = new IdTable(3)
 * ids.claim('sub_1', 0) //=> -1 (new)
 * ids.claim('sub_1', 5) //=> 0 (first seen at 0)
 * ids.get('sub_1') //=> 0
 * @throws never
 */
export class IdTable {
  /**
   * One word per slot, 0 when empty: 1 + the entry number in the bits of
   * `mask`, and above them the same bits of the key's hash (the bits the
   * slot number does not use), so strings are compared only when those
   * agree. Half the memory of a word for each, and the table stays sparse:
   * 1 + entry number ≤ count ≤ slots / 2 + 1 fits in the mask.
   */
  private table: Int32Array;
  private mask: number;
  private count = 0;
  private keys: string[];
  private values: Int32Array;
  /** Set once collisions pile up: every entry lives here from then on. */
  private fallback: Map<string, number> | undefined;

  constructor(expected = 16) {
    const size = tableSize(expected);
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.keys = packedStrings(Math.max(expected, 16));
    this.values = new Int32Array(Math.max(expected, 16));
  }

  /** Number of keys. */
  get size(): number {
    return this.fallback?.size ?? this.count;
  }

  /**
   * Hands over the keys in the order they were added (each once) and leaves
   * the table empty: a caller that numbers keys in that order (customer
   * numbers, rows) gets its list of them without keeping a second copy.
   */
  takeKeys(): string[] {
    const keys = this.fallback === undefined ? this.keys : Array.from(this.fallback.keys());
    keys.length = this.size;
    this.count = 0;
    this.fallback = undefined;
    this.table = new Int32Array(16);
    this.mask = 15;
    this.keys = packedStrings(16);
    this.values = new Int32Array(16);
    return keys;
  }

  /** The value of a key, or undefined. */
  get(key: string): number | undefined {
    if (this.fallback !== undefined) return this.fallback.get(key);
    const entry = this.find(key, hashString(key));
    return entry < 0 ? undefined : this.values[entry];
  }

  /** Sets a key's value (adding the key when new). */
  set(key: string, value: number): void {
    if (this.fallback !== undefined) {
      this.fallback.set(key, value);
      return;
    }
    const entry = this.find(key, hashString(key));
    if (entry < 0) this.claim(key, value);
    else this.values[entry] = value;
  }

  /**
   * The value a key already has, or −1 after adding it with `value`: the
   * lookup and the insert in one probe. Values must be 0 to 2^31 − 1.
   */
  claim(key: string, value: number): number {
    const fallback = this.fallback;
    if (fallback !== undefined) {
      const known = fallback.get(key);
      if (known !== undefined) return known;
      fallback.set(key, value);
      return -1;
    }
    const hash = hashString(key);
    const { table, mask, keys } = this;
    const tag = hash & ~mask;
    for (let slot = hash & mask, probes = 0; ; slot = (slot + 1) & mask, probes++) {
      const stored = int32At(table, slot, 'IdTable.claim');
      if (stored === 0) {
        const added = this.count;
        if (added === this.values.length) this.growEntries();
        this.count = added + 1;
        this.keys[added] = key;
        this.values[added] = value;
        table[slot] = tag | (added + 1);
        if (probes > MAX_PROBES) this.useMap();
        else if (this.count * 2 > mask + 1) this.growTable();
        return -1;
      }
      const entry = (stored & mask) - 1;
      if ((stored & ~mask) === tag && keys[entry] === key) return int32At(this.values, entry, 'IdTable.claim');
    }
  }

  /** The entry number of a key, or −1. */
  private find(key: string, hash: number): number {
    const { table, mask, keys } = this;
    const tag = hash & ~mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = int32At(table, slot, 'IdTable.find');
      if (stored === 0) return -1;
      const entry = (stored & mask) - 1;
      if ((stored & ~mask) === tag && keys[entry] === key) return entry;
    }
  }

  private growEntries(): void {
    const keys = packedStrings(this.values.length * 2);
    for (let i = 0; i < this.count; i++) keys[i] = itemAt(this.keys, i, 'IdTable.growEntries');
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }

  /** Twice the slots: the tags lose a bit to the entry numbers, so every key is hashed again (presized tables rarely grow). */
  private growTable(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = hashString(itemAt(this.keys, entry, 'IdTable.growTable'));
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = (hash & ~mask) | (entry + 1);
    }
    this.table = table;
    this.mask = mask;
  }

  private useMap(): void {
    const map = new Map<string, number>();
    for (let i = 0; i < this.count; i++) map.set(itemAt(this.keys, i, 'IdTable.useMap'), int32At(this.values, i, 'IdTable.useMap'));
    this.fallback = map;
    this.table = new Int32Array(0);
    this.keys = [];
    this.values = new Int32Array(0);
  }
}

keepShape(new IdTable(0));

/**
 * An array of `length` empty strings, written in place as keys come: filled, so
 * it is a packed array from the start (`new Array(n)` alone is holey, and past
 * 100 000 elements a slow dictionary), and presized, because `push` onto an
 * array of millions copies it as it grows (four times the cost at 2 M keys).
 */
function packedStrings(length: number): string[] {
  return new Array<string>(length).fill('');
}

/** Probes past which the keys are taken to collide on purpose. */
const MAX_PROBES = 256;

/** A power of two at least twice `expected` (load factor ≤ 1/2). */
function tableSize(expected: number): number {
  let size = 16;
  while (size < expected * 2 && size < 2 ** 29) size *= 2;
  return size;
}

/** FNV-1a over the string's UTF-16 code units. */
function hashString(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}
