/**
 * Values the parser's feature templates share: the stand-in for a position that does not exist and
 * the distance buckets. One definition, so that the core and cluster templates hash alike.
 */

/** Value of a word or tag position that does not exist (empty stack slot, no child). */
export const NONE = 0x6e6f6e;
/** Value of a relation position that does not exist. */
export const NONE_L = 127;

/** Distance between two tokens, bucketed: 0–4 as is, then 5–7, 8–11 and beyond. */
export function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 11) return 6;
  return 7;
}
