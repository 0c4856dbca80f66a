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
  /** Per slot, two words: 1 + entry number (0 when empty), then the key's full hash (strings are compared only when hashes are equal). */
  private table: Int32Array;
  private mask: number;
  private count = 0;
  private keys: string[];
  private values: Int32Array;
  /** Set once collisions pile up: every entry lives here from then on. */
  private fallback: Map<string, number> | undefined;

  constructor(expected = 16) {
    const size = tableSize(expected);
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
    this.keys = new Array<string>(Math.max(expected, 16));
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
    this.table = new Int32Array(2 * 16);
    this.mask = 15;
    this.keys = new Array<string>(16);
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
    for (let slot = hash & mask, probes = 0; ; slot = (slot + 1) & mask, probes++) {
      const entry = table[2 * slot]!;
      if (entry === 0) {
        const added = this.count++;
        if (added === keys.length) this.growEntries();
        this.keys[added] = key;
        this.values[added] = value;
        table[2 * slot] = added + 1;
        table[2 * slot + 1] = hash;
        if (probes > MAX_PROBES) this.useMap();
        else if (this.count * 2 > mask + 1) this.growTable();
        return -1;
      }
      if (table[2 * slot + 1] === hash && keys[entry - 1] === key) return this.values[entry - 1]!;
    }
  }

  /** The entry number of a key, or −1. */
  private find(key: string, hash: number): number {
    const { table, mask, keys } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot]!;
      if (entry === 0) return -1;
      if (table[2 * slot + 1] === hash && keys[entry - 1] === key) return entry - 1;
    }
  }

  private growEntries(): void {
    const keys = new Array<string>(this.keys.length * 2);
    for (let i = 0; i < this.count; i++) keys[i] = this.keys[i]!;
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }

  private growTable(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    const old = this.table;
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s]!;
      if (entry === 0) continue;
      const hash = old[s + 1]!;
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = entry;
      table[2 * slot + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }

  private useMap(): void {
    const map = new Map<string, number>();
    for (let i = 0; i < this.count; i++) map.set(this.keys[i]!, this.values[i]!);
    this.fallback = map;
    this.table = new Int32Array(0);
    this.keys = [];
    this.values = new Int32Array(0);
  }
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
