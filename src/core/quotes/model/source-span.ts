/**
 * The source span of a model attribution. The role tagger labels tokens one by one and sometimes
 * stops short of a noun phrase's start ("one" for "no one") or runs on into words that belong to
 * the cue's clause ("federal prosecutors in April charged", "Caddell, speaking of the scandal,
 * said", "WASHINGTON -- President Obama said"). When the tagger labels no source at all, the cue
 * verb's subject (or a passive's agent) is taken from the parse.
 */
import type { DepWalker } from '../../doc/dep-walk.js';
import type { Doc } from '../../doc/doc.js';
import type { TokenSpan } from '../attribution.js';
import { MONTHS, WEEKDAYS } from '../../dates/date-words.js';
import { runHolding, subtreeTokens, tokensMinus } from '../syntax-spans.js';

/** Relative pronouns: the source of their clause as PolNeAR marks it ("officials who said …"). */
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Dependents a noun phrase begins with: determiners, modifiers, compounds, possessors, "not" in "not everyone". */
const PHRASE_START = new Set(['det', 'det:predet', 'amod', 'compound', 'nummod', 'nmod:poss', 'flat', 'det:poss']);
const NEGATORS = new Set(['not', 'never']);
/** Determiners that open a question or a relative clause, not the source's phrase. */
const WH_WORDS = new Set(['what', 'which', 'whose', 'whatever']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * `span` fitted at its edges, where the role tagger errs most: a time or an aside of the cue's
 * clause the tagger ran into is cut from the end ("the Supreme Court this month rejected", "federal
 * prosecutors in April charged", "Caddell, speaking of the scandal, said"); the determiner or
 * modifier the phrase opens with is taken in when the tagger stopped after it ("no one", "The Tax
 * Foundation"); a relative pronoun subject of the cue is the source of its clause ("a staffer who
 * told"), as PolNeAR marks it. The parse of a long name is less sure than the tagger (it splits
 * "The Wall Street Journal" and hangs "in April" from "prosecutors"), so cuts go by the words at the
 * span's end, and only one word is taken in, when the parse hangs it from the span.
 */
export function fitSource(doc: Doc, span: TokenSpan, cue: TokenSpan, cueHead: number): TokenSpan {
  let { from, to } = span;
  const last = to - 1;
  if (to - from > 1 && doc.head(last) === cueHead && doc.deprel(last) === 'nsubj' && RELATIVE.has(doc.tokenText(last).toLowerCase())) return { from: last, to };
  to = trimTime(doc, from, to);
  to = trimAside(doc, from, to);
  from = trimDateline(doc, from, to);
  // the start: the word the phrase opens with, when the parse hangs it from the span; before a name
  // only an article or a negator ("the Pentagon", not "campaign Ayotte"), never a wh-word
  const prev = from - 1;
  const opener = (t: number) =>
    doc.pos(from) === 'PROPN' ? ARTICLES.has(doc.tokenText(t).toLowerCase()) || NEGATORS.has(doc.tokenText(t).toLowerCase()) : PHRASE_START.has(doc.deprel(t)) || NEGATORS.has(doc.tokenText(t).toLowerCase());
  if (
    prev >= 0 &&
    (prev >= cue.to || prev < cue.from) &&
    !RELATIVE.has(doc.tokenText(from).toLowerCase()) &&
    !WH_WORDS.has(doc.tokenText(prev).toLowerCase()) &&
    doc.head(prev) >= from &&
    doc.head(prev) < to &&
    opener(prev) &&
    doc.sentenceOf(prev) === doc.sentenceOf(from)
  )
    from = prev;
  return { from, to };
}

/**
 * The cue verb's subject (or a passive's agent) from the parse, for a cue the role tagger gave no
 * source: "Michael McFaul, a senior fellow at …, said" (a long apposition can hide the name from the
 * tagger's view, not from the parse), "…, saying" (the subject of the clause it hangs from), "forced
 * the chief executive to admit" (object control). A relative pronoun is its clause's source, as
 * PolNeAR marks it; expletives are not sources.
 */
export function subjectSource(doc: Doc, walker: DepWalker, head: number, cue: TokenSpan): TokenSpan | null {
  if (doc.pos(head) !== 'VERB') return null;
  // "officials who said": the walker would give the noun the clause modifies; PolNeAR marks "who"
  const first = doc.sentences.tokStart[doc.sentenceOf(head)];
  for (let t = first; t < head; t++) {
    if (doc.head(t) === head && doc.deprel(t) === 'nsubj' && RELATIVE.has(doc.tokenText(t).toLowerCase())) return { from: t, to: t + 1 };
  }
  const subjects = walker.isPassive(doc, head) ? walker.agents(doc, head) : walker.subjects(doc, head);
  let s = subjects.find((t) => doc.deprel(t) !== 'expl' && !RELATIVE.has(doc.tokenText(t).toLowerCase()));
  // "The judge rejected the request to make the file public, saying …": a participle after a comma
  // says what the sentence's subject did, however the parser attached it
  if (s === undefined && head > first && doc.tokenText(head - 1) === ',' && /ing$/i.test(doc.tokenText(head))) {
    let root = head;
    for (let d = 0; d < 64 && doc.head(root) >= 0; d++) root = doc.head(root);
    if (root !== head && root < head) s = walker.subjects(doc, root).find((t) => doc.deprel(t) !== 'expl' && !RELATIVE.has(doc.tokenText(t).toLowerCase()));
  }
  if (s === undefined) return null;
  const sub = subtreeTokens(doc, walker, s);
  const cut = sub.from <= head && head < sub.to ? [subtreeTokens(doc, walker, head)] : [cue];
  const run = runHolding(tokensMinus([sub], cut), s);
  return run ? { from: trimDateline(doc, run.from, run.to), to: run.to } : null;
}

/** Nouns that name a time ("this month", "on Friday", "in 2001"). */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'decade']);
/** Words a time phrase opens with. */
const TIME_OPENERS = new Set(['in', 'on', 'at', 'during', 'since', 'this', 'last', 'next', 'earlier', 'later', 'late', 'early', 'mid', 'the', 'that']);
/** Prepositions of an aside on the occasion of speaking (", in a statement", ", at a news conference"). */
const OCCASION_PREPS = new Set(['in', 'on', 'during', 'after', 'before', 'while', 'when']);
/** Relations of a clause hanging from the cue or the name. */
const CLAUSAL = new Set(['advcl', 'ccomp', 'xcomp', 'acl', 'parataxis', 'conj']);
/** Words in -ing that work as prepositions. */
const ING_PREPOSITIONS = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'excluding']);

