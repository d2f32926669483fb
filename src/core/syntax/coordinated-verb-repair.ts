/**
 * A tag repair for the second of two coordinated present-tense predicates that the tagger read as a
 * plural noun: "Indonesia condemns the attack and calls/NNS on Israel to stop", "The minister
 * reiterates the country's support and urges/NNS the council to act". Press releases and wire copy
 * write such pairs all the time; with the noun's tag the parser makes the verb a conjunct of the
 * first verb's object, and the demand or appeal it carries is lost. The word becomes `VERB|VBZ`.
 *
 * It fires on a lower-case word tagged `NOUN|NNS` right after "and", "but" or "or" when
 * - the tag lexicon knows the word as a 3rd-person present verb (VBZ);
 * - the clause's last finite verb before it is a VBZ verb or auxiliary with a word before it (its
 *   subject), with no other finite verb, relative or subordinating word, or ";"/":" between them;
 * - the word after it is what a verb takes and a plural noun does not: an object pronoun
 *   ("urges them"), or a noun phrase opened by a determiner, a proper noun or a possessive that is
 *   neither followed by a verb ("the issues and concerns the committee raised": the subject of a
 *   reduced relative) nor headed by a time noun ("sells cars and trucks a year"), or "on/upon" + a
 *   noun phrase + "to" ("calls on Israel to stop").
 * Left alone: a preposition otherwise ("rejects the accusations and calls for his resignation"
 * reads either way), "to" ("insects and bugs to learn more"), subject pronouns ("the issues and
 * concerns you raised").
 *
 * Counted over UD EWT and GUM train+dev, gold tags deciding. With the tagger's own tags it fires
 * 0 times (the tagger, trained there, makes this error there almost never; a first version that
 * also took "to" and any pronoun after the word fired twice, both wrong: "concerns you have
 * raised", "bugs to learn more"). With gold tags around a word forced to NNS (every gold NNS or VBZ
 * right after a coordinator) it fires 42 times, all on a gold VBZ ("licks off the gravy and lets
 * the meat lay"), never on a gold plural noun; on EWT and GUM test 6 times, all VBZ. On 1,008
 * news articles (PolNeAR) it changed 4 tags, all rightly ("guards his hotel rooms and scans/NNS
 * the lines", "ends its occupation and grants/NNS Palestinians a state").
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { baseForms, LexBit, PENN_LEXICON_TAGS, semanticNoun } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type CoordinatedVerbRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Coordinators that join two predicates of one subject. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** Clause boundaries a shared subject does not cross. */
const BOUNDARIES: ReadonlySet<string> = new Set([';', ':']);
/** Object pronouns: after a plural noun they cannot start a reduced relative's subject ("concerns you raised"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me']);
/** Bit of WordNet's noun.time lexicographer file in a semantic signature (noun files 3…28 from bit 0). */
const NOUN_TIME = 1 << (28 - 3);
/** The tag lexicon's VBZ bit. */
const VBZ_BIT = 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBZ'));

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createCoordinatedVerbRepair(model: SyntaxModel): CoordinatedVerbRepair {
  const { classes, classUpos, lexicon, semantics } = model.tagger;
  const vbz = classes.indexOf('VERB|VBZ');
  const nns = classes.indexOf('NOUN|NNS');
  const isFinite = new Uint8Array(classes.length);
  const isVbz = new Uint8Array(classes.length);
  /** Opens a new clause inside the sentence: a relative or subordinating word. */
  const opensClause = new Uint8Array(classes.length);
  /** Opens a noun phrase that may be a verb's object: a determiner, a proper noun, a possessive. */
  const opensObject = new Uint8Array(classes.length);
  /** May continue a noun phrase. */
  const inPhrase = new Uint8Array(classes.length);
  const isTo = new Uint8Array(classes.length);
  const isVerb = new Uint8Array(classes.length);
  const SCONJ = uposId('SCONJ');
  classes.forEach((c, i) => {
    const u = c.slice(0, c.indexOf('|'));
    const x = c.slice(c.indexOf('|') + 1);
    isFinite[i] = x === 'VBD' || x === 'VBZ' || x === 'VBP' || x === 'MD' ? 1 : 0;
    isVbz[i] = x === 'VBZ' ? 1 : 0;
    opensClause[i] = classUpos[i] === SCONJ || x === 'WDT' || x === 'WP' || x === 'WP$' || x === 'WRB' ? 1 : 0;
    opensObject[i] = u === 'DET' || u === 'PROPN' || x === 'PRP$' ? 1 : 0;
    inPhrase[i] = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(u) || x === 'PRP$' || x === 'POS' || x === 'HYPH' ? 1 : 0;
    isTo[i] = x === 'TO' ? 1 : 0;
    isVerb[i] = u === 'VERB' || u === 'AUX' ? 1 : 0;
  });

  const semanticsOf = (s: string): number => semanticNoun(semantics.get(hashString(s)) ?? 0);
  /** A noun WordNet files under noun.time ("year", "week", "day"), or a plural of one. */
  const timeNoun = (w: string): boolean => {
    const lower = normaliseWord(w);
    return ((semanticsOf(lower) | baseForms(lower).reduce((b, s) => b | semanticsOf(s), 0)) & NOUN_TIME) !== 0;
  };

  /** End (exclusive) of the noun phrase starting at `k`. */
  const phraseEnd = (tags: Uint8Array, k: number, to: number): number => {
    while (k < to && inPhrase[tags[k]]) k++;
    return k;
  };

  /** True when what follows `i` is what a verb takes and a plural noun does not. */
  function verbComplement(vocab: Vocab, ids: ArrayLike<number>, i: number, to: number, tags: Uint8Array): boolean {
    const next = vocab.str(ids[i + 1]).toLowerCase();
    if (OBJECT_PRONOUNS.has(next)) return true;
    if (opensObject[tags[i + 1]]) {
      // "the issues and concerns the committee raised": a phrase followed by a verb (the tagger
      // often reads that one as a participle) is the subject of a reduced relative on the noun
      const end = phraseEnd(tags, i + 1, to);
      if (end < to && isVerb[tags[end]]) return false;
      // "sells cars and trucks a year", "and reports each week": a phrase of time after a noun
      // measures it
      return !timeNoun(vocab.str(ids[end - 1]));
    }
    if (next === 'on' || next === 'upon') {
      // "calls on Israel to stop": the frame of appealing to someone to act
      const end = phraseEnd(tags, i + 2, to);
      return end > i + 2 && end < to && isTo[tags[end]] === 1;
    }
    return false;
  }

  return (vocab, ids, from, to, tags, upos, forced) => {
    if (vbz < 0 || nns < 0) return 0;
    let changed = 0;
    for (let i = from + 3; i < to - 1; i++) {
      if (tags[i] !== nns || !COORDINATORS.has(vocab.str(ids[i - 1]).toLowerCase())) continue;
      const w = vocab.str(ids[i]);
      if (!/^[a-z]+s$/.test(w) || !((lexicon.get(hashString(normaliseWord(w))) ?? 0) & VBZ_BIT)) continue;
      if (!verbComplement(vocab, ids, i, to, tags)) continue;
      // the clause's last finite verb before the coordinator: a VBZ verb or auxiliary after its subject
      let verb = -1;
      for (let k = i - 2; k >= from; k--) {
        const t = tags[k];
        if (isFinite[t]) {
          verb = isVbz[t] ? k : -1;
          break;
        }
        if (opensClause[t] || BOUNDARIES.has(vocab.str(ids[k]))) break;
      }
      if (verb <= from) continue;
      tags[i] = vbz;
      upos[i] = classUpos[vbz];
      if (forced) forced[i] = vbz;
      changed++;
    }
    return changed;
  };
}
