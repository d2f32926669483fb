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

/** Lower case without diacritics, typographic apostrophes as plain ones ("O’Malley" is "O'Malley"). */
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();

/** A name's words, folded, split at spaces and dashes (as coreference compares names). */
const nameWords = (s: string) => fold(s).split(/[\s\u2010-\u2015-]+/).filter(Boolean);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` folded character by character, with the offset in `text` each folded code unit comes
 * from (folding may change lengths: "é" loses its accent).
 */
function foldWithOffsets(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += ch.length;
  }
  return { folded, from };
}

/** Where `text` (or its folding) first writes any of `names` as whole words (a character offset in `text`), or Infinity. */
export function firstOccurrence(text: string | { folded: string; from: number[] }, names: readonly (readonly string[])[]): number {
  const { folded, from } = typeof text === 'string' ? foldWithOffsets(text) : text;
  let first = Infinity;
  for (const words of names) {
    if (!words.length) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[\\s\\u2010-\\u2015-]+')}(?![\\p{L}\\p{N}])`, 'u');
    const m = re.exec(folded);
    if (m) first = Math.min(first, from[m.index]);
  }
  return first;
}

/**
 * The entity key a partial name means among the people it fits (`candidates`, possibly repeating
 * a key), given the gender its courtesy title implies (`null`: none). A person of the other gender
 * is ruled out; of the rest, the one named first: by a mention, or by a full name written in
 * `text`. Null when nobody is left.
 */
export function salientNamesake(candidates: readonly Namesake[], gender: 'm' | 'f' | null, text: string): string | null {
  const names = new Map<string, { names: (readonly string[])[]; at: number }>();
  for (const c of candidates) {
    if (gender && c.gender && c.gender !== gender) continue;
    const seen = names.get(c.key);
    names.set(c.key, { names: [...(seen?.names ?? []), ...c.names], at: Math.min(seen?.at ?? Infinity, c.at) });
  }
  if (names.size <= 1) return names.keys().next().value ?? null;
  const folded = foldWithOffsets(text);
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
