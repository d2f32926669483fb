/**
 * Prepositional phrases that belong to a noun in meaning though the parser hung them one word up:
 * "lifted restrictions on the use of Russian" with "on the use …" an oblique of "lifted", "an
 * extension of the mandate for the peacekeeping force" with "for the force" a modifier of
 * "extension". A phrase that follows the noun's phrase directly, on the word the noun hangs on, and
 * opens with a preposition the noun takes ("restrictions on", "a mandate for") reads as the noun's
 * own; attachment between the two is the parser's most frequent ambiguity, and the meaning is the
 * same either way.
 */
import type { SyntaxView } from './syntax-view.js';

/** Relations by which a noun trigger hangs on the word above it (a verb's object, an "of" noun modifier). */
const UNDER = ['obj', 'nmod'];

/**
 * The phrases introduced by one of `preps` that are hung on the word above `noun` and start right
 * after `noun`'s own phrase. Empty when `noun` is not an object or a noun modifier.
 */
export function trailingPhrases(v: SyntaxView, noun: number, preps: readonly string[]): number[] {
  const up = v.head[noun];
  if (up < 0 || !v.relIs(noun, UNDER) || (v.upos[noun] !== 'NOUN' && v.upos[noun] !== 'PROPN')) return [];
  // Above a noun only through "of", which makes the upper noun a step of the lower one's act ("an
  // extension of the mandate", "the lifting of the ban"); "a shift in support from A to B" is the shift's.
  if (v.relIs(noun, ['nmod']) ? v.caseOf(noun) !== 'of' : v.upos[up] !== 'VERB') return [];
  const end = edge(v, noun, 1);
  const out: number[] = [];
  for (const c of v.childrenWith(up, ['obl', 'nmod'])) {
    if (c > noun && edge(v, c, -1) === end + 1 && preps.includes(v.caseOf(c) ?? '')) out.push(c);
  }
  return out;
}

/** The first (`dir` -1) or last (`dir` 1) word of `k`'s phrase, punctuation aside. */
function edge(v: SyntaxView, k: number, dir: -1 | 1): number {
  let e = k;
  for (const x of v.children(k)) if (!v.relIs(x, ['punct'])) e = dir < 0 ? Math.min(e, edge(v, x, dir)) : Math.max(e, edge(v, x, dir));
  return e;
}
