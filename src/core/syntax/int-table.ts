/**
 * An immutable table from 32-bit integer keys to numbers, in two typed arrays (open addressing,
 * linear probing). The syntax model's word tables (tag dictionary, lexicon, semantic signatures,
 * word clusters) hold up to a few hundred thousand word hashes each: as `Map`s they cost a
 * fresh process tens of milliseconds apiece to build plus garbage collection of the entry pairs
 * they were built from, as typed arrays a few milliseconds and no garbage.
 */

/** What the tagger and the word table ask of a word table: a `ReadonlyMap` also answers it. */
export interface IntLookup {
  /** Number of distinct keys. */
  readonly size: number;
  /** The value of `key`, or undefined when absent. */
  get(key: number): number | undefined;
}

/**
 * Keys (signed 32-bit) → values (any number a Float64 holds exactly). Key 0 marks an empty slot,
 * so a key 0 is kept aside. A key given twice keeps its last value, as a `Map` would.
 *
 * The keys are word hashes, spread evenly over 32 bits, so a key's home slot is simply its top
 * bits: keys given in ascending unsigned order (as the model file stores them) then fill the
 * table front to back, where a mixed slot would send each to a random cache line. Keys that are
 * not hashes (small numbers) still work, in longer probe runs.
 */
export class IntTable implements IntLookup {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly zero: number | undefined;

  /** A table of `keys[i] → values[i]` (both the same length). */
  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    const n = keys.length;
    let bits = 4;
    while (1 << bits < n * 2) bits++;
    const shift = 32 - bits;
    const mask = (1 << bits) - 1;
    const table = new Int32Array(1 << bits);
    const stored = new Float64Array(1 << bits);
    let size = 0;
    let zero: number | undefined;
    for (let i = 0; i < n; i++) {
      const k = keys[i] | 0;
      if (k === 0) {
        if (zero === undefined) size++;
        zero = values[i];
        continue;
      }
      let s = k >>> shift;
      while (table[s] !== 0 && table[s] !== k) s = (s + 1) & mask;
      if (table[s] === 0) size++;
      table[s] = k;
      stored[s] = values[i];
    }
    this.keys = table;
    this.values = stored;
    this.shift = shift;
    this.mask = mask;
    this.zero = zero;
    this.size = size;
  }

  get(key: number): number | undefined {
    const k = key | 0;
    if (k === 0) return this.zero;
    const table = this.keys;
    let s = k >>> this.shift;
    for (;;) {
      const t = table[s];
      if (t === k) return this.values[s];
      if (t === 0) return undefined;
      s = (s + 1) & this.mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }
}
