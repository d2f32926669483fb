/**
 * Which parties a plural description stands for: "the two countries", "both sides", "the two
 * leaders" with nobody named (`pair-descriptions.ts` makes the drafts), and descriptions counting
 * more than two ("Burkina Faso, Mali and Niger … urged the three countries to reconsider").
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { GO_BETWEENS } from './group-references.js';
import { endsList, joinedByAnd, wordsBetween } from './pronouns.js';
import { actorsOnDescription, latestPresentedPair } from './presented-pairs.js';

/** What coreference knows of the people a description may stand for. */
export interface PeopleFacts {
  /** The state id of a person's country: a meeting of two leaders presents their two states. */
  stateOf?: (x: Draft) => string | null;
  /** Whether a person may be one of the description ("the two men" are no women). */
  fits?: (x: Draft) => boolean;
}

/** How many sentences back (the description's own included) a list may stand. */
const WINDOW = 2;

/**
 * The ids of the parties the plural description `drafts[k]` stands for: `count` states (`kind`
 * "state"), parties of any kind but people and places ("party"), two people ("people"), or two
 * people else two such parties ("any"), named before it; [] when the text does not say which.
 * Two are the pair the text presented last (`presented-pairs.ts`), else the plain pair of the
 * parties named nearby; whoever acts on the description in its own clause is never one of them
 * ("Malaysia urged both sides").
 * `about` says what the text and the knowledge base know of the people it may stand for.
 */
export function describedParties(doc: Doc, drafts: readonly Draft[], k: number, kind: 'state' | 'party' | 'people' | 'any', count: number, about: PeopleFacts = {}): string[] {
  const stateOf = about.stateOf ?? (() => null);
  const acting = new Set(actorsOnDescription(doc, drafts, k).map((p) => drafts[p]));
  const actingSides = new Set([...acting].flatMap((x) => (x.kind === 'person' ? [x.refs[0], stateOf(x)] : x.refs)).filter((id): id is string => !!id));
  const person = (x: Draft) => !x.plural && x.kind === 'person' && x.refs.length === 1 && !acting.has(x) && (about.fits?.(x) ?? true);
  const party = (x: Draft) => !x.plural && !acting.has(x) && (kind === 'state' ? x.kind === 'state' : x.kind === 'state' || x.kind === 'igo' || x.kind === 'org' || x.kind === 'group') && !sendsGoBetweens(doc, drafts, x);
  if (count === 2) {
    // a person stands for their state's side (a meeting of two presidents presents two countries)
    const partySide = (x: Draft): string[] => (party(x) && x.refs.length === 1 ? x.refs : x.kind === 'person' && !x.plural ? [stateOf(x)].filter((id): id is string => !!id) : []);
    const personSide = (x: Draft): string[] => (person(x) ? x.refs : []);
    const presentedWithin = (window?: number): string[] | null => {
      const people = kind === 'any' || kind === 'people' ? latestPresentedPair(doc, drafts, k, personSide, actingSides, window) : null;
      const pair = people ?? (kind === 'people' ? null : latestPresentedPair(doc, drafts, k, partySide, actingSides, window));
      return pair ? [...pair.ids] : null;
    };
    // A pair presented in the description's own sentence, else the two parties it names before the
    // description ("a trip to China, where the two governments discussed debt"), else one presented before.
    const named = kind === 'people' ? null : namedInSentence(doc, drafts, k, party);
    const presented = presentedWithin(0) ?? (named?.length === 2 ? named : null) ?? presentedWithin();
    if (presented) return presented;
  }
  // "The two men": two people the text presented together, or nobody (two people merely named
  // nearby may be others than the two it speaks of: "a lawmaker and a speaker … both men resigned").
  if (kind === 'people') return [];
  // "The pair": two people when the text has them ("Modi hosted Sharif … the pair agreed"), else two parties.
  if (kind === 'any') {
    const people = pairOf(doc, drafts, k, person);
    return people.length ? people : describedParties(doc, drafts, k, 'party', count, about);
  }
  return count === 2 ? pairOf(doc, drafts, k, party) : partiesCounted(doc, drafts, k, count, party);
}

/** The ids of the parties `fits` accepts named in the sentence of `drafts[k]` before it. */
function namedInSentence(doc: Doc, drafts: readonly Draft[], k: number, fits: (x: Draft) => boolean): string[] {
  const sentence = doc.sentenceOf(drafts[k].tokStart);
  const ids = new Set<string>();
  for (let p = 0; p < k; p++) if (fits(drafts[p]) && doc.sentenceOf(drafts[p].tokStart) === sentence) for (const r of drafts[p].refs) ids.add(r);
  return [...ids];
}

/**
 * True when `x` names who sent mediators or envoys ("Egyptian and Qatari mediators said the two
 * sides had agreed"): the go-betweens are no side of what they broker.
 */
function sendsGoBetweens(doc: Doc, drafts: readonly Draft[], x: Draft): boolean {
  return drafts.some((g) => g !== x && g.kind === 'group' && g.tokStart <= x.tokStart && x.tokEnd <= g.tokEnd && GO_BETWEENS.has(doc.tokenText(g.tokEnd - 1).toLowerCase()));
}