function isTimeWord(doc: Doc, t: number): boolean {
  const w = doc.tokenText(t);
  const lower = w.toLowerCase();
  // lower case only: "USA Today", "Good Morning America" are names
  if (w === lower && (TIME_NOUNS.has(lower) || TIME_NOUNS.has(doc.lemma(t)))) return true;
  // full month and weekday names only: "May" and "Sat" are also other words
  if (w.length > 3 && /^\p{Lu}/u.test(w) && (MONTHS.has(lower) || WEEKDAYS.has(lower))) return true;
  return /^(19|20)\d\d$/.test(w);
}

/**
 * A time the tagger took into the source from the cue's clause: "federal prosecutors in April
 * charged", "the court this month rejected". Kept when the source holds a verb ("a poll released
 * last month"): the time is then the verb's.
 */
function trimTime(doc: Doc, from: number, to: number): number {
  if (to - from < 2 || !isTimeWord(doc, to - 1)) return to;
  let a = to - 1;
  while (a - 1 > from && (isTimeWord(doc, a - 1) || doc.pos(a - 1) === 'NUM' || TIME_OPENERS.has(doc.tokenText(a - 1).toLowerCase()))) a--;
  // a bare common noun ("officials year") is not a time phrase; a bare weekday or year is ("the court Friday")
  if (a === to - 1 && doc.pos(a) !== 'PROPN' && doc.pos(a) !== 'NUM') return to;
  // the time of a verb or of a phrase inside the source is theirs: "a poll released last month",
  // "an executive at the foundation in 2009"
  for (let t = from; t < a; t++) if (doc.pos(t) === 'VERB' || doc.pos(t) === 'ADP') return to;
  return a;
}

/**
 * An aside between the name and the cue: "Caddell, speaking of the scandal," and "Rep. Jones, in a
 * statement," are how and where they spoke, not who; an apposition ("Jones, a senator,") stays, and
 * so does "at" ("Pantucci, at the Royal United Services Institute," names where they work).
 */
function trimAside(doc: Doc, from: number, to: number): number {
  for (let comma = from + 1; comma + 1 < to; comma++) {
    if (doc.tokenText(comma) !== ',') continue;
    const first = comma + 1;
    const w = doc.tokenText(first).toLowerCase();
    if ((doc.pos(first) === 'ADP' || doc.pos(first) === 'SCONJ') && OCCASION_PREPS.has(w)) return comma;
    // a participle heading a clause of its own ("speaking of …", "citing …"), not a title ("managing
    // director") nor a preposition in -ing ("including", "according to")
    if (doc.pos(first) === 'VERB' && /ing$/.test(w) && CLAUSAL.has(doc.deprel(first)) && !ING_PREPOSITIONS.has(w)) return comma;
  }
  return to;
}

/** A dateline the tagger took in: "WASHINGTON -- President Obama" → "President Obama". */
function trimDateline(doc: Doc, from: number, to: number): number {
  let t = from;
  while (t < to && /^[\p{Lu}.,]+$/u.test(doc.tokenText(t)) && /\p{Lu}{2}/u.test(doc.tokenText(t) + (doc.tokenText(t) === ',' ? 'XX' : ''))) t++;
  if (t === from || t >= to - 1) return from;
  let d = t;
  while (d < to && /^[-\u2013\u2014]+$/.test(doc.tokenText(d))) d++;
  return d > t && d < to ? d : from;
}
