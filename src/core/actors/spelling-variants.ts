/**
 * Misspelt names. Wire copy and transliterated names reach the reader with a letter dropped, added or
 * changed ("Ethopia", "Afganistan", "President Francois Mitterand"); an analyst expects them read as
 * the names they are. This module says when a written word is one edit away from a knowledge-base
 * name word, under rules narrow enough that a real, different name is not taken for a misspelling:
 * - the edit is one letter inserted, dropped or changed — never the first letter (a different name:
 *   "Gambian"/"Zambian") nor one of the last two (a different form of the same word, not a typo:
 *   "Americas"/"American", "Kenyans"/"Kenyan");
 * - a word standing alone (or opening a name) must have at least {@link MIN_ALONE} letters on both
 *   sides, and the text word must be read as a proper noun — short names are too close to each other;
 * - a later word of a multi-word name ("Mitterand" after "Francois") needs {@link MIN_INSIDE}
 *   letters: the exact words before it already say which name it is.
 */

/** Shortest word (text and name) a standalone variant may have. */
export const MIN_ALONE = 7;
/** Shortest word (text and name) a variant inside a multi-word name may have. */
export const MIN_INSIDE = 5;

/**
 * True when `a` and `b` differ by one inserted, dropped or changed letter, not the first letter and
 * not one of the last two letters of the longer word. Both are normalised name words (lower case).
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // The first difference must not be the first letter nor among the longer word's last two letters.
  if (i === 0 || i >= l.length - 2) return false;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

/** Finds the name words one edit away from a text word. */
export interface SpellingIndex {
  /** Name words one edit away from `word` ({@link oneEditApart}), each at least `minLength` letters. */
  variantsOf(word: string, minLength: number): readonly string[];
}

/** Every string `w` becomes by dropping one letter (the deletion neighbourhood of distance one). */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Builds the index over `words` (the name words a misspelling may stand for). Two words one edit
 * apart share a key of their deletion neighbourhoods (the "symmetric delete" idea), so a look-up
 * touches only words that can be one edit away; {@link oneEditApart} then confirms them.
 */
export function createSpellingIndex(words: Iterable<string>): SpellingIndex {
  const byKey = new Map<string, string[]>();
  const add = (key: string, w: string) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  };
  for (const w of new Set(words)) {
    if (w.length < MIN_INSIDE - 1 || !/^\p{L}+$/u.test(w)) continue;
    add(w, w);
    for (const d of deletions(w)) add(d, w);
  }
  return {
    variantsOf(word: string, minLength: number): readonly string[] {
      if (word.length < minLength - 1) return [];
      const found = new Set<string>();
      for (const key of [word, ...deletions(word)]) {
        for (const w of byKey.get(key) ?? []) if (w.length >= minLength && word.length >= minLength && oneEditApart(word, w)) found.add(w);
      }
      return [...found];
    },
  };
}
