/**
 * Choosing between namesakes: when a partial name ("Clinton", "Mrs. Clinton") fits more than one
 * person the article names in full, news writers keep the lone surname for the person the article
 * is about and set the other apart by a first name or a courtesy title. So a courtesy title's
 * gender decides first ("Mrs. Clinton" is not Bill Clinton), then salience: the person the article
 * names first — not merely the one named last. A relative or namesake brought in later is written in
 * full ("his wife, Jane Doe") precisely because the surname alone is taken, so how often a full
 * name is written is no sign of salience. Where a full name first appears is read from the text
 * itself, so one the actor component did not take as a mention ("The last time John Doe came to
 * town") still counts.
 */

import type { CorefContext } from './coref-surroundings.js';
import type { Draft } from './draft.js';
import { foldName, nameWords } from './name-words.js';
import { firstWrittenAt } from './written-name.js';

/**
 * A person a partial name fits: entity key, gender when known, full names (as folded words) and
 * the character offset of the mention that named them.
 */
export interface Namesake {
  readonly key: string;
  readonly gender: 'm' | 'f' | null;
  readonly names: readonly (readonly string[])[];
  readonly at: number;
}


/**
 * A text folded for name search, with the offset in the text each folded code unit comes from,
 * and where each name already searched for is first written (one search per name per article).
 */
export interface FoldedText {
  readonly folded: string;
  readonly from: readonly number[];
  readonly firstWritten: Map<string, number>;
}

/**
 * `text` folded code point by code point, with the offset in `text` each folded code unit comes
 * from (folding may change lengths: "é" loses its accent). ASCII, most of any English article,
 * folds to its lower case unchanged in length, so it is copied a run at a time instead of being
 * normalised one character at a time.
 */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const from: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) {
      from.push(i++);
      continue;
    }
    if (run < i) parts.push(text.slice(run, i).toLowerCase());
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const f = foldName(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) from.push(i);
    i += ch.length;
    run = i;
  }
  if (run < text.length) parts.push(text.slice(run).toLowerCase());
  return { folded: parts.join(''), from, firstWritten: new Map() };
}

/** Where `text` (or its folding) first writes any of `names` as whole words (a character offset in `text`), or Infinity. */
export function firstOccurrence(text: string | FoldedText, names: readonly (readonly string[])[]): number {
  const { folded, from, firstWritten } = typeof text === 'string' ? foldText(text) : text;
  let first = Infinity;
  for (const words of names) {
    if (!words.length) continue;
    const key = words.join(' ');
    let at = firstWritten.get(key);
    if (at === undefined) {
      const index = firstWrittenAt(folded, words);
      at = index >= 0 ? from[index] : Infinity;
      firstWritten.set(key, at);
    }
    first = Math.min(first, at);
  }
  return first;
}

/**
 * The entity key a partial name means among the people it fits (`candidates`, possibly repeating
 * a key), given the gender its courtesy title implies (`null`: none). A person of the other gender
 * is ruled out; of the rest, the one named first: by a mention, or by a full name written in
 * `text`. Null when nobody is left. `text` may be given as a function returning its folding, so a
 * caller choosing for many partial names folds the article once, and only if it has to.
 */
export function salientNamesake(candidates: readonly Namesake[], gender: 'm' | 'f' | null, text: string | (() => FoldedText)): string | null {
  const names = new Map<string, { names: (readonly string[])[]; at: number }>();
  for (const c of candidates) {
    if (gender && c.gender && c.gender !== gender) continue;
    // (added to in place: a person named fifty times is fifty candidates, and copying the names
    // gathered so far for each made the choice quadratic)
    const seen = names.get(c.key);
    if (seen) {
      for (const n of c.names) seen.names.push(n);
      seen.at = Math.min(seen.at, c.at);
    } else names.set(c.key, { names: [...c.names], at: c.at });
  }
  if (names.size <= 1) return names.keys().next().value ?? null;
  const folded = typeof text === 'string' ? foldText(text) : text();
  let best: string | null = null;
  let bestFirst = Infinity;
  for (const [key, seen] of names) {
    const first = Math.min(seen.at, firstOccurrence(folded, seen.names));
    if (best === null || first < bestFirst) {
      best = key;
      bestFirst = first;
    }
  }
  return best;
}

/** The gender of a named person: the knowledge base's, else what the text gave it or its given name implies. */
export function namedGender(ctx: CorefContext, d: Draft): 'm' | 'f' | null {
  const found = d.kbId ? ctx.kb.byId(d.kbId) : undefined;
  if (found?.kind === 'person') return found.gender;
  return d.gender ?? (d.name && d.name.trim().split(/\s+/).length > 1 ? ctx.surnames.genderOfGivenName(d.name) : null);
}

/** The words of every name the knowledge base knows a person by (none for someone it does not know). */
export function knownNames(ctx: CorefContext, key: string): string[][] {
  const found = ctx.kb.byId(key);
  return found?.kind === 'person' ? [found.name, ...found.aliases].map(nameWords) : [];
}

/**
 * What coreference reads to tell namesakes apart, computed once per article rather than once per
 * partial name: the full names' words (every partial name is compared with every full name), the
 * names the knowledge base knows each person by, and the article folded for name search.
 */
export interface NamesakeSearch {
  /** The people named in full, with their name's folded words. */
  readonly fullNames: readonly { readonly draft: Draft; readonly words: string[] }[];
  /** {@link knownNames} of a person, looked up once per article. */
  knownNames(key: string): string[][];
  /** The article folded, the first time two namesakes are to be told apart. */
  folded(): FoldedText;
}

/** The {@link NamesakeSearch} of an article, over the drafts of the people it names in full (their name and kbId are settled). */
export function namesakeSearch(ctx: CorefContext, fullNames: readonly Draft[]): NamesakeSearch {
  const known = new Map<string, string[][]>();
  let folded: FoldedText | undefined;
  return {
    fullNames: fullNames.map((f) => ({ draft: f, words: nameWords(f.kbId ? (ctx.kb.byId(f.kbId)?.name ?? '') : f.name ?? '') })),
    knownNames(key) {
      let names = known.get(key);
      if (!names) known.set(key, (names = knownNames(ctx, key)));
      return names;
    },
    folded: () => (folded ??= foldText(ctx.doc.text)),
  };
}
