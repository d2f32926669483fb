/**
 * Groups named by a description take the description's words as their name: news calls a crowd
 * or a community by what its people are, what side they are on and where they are ("opposition
 * supporters", "pro-democracy activists", "traders in Chaman", "refugees in Cox's Bazar"), and an
 * analyst (or a gold annotator) names the group the same way — "supporters" or "traders" alone say
 * nothing of who acts. So a group draft read from its head noun:
 * - takes in the noun and hyphenated-adjective modifiers the parse attaches to its head right
 *   before it ("opposition", "pro-democracy"; not "angry" or "young", which describe, not name);
 * - takes in its place when an "in <place>" phrase follows the head at once ("traders in Chaman"),
 *   where the group is — and where `peoples-residence.ts` has placed it (not a group of another
 *   state that is there: "Russian troops in Kazakhstan" stay "Russian troops");
 * - keeps, as another name, the phrase with its count as the text writes it ("Thousands of
 *   protesters", "several hundred marchers", "30 opposition supporters").
 * Runs after peoples are placed; keys are left as they are (the actor takes the longest name).
 */
import type { Doc } from '../doc/doc.js';
import { namedCountry, type Draft } from './draft.js';

/** Numbers and quantity words that count people ("30", "thousands", "several hundred", "many"). */
const NUMBER = /^(?:dozens|scores|hundreds|thousands|millions|tens|dozen|hundred|thousand|million|several|many|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d[\d,.]*)$/i;
/** Plural quantity words that take "of" before what they count ("thousands of protesters"). */
const QUANTITY_OF = /^(?:dozens|scores|hundreds|thousands|millions|tens)$/i;
/** Hedges that may open a count ("some 150", "about 2,000", "more than 300", "at least 40", "up to 50", "an estimated 10,000"). */
const HEDGE = /^(?:some|about|around|nearly|almost|over|roughly|approximately|more|than|at|least|up|to|an|estimated)$/i;
/** Directions between "in" and the place ("in northern Kenya"). */
const DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/i;
/** Relations by which a word before the head is part of what the group is called. */
const NAMING_RELS: ReadonlySet<string> = new Set(['compound', 'amod']);

/** Whether the draft is a group read from a common noun (not a name, a people or a split coordination). */
function isDescribedGroup(doc: Doc, d: Draft): boolean {
  return d.kind === 'group' && d.via === 'description' && !d.kbId && !d.split && d.plural && isCommonWord(doc, d.tokEnd - 1);
}

/** A lower-case word, or a capitalised one that only opens its sentence ("Traders in Chaman closed …"). */
function isCommonWord(doc: Doc, t: number): boolean {
  const w = doc.tokenText(t);
  return /^\p{Ll}/u.test(w) || (t === doc.sentences.tokStart[doc.sentenceOf(t)] && /^\p{Lu}\p{Ll}+$/u.test(w) && (!doc.has('pos') || doc.pos(t) === 'NOUN'));
}

/**
 * The start of the naming modifiers right before token `start` that the parse attaches to `head`:
 * lower-case nouns ("opposition supporters", "cotton farmers") and hyphenated adjectives of a side
 * ("pro-democracy activists", "anti-government protesters").
 */
function modifiersStart(doc: Doc, start: number, head: number, from: number, drafts: readonly Draft[]): number {
  if (!doc.has('deps') || !doc.has('pos')) return start;
  let k = start;
  while (k - 1 >= from && doc.head(k - 1) === head && NAMING_RELS.has(doc.deprel(k - 1))) {
    const w = doc.tokenText(k - 1);
    const noun = doc.pos(k - 1) === 'NOUN' && (/^\p{Ll}[\p{Ll}-]*$/u.test(w) || isCommonWord(doc, k - 1));
    const hyphenated = doc.pos(k - 1) === 'ADJ' && /^(?:pro|anti)-\p{Ll}[\p{Ll}-]*$/u.test(w);
    // "four-year", "two-day": a measure describes, it does not name.
    const measure = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)-/i.test(w);
    if ((!noun && !hyphenated) || measure || drafts.some((x) => x.tokStart <= k - 1 && k - 1 < x.tokEnd)) break;
    k--;
  }
  // "middle class citizens", "high school students": a word before modifies a modifier, so the
  // modifiers alone would name a wrong group ("class citizens").
  if (k < start && k - 1 >= from && doc.head(k - 1) >= k && doc.head(k - 1) < start) return start;
  return k;
}

/** The place or state draft of an "in <place>" phrase right after `end`, and the token after it. */
function placeAfter(doc: Doc, end: number, to: number, drafts: readonly Draft[]): Draft | null {
  if (end >= to || doc.tokenText(end).toLowerCase() !== 'in') return null;
  let k = end + 1;
  while (k < to && DIRECTION.test(doc.tokenText(k)) && !drafts.some((x) => x.tokStart === k)) k++;
  const at = drafts.find((x) => x.tokStart === k && !x.charStart && (x.kind === 'place' || (x.kind === 'state' && (x.via === 'name' || x.via === 'alias'))));
  return at && /^\p{Lu}/u.test(doc.tokenText(at.tokStart)) ? at : null;
}

/**
 * The start of the count before `start` ("Thousands of", "several hundred", "some 150", "30"), or
 * `start` when there is none: a number right before the phrase (or a plural quantity and "of"),
 * more numbers and hedges before it ("tens of thousands of", "more than 300").
 */
function countStart(doc: Doc, start: number, from: number): number {
  const w = (t: number) => (t >= from ? doc.tokenText(t) : '');
  let k = start;
  if (w(k - 1).toLowerCase() === 'of' && QUANTITY_OF.test(w(k - 2))) k -= 2;
  else if (NUMBER.test(w(k - 1))) k--;
  else return start;
  for (;;) {
    if (NUMBER.test(w(k - 1))) k--;
    else if (w(k - 1).toLowerCase() === 'of' && QUANTITY_OF.test(w(k - 2))) k -= 2;
    else break;
  }
  let h = k;
  while (HEDGE.test(w(h - 1))) h--;
  // Hedges count only as a whole ("more than", "at least", "up to"), never a stray "to" or "at".
  const hedge = doc.text.slice(doc.tokens.start[h], doc.tokens.start[k]).trim().toLowerCase();
  return h < k && /^(?:(?:some|about|around|nearly|almost|over|roughly|approximately|more than|at least|up to|an estimated)\s*)+$/.test(hedge) ? h : k;
}

/** Names described groups by their modifiers and place, and records their counted phrase, in place. */
export function nameDescribedGroups(doc: Doc, drafts: readonly Draft[]): void {
  const span = (a: number, b: number) => doc.text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]);
  for (const d of drafts) {
    if (!isDescribedGroup(doc, d)) continue;
    const s = doc.sentenceOf(d.tokStart);
    const from = doc.sentences.tokStart[s];
    const to = doc.sentences.tokEnd[s];
    const head = d.tokEnd - 1;
    const start = modifiersStart(doc, d.tokStart, head, from, drafts);
    // A group of another state somewhere ("Russian troops in Kazakhstan") is not named by where it is.
    const at = placeAfter(doc, d.tokEnd, to, drafts);
    const place = at && (!d.country || d.country === namedCountry(at)) ? at : null;
    const described = span(start, d.tokEnd);
    if (start < d.tokStart || place) d.name = place ? `${described} ${span(d.tokEnd, place.tokEnd)}` : described;
    const counted = countStart(doc, start, from);
    if (counted < start) d.alias = span(counted, d.tokEnd);
  }
}
