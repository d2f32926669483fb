/**
 * Integer hashing for model features. Features are never strings: a feature is a template number
 * and up to four integer values (word hashes, tag ids, label ids, buckets), mixed into one 32-bit
 * key with MurmurHash3's mixing steps. The same functions run at training and at run time, so a
 * key computed in the browser equals the key the trainer stored.
 *
 * Keys are signed 32-bit integers (held in Int32Arrays): V8 keeps those unboxed, while an unsigned
 * value ≥ 2^31 would be a heap number — an allocation per feature on the hot path.
 */

/** MurmurHash3 32-bit hash of a string's UTF-16 code units. Never returns 0. */
export function hashString(s: string, seed = 0x2f6b1d3): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) {
    h = mixIn(h, s.charCodeAt(i));
  }
  return finish(h ^ s.length);
}

/** Mixes the 32-bit value `v` into the running hash `h` (one MurmurHash3 block round). */
export function mixIn(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's final avalanche, as a signed 32-bit value; maps 0 to 1 so that 0 can mark an empty table slot. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** Key of a feature with one value. */
export function key1(template: number, a: number): number {
  return finish(mixIn(mixIn(0x3c6ef372, template), a));
}

/** Key of a feature with two values. */
export function key2(template: number, a: number, b: number): number {
  return finish(mixIn(mixIn(mixIn(0x3c6ef372, template), a), b));
}

/** Key of a feature with three values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mixIn(mixIn(mixIn(mixIn(0x3c6ef372, template), a), b), c));
}

/** Key of a feature with four values. */
export function key4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mixIn(mixIn(mixIn(mixIn(mixIn(0x3c6ef372, template), a), b), c), d));
}
