/**
 * MinHash signatures over word shingles and LSH banding, to find near-duplicate articles (reprints,
 * syndicated and lightly edited copies) without comparing every pair.
 *
 * A signature keeps, for each of `permutations` hash functions, the minimum hash over the text's
 * shingles; the share of equal slots between two signatures estimates the Jaccard similarity of their
 * shingle sets. Banding splits the signature into `bands` groups of `rows`: two texts that agree on a
 * whole band share a bucket and become candidates. With 32 bands of 4 rows a pair at Jaccard 0.5 is a
 * candidate 87% of the time, at 0.7 over 99.9%, at 0.2 about 5%.
 */

/** Shape of the signatures; stored with each article, so changing it needs a re-ingest. */
export interface MinHashOptions {
  /** Words per shingle (default 5). */
  shingle?: number;
  /** Number of hash functions = signature length (default 128). */
  permutations?: number;
  /** LSH bands (default 32); `permutations` must be a multiple of it. */
  bands?: number;
}

const DEFAULTS = { shingle: 5, permutations: 128, bands: 32 };

/** murmur3's 32-bit finaliser: a cheap, well-mixed bijection. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower-cased words of `text` (letters and digits), so punctuation and case edits do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct word shingles of `text` (one shingle of all words if it is shorter). */
export function shingleHashes(text: string, size = DEFAULTS.shingle): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length > 0 && w.length < size) set.add(fnv(w.join(' ')));
  for (let i = 0; i + size <= w.length; i++) set.add(fnv(w.slice(i, i + size).join(' ')));
  return Uint32Array.from(set);
}

/** The MinHash signature of `text`. An empty text gets a signature of 0xffffffff (similar to nothing by design). */
export function minhash(text: string, options: MinHashOptions = {}): Uint32Array {
  const k = options.permutations ?? DEFAULTS.permutations;
  const shingles = shingleHashes(text, options.shingle ?? DEFAULTS.shingle);
  const sig = new Uint32Array(k).fill(0xffffffff);
  // Permutation i is mix(h ^ seed_i): seeds are fixed so signatures compare across runs and processes.
  const seeds = new Uint32Array(k);
  for (let i = 0; i < k; i++) seeds[i] = mix(0x9e3779b9 + i * 0x7f4a7c15);
  for (let j = 0; j < shingles.length; j++) {
    const h = shingles[j];
    for (let i = 0; i < k; i++) {
      const v = mix(h ^ seeds[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  if (shingles.length === 0) sig.fill(0xffffffff);
  return sig;
}

/** One bucket key per band: a hash of the band's rows. Empty texts get no buckets. */
export function lshKeys(sig: Uint32Array, options: MinHashOptions = {}): number[] {
  const bands = options.bands ?? DEFAULTS.bands;
  if (sig.length % bands !== 0) throw new RangeError(`signature length ${sig.length} is not a multiple of ${bands} bands`);
  if (sig.every((v) => v === 0xffffffff)) return [];
  const rows = sig.length / bands;
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = mix(h ^ sig[b * rows + r]) + r;
    // Signed 32-bit, so the key fits SQLite's integer and compares exactly.
    keys.push(h | 0);
  }
  return keys;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** Exact Jaccard similarity of two texts' shingle sets (for tests and tuning). */
export function jaccard(a: string, b: string, size = DEFAULTS.shingle): number {
  const x = new Set(shingleHashes(a, size));
  const y = new Set(shingleHashes(b, size));
  let inter = 0;
  for (const h of x) if (y.has(h)) inter++;
  const union = x.size + y.size - inter;
  return union ? inter / union : 0;
}
