import { int32At, itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';

/**
 * Strings to small numbers (an id to the index it first appeared at, a
 * customer id to its dense number), for the millions of ids a large dataset
 * has. One probe of a typed-array table per lookup-or-insert, where a `Map`
 * takes a `has` and a `set`: validation spent most of its time in those.
 *
 * Ids made of one prefix and a number (`sub_1`, `sub_2`…, as a database
 * numbers its rows) skip the hash: the number addresses a slot of their
 * own array directly. Such ids usually come in order, so the table is
 * written front to back, where hashing scatters them over a large table
 * (a cache and TLB miss each, once the table outgrows the caches: the main
 * cost that grew faster than the data).
 *
 * Other ids are hashed. The hash is ours (FNV-1a over UTF-16 code units), so
 * a crafted file could make many ids collide: past a few hundred probes the
 * table moves its hashed entries into a `Map` (whose hash is seeded) and
 * goes on there, so work stays linear whatever the input.
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
   * The hashed keys' slots, one word each, 0 when empty: 1 + the entry number
   * in the bits of `mask`, and above them the same bits of the key's hash
   * (the bits the slot number does not use), so strings are compared only
   * when those agree. The table stays sparse: every entry number + 1 ≤ slots
   * / 2 fits in the mask (it grows before an insert would break that).
   */
  private table: Int32Array = NO_SLOTS;
  private mask = -1;
  private count = 0;
  /** The keys by entry number (the order they were added). */
  private keys: string[];
  /** The values by entry number; undefined while each value is its entry number (customer numbers, rows), which saves its memory. */
  private values: Int32Array | undefined;
  /** Set once collisions pile up: the hashed keys' entry numbers live here from then on. */
  private fallback: Map<string, number> | undefined;
  private expected: number;
  /** Numbered keys: `prefix` then `width` digits (0: any count of digits, without a leading zero), so each number is one key. −1: none. */
  private width = -1;
  private prefix = '';
  /** The number of `direct[0]`. */
  private base = 0;
  /** Per number − `base`: 1 + the entry number, 0 when absent. */
  private direct: Int32Array = NO_SLOTS;

  constructor(expected = 16) {
    this.expected = Math.max(expected, 16);
    this.keys = packedStrings(this.expected);
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /**
   * Hands over the keys in the order they were added (each once) and leaves
   * the table empty: a caller that numbers keys in that order (customer
   * numbers, rows) gets its list of them without keeping a second copy.
   */
  takeKeys(): string[] {
    const keys = this.keys;
    keys.length = this.count;
    this.count = 0;
    this.expected = 16;
    this.keys = packedStrings(16);
    this.values = undefined;
    this.fallback = undefined;
    this.table = NO_SLOTS;
    this.mask = -1;
    this.width = -1;
    this.direct = NO_SLOTS;
    return keys;
  }

  /** The value of a key, or undefined. */
  get(key: string): number | undefined {
    const entry = this.find(key);
    return entry < 0 ? undefined : this.valueOf(entry);
  }

  /** Sets a key's value (adding the key when new). */
  set(key: string, value: number): void {
    const entry = this.find(key);
    if (entry < 0) {
      this.claim(key, value);
      return;
    }
    if (this.values === undefined && value !== entry) this.values = identityValues(this.keys.length, this.count);
    if (this.values !== undefined) this.values[entry] = value;
  }

  /**
   * The value a key already has, or −1 after adding it with `value`: the
   * lookup and the insert in one probe. Values must be 0 to 2^31 − 1.
   */
  claim(key: string, value: number): number {
    if (this.count === 0) this.start(key);
    const number = this.directNumber(key);
    if (number < 0) return this.claimHashed(key, value);
    const stored = int32At(this.direct, number, 'IdTable.claim');
    if (stored !== 0) return this.valueOf(stored - 1);
    this.direct[number] = this.add(key, value) + 1;
    return -1;
  }

  private claimHashed(key: string, value: number): number {
    const fallback = this.fallback;
    if (fallback !== undefined) {
      const known = fallback.get(key);
      if (known !== undefined) return this.valueOf(known);
      fallback.set(key, this.add(key, value));
      return -1;
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.growTable();
    const hash = hashString(key);
    const { table, mask, keys } = this;
    const tag = hash & ~mask;
    for (let slot = hash & mask, probes = 0; ; slot = (slot + 1) & mask, probes++) {
      const stored = int32At(table, slot, 'IdTable.claim');
      if (stored === 0) {
        table[slot] = tag | (this.add(key, value) + 1);
        if (probes > MAX_PROBES) this.useMap();
        return -1;
      }
      const entry = (stored & mask) - 1;
      if ((stored & ~mask) === tag && keys[entry] === key) return this.valueOf(entry);
    }
  }

  /** Appends a key and its value; its entry number. */
  private add(key: string, value: number): number {
    const added = this.count;
    if (added === this.keys.length) this.growEntries();
    this.keys[added] = key;
    if (this.values === undefined && value !== added) this.values = identityValues(this.keys.length, added);
    if (this.values !== undefined) this.values[added] = value;
    this.count = added + 1;
    return added;
  }

  private valueOf(entry: number): number {
    return this.values === undefined ? entry : int32At(this.values, entry, 'IdTable.valueOf');
  }

  /**
   * At the first key: when it ends in a number, keys of its prefix and digits
   * are addressed by their number (a slot per expected key), the others
   * hashed into a table made as they come; else every key is hashed, into a
   * table sized for the expected count.
   */
  private start(key: string): void {
    let digitsAt = key.length;
    while (digitsAt > 0 && isDigit(key.charCodeAt(digitsAt - 1))) digitsAt--;
    const digits = key.length - digitsAt;
    if (digits === 0 || digits > MAX_DIGITS) {
      this.width = -1;
      this.direct = NO_SLOTS;
      const size = tableSize(this.expected);
      this.table = new Int32Array(size);
      this.mask = size - 1;
      return;
    }
    this.prefix = key.slice(0, digitsAt);
    // Zero-padded numbers (`C0042`) keep their width; others must not start with a zero: either way one key per number.
    this.width = digits > 1 && key.charCodeAt(digitsAt) === ZERO ? digits : 0;
    const slots = this.expected + 16;
    const first = Number(key.slice(digitsAt));
    // Numbers from 0 or 1 up (the usual case) start at 0; others at the first one seen.
    this.base = first < slots ? 0 : first;
    this.direct = new Int32Array(slots);
    this.table = NO_SLOTS;
    this.mask = -1;
  }

  /** The slot of a numbered key in `direct`, or −1 for a key that is hashed. */
  private directNumber(key: string): number {
    const width = this.width;
    if (width < 0) return -1;
    const prefix = this.prefix;
    const digitsAt = prefix.length;
    const length = key.length;
    const digits = length - digitsAt;
    if (digits <= 0 || digits > MAX_DIGITS || (width > 0 && digits !== width)) return -1;
    if (width === 0 && digits > 1 && key.charCodeAt(digitsAt) === ZERO) return -1;
    for (let i = 0; i < digitsAt; i++) if (key.charCodeAt(i) !== prefix.charCodeAt(i)) return -1;
    let number = 0;
    for (let i = digitsAt; i < length; i++) {
      const digit = key.charCodeAt(i) - ZERO;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    const slot = number - this.base;
    return slot >= 0 && slot < this.direct.length ? slot : -1;
  }

  /** The entry number of a key, or −1. */
  private find(key: string): number {
    if (this.count === 0) return -1;
    const number = this.directNumber(key);
    if (number >= 0) return int32At(this.direct, number, 'IdTable.find') - 1;
    if (this.fallback !== undefined) return this.fallback.get(key) ?? -1;
    const { table, mask, keys } = this;
    if (table.length === 0) return -1;
    const hash = hashString(key);
    const tag = hash & ~mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = int32At(table, slot, 'IdTable.find');
      if (stored === 0) return -1;
      const entry = (stored & mask) - 1;
      if ((stored & ~mask) === tag && keys[entry] === key) return entry;
    }
  }

  private growEntries(): void {
    const length = this.keys.length * 2;
    const keys = packedStrings(length);
    for (let i = 0; i < this.count; i++) keys[i] = itemAt(this.keys, i, 'IdTable.growEntries');
    this.keys = keys;
    if (this.values !== undefined) {
      const values = new Int32Array(length);
      values.set(this.values);
      this.values = values;
    }
  }

  /**
   * Slots for twice the keys so far: the tags lose bits to the entry numbers,
   * so every hashed key is hashed again (presized tables rarely grow).
   */
  private growTable(): void {
    const size = Math.max((this.mask + 1) * 2, tableSize(this.count + 1));
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const key = itemAt(this.keys, entry, 'IdTable.growTable');
      if (this.directNumber(key) >= 0) continue;
      const hash = hashString(key);
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = (hash & ~mask) | (entry + 1);
    }
    this.table = table;
    this.mask = mask;
  }

  private useMap(): void {
    const map = new Map<string, number>();
    for (let entry = 0; entry < this.count; entry++) {
      const key = itemAt(this.keys, entry, 'IdTable.useMap');
      if (this.directNumber(key) < 0) map.set(key, entry);
    }
    this.fallback = map;
    this.table = NO_SLOTS;
    this.mask = -1;
  }
}

/** No slots yet. */
const NO_SLOTS = new Int32Array(0);

/** Numbers of up to this many digits stay small integers. */
const MAX_DIGITS = 9;

/** The code unit of `0`. */
const ZERO = 48;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/** Values for `length` entries where the first `count` values are their entry numbers. */
function identityValues(length: number, count: number): Int32Array {
  const values = new Int32Array(length);
  for (let entry = 0; entry < count; entry++) values[entry] = entry;
  return values;
}

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

keepShape(new IdTable(0));