/** "The two countries", "the two sides": the two parties named just before. */
function pairOf(doc: Doc, drafts: readonly Draft[], k: number, fits: (x: Draft) => boolean): string[] {
  const sentence = doc.sentenceOf(drafts[k].tokStart);
  const recent = new Set<string>();
  const here = new Set<string>();
  for (let p = 0; p < k; p++) {
    const x = drafts[p];
    if (!fits(x)) continue;
    const at = doc.sentenceOf(x.tokStart);
    for (const r of x.refs) {
      if (sentence - at <= WINDOW) recent.add(r);
      if (at === sentence) here.add(r);
    }
  }
  // Only when the pair is plain: exactly two parties named in this sentence, or else in the last
  // few; with three in view, the two the text joined by "and" ("a deal between Saudi Arabia and
  // Iran" brokered by China), the latest such pair; else the text does not say which two.
  if (here.size === 2) return [...here];
  if (here.size < 2 && recent.size === 2) return [...recent];
  for (let p = k - 1; p > 0 && sentence - doc.sentenceOf(drafts[p].tokStart) <= WINDOW; p--) {
    const [a, b] = [drafts[p - 1], drafts[p]];
    if (!fits(a) || !fits(b) || !(joinedByAnd(doc, a, b) || joinedByAndThe(doc, a, b))) continue;
    // The last two of a longer list ("Brazil, Colombia and Chile") are no pair.
    if (endsList(doc, drafts, p - 1)) continue;
    const pair = new Set([...a.refs, ...b.refs]);
    if (pair.size === 2) return [...pair];
  }
  // Nothing named yet in its own sentence: the two named in the sentence before ("… al-Sisi said
  // Cairo would not let anyone threaten Somalia. In August the two countries signed a pact").
  if (here.size === 0) {
    const before = new Set<string>();
    for (let p = 0; p < k; p++) if (fits(drafts[p]) && doc.sentenceOf(drafts[p].tokStart) === sentence - 1) for (const r of drafts[p].refs) before.add(r);
    if (before.size === 2) return [...before];
  }
  // The article's two protagonists: "both governments" in a piece on a border dispute means the
  // two parties named far more often than anyone else so far (each at least twice as often as
  // the third), even when a third state was named nearby.
  const main = mainPair(drafts, k, fits);
  if (main) return main;
  // An article about two states and nobody else ("… between the two countries", "both sides"
  // paragraphs after both were named): those two.
  const states = new Set<string>();
  for (let p = 0; p < k; p++) if (drafts[p].kind === 'state' && fits(drafts[p])) for (const r of drafts[p].refs) states.add(r);
  if (states.size === 2) return [...states];
  return [];
}

/** True when "and the" (or ", and the") stands between two drafts ("Sudan's army and the RSF"). */
function joinedByAndThe(doc: Doc, a: Draft, b: Draft): boolean {
  const words = wordsBetween(doc, a, b, 3);
  return words === 'and the' || words === ', and the';
}

/**
 * The two parties that fit, named most often in `drafts[0..k)`, when each is named at least twice
 * as often as any other and at least three times; else null.
 */
function mainPair(drafts: readonly Draft[], k: number, fits: (x: Draft) => boolean): [string, string] | null {
  const counts = new Map<string, number>();
  for (let p = 0; p < k; p++) {
    if (!fits(drafts[p])) continue;
    for (const r of drafts[p].refs) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[1][1] < 3) return null;
  if (ranked.length > 2 && ranked[2][1] * 2 > ranked[1][1]) return null;
  return [ranked[0][0], ranked[1][0]];
}

/**
 * The ids of the `n` parties a description at `drafts[k]` counts: the latest list of exactly `n`
 * fitting drafts joined by commas and a final "and" within {@link WINDOW} sentences; else exactly
 * `n` fitting parties named in its own sentence, or in the window; else none.
 */
function partiesCounted(doc: Doc, drafts: readonly Draft[], k: number, n: number, fits: (x: Draft) => boolean): string[] {
  const sentence = doc.sentenceOf(drafts[k].tokStart);
  const inWindow = (p: number) => sentence - doc.sentenceOf(drafts[p].tokStart) <= WINDOW;
  for (let last = k - 1; last >= n - 1 && inWindow(last); last--) {
    const list = listEndingAt(doc, drafts, last, fits);
    if (list && list.length === n) {
      const ids = new Set(list.flatMap((d) => d.refs));
      if (ids.size === n) return [...ids];
    }
  }
  const here = new Set<string>();
  const recent = new Set<string>();
  for (let p = 0; p < k; p++) {
    if (!fits(drafts[p])) continue;
    const at = doc.sentenceOf(drafts[p].tokStart);
    for (const r of drafts[p].refs) {
      if (at === sentence) here.add(r);
      if (sentence - at <= WINDOW) recent.add(r);
    }
  }
  if (here.size === n) return [...here];
  if (here.size < n && recent.size === n) return [...recent];
  return [];
}

/** The fitting drafts of a list "A, B and C" whose last member is `drafts[last]`, or null. */
function listEndingAt(doc: Doc, drafts: readonly Draft[], last: number, fits: (x: Draft) => boolean): Draft[] | null {
  if (!fits(drafts[last])) return null;
  const out = [drafts[last]];
  let p = last - 1;
  // the last two are joined by "and" (or ", and")
  if (p < 0 || !fits(drafts[p]) || !between(doc, drafts[p], drafts[last], ['and', ', and'])) return null;
  out.unshift(drafts[p]);
  // the others by commas, and the list must not go on further back
  while (p > 0 && fits(drafts[p - 1]) && between(doc, drafts[p - 1], drafts[p], [','])) {
    p--;
    out.unshift(drafts[p]);
  }
  return out;
}

/** True when exactly one of `joins` (lower-cased words, space-separated) stands between `a` and `b`. */
function between(doc: Doc, a: Draft, b: Draft, joins: readonly string[]): boolean {
  const words = wordsBetween(doc, a, b, 2);
  return words !== null && joins.includes(words);
}
