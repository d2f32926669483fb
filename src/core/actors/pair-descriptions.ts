/**
 * Plural descriptions of two actors named just before: "the two countries", "both nations", "the
 * two sides", "the two delegations", "the neighbours", "the two men", "the two rivals", "the pair", "each side". Each becomes a description draft that coreference resolves to the
 * last two states (or, for "sides", the last two actors other than people and places; for "the pair",
 * the last two people, else the last two of those actors). "The three
 * countries", "all four states" count more parties (`partyCount`; see `party-lists.ts`).
 */
import type { Doc } from '../doc/doc.js';
import { draft, type Draft } from './draft.js';

/** Nouns that stand for two states. */
const STATE_PAIR = new Set(['countries', 'nations', 'states', 'governments', 'capitals', 'neighbours', 'neighbors']);
/** Number words of descriptions counting more parties ("the three countries", "all four states"). */
const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6 };
/** Nouns that stand for two parties of any kind but people and places. */
const ANY_PAIR = new Set(['sides', 'delegations']);
/** Nouns that stand for two people ("the two men" after "Maduro met Ali"). */
const PEOPLE_PAIR = new Set(['men', 'women']);
/** Nouns that stand for two people when the text has two, else two parties ("the two rivals" after "Saudi Arabia and Iran"). */
const PEOPLE_OR_PARTY_PAIR = new Set(['rivals', 'foes', 'adversaries', 'enemies']);
const PAIR_NOUNS = (w: string) => STATE_PAIR.has(w) || ANY_PAIR.has(w) || PEOPLE_PAIR.has(w) || PEOPLE_OR_PARTY_PAIR.has(w);

/** Description drafts for the pair phrases of sentence `[from, to)` that no draft covers yet. */
export function pairDescriptions(doc: Doc, from: number, to: number, taken: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  // each token lower-cased once: the tests below ask for the same few tokens again and again
  const lower: string[] = [];
  for (let t = from; t < to; t++) lower.push(doc.tokenText(t).toLowerCase());
  const w = (t: number) => (t >= from && t < to ? lower[t - from] : '');
  for (let t = from; t < to; t++) {
    // "the two …", "both (the) …", "the … neighbours"
    let start = -1;
    let noun = -1;
    let count = 2;
    if (w(t) === 'the' && w(t + 1) === 'two') [start, noun] = [t, t + 2];
    else if ((w(t) === 'the' || w(t) === 'all') && COUNTS[w(t + 1)]) [start, noun, count] = [t, t + 2, COUNTS[w(t + 1)]];
    else if (w(t) === 'both') [start, noun] = [t, w(t + 1) === 'the' ? t + 2 : t + 1];
    else if (w(t) === 'the' && (w(t + 1) === 'neighbours' || w(t + 1) === 'neighbors')) [start, noun] = [t, t + 1];
    // "each side", "either side" (not "either side of the border"): each of the two sides, both of them.
    if (start < 0 && (w(t) === 'each' || w(t) === 'either') && w(t + 1) === 'side' && w(t + 2) !== 'of' && !taken.some((d) => d.tokStart <= t + 1 && t < d.tokEnd)) {
      out.push(draft('description', t, t + 2, 'description', { plural: true, pairOf: 'party' }));
      t++;
      continue;
    }
    // "the pair" (not "the pair of …"): the two named just before, people or parties.
    if (start < 0 && w(t) === 'the' && w(t + 1) === 'pair' && w(t + 2) !== 'of' && !taken.some((d) => d.tokStart <= t + 1 && t < d.tokEnd)) {
      out.push(draft('description', t, t + 2, 'description', { plural: true, pairOf: 'any' }));
      t++;
      continue;
    }
    if (start < 0) continue;
    // one adjective may stand before the noun ("the two Gulf neighbours", "both warring sides")
    if (!PAIR_NOUNS(w(noun)) && PAIR_NOUNS(w(noun + 1))) noun++;
    const word = w(noun);
    if (!PAIR_NOUNS(word)) continue;
    if (taken.some((d) => d.tokStart < noun + 1 && start < d.tokEnd)) continue;
    const pairOf = STATE_PAIR.has(word) ? 'state' : ANY_PAIR.has(word) ? 'party' : PEOPLE_PAIR.has(word) ? 'people' : 'any';
    const gender = word === 'men' ? 'm' : word === 'women' ? 'f' : null;
    out.push(draft('description', start, noun + 1, 'description', { plural: true, pairOf, ...(gender ? { gender } : {}), ...(count > 2 ? { partyCount: count } : {}) }));
    t = noun;
  }
  return out;
}
