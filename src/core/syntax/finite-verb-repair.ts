/**
 * The finite verb of a news clause the tagger left without one. News clauses have a finite verb;
 * the tagger (trained on web and wiki text) sometimes reads the past tense that carries an event as
 * a participle or an adjective — "Israeli aircraft struck/VBN targets in Gaza.", "Army bulldozers
 * demolished/JJ homes in Gaza, officials said." — and the parser then finds no verb for the
 * subject, so the event coder finds no event.
 *
 * A clause here is either a whole sentence with no finite verb, auxiliary or modal, or (with
 * `reportedClauses`) the stretch before a trailing reporting clause (", Palestinian officials
 * said.", ", the ministry said on Monday.") when only that reporting clause has one: the reported
 * stretch is a sentence of its own. In such a clause, the first lower-case word right after a noun
 * or personal pronoun becomes `VERB|VBD` when it is (in a reported stretch, the first only with
 * `reportedParticiples`)
 * - a past participle the lexicon knows as a past tense, not followed by "by" or punctuation (the
 *   passive's and the reduced relative's places), or
 * - (with `adjectivalPast`) an "-ed" adjective formed on a verb ("demolished", "blockaded") or
 *   one the lexicon knows as a past tense ("shook"), followed by the start of a noun phrase, its
 *   object ("demolished/JJ Palestinian homes", "Putin and Xi shook/JJ hands"), or
 * - (with `nounPast`) a singular common noun the lexicon knows as a past tense, followed by its
 *   object ("settlers set/NN fire to …", "gunmen shot/NN dead 14 people").
 *
 * Why so narrow (counted on the tagger's tags over UD EWT and GUM train and dev, gold tags
 * deciding): "a participle or '-ed' word with an object in any comma-bounded clause without a
 * finite verb" fired 35 times and was right 5 times (reduced relatives: "a man named Joe", "a comet
 * called Wild 2"); "the stretch before any short finite tail" fired 9 times, never right. The rules
 * kept fired once there, rightly ("plucked"); on news text they change few tags, all right so far.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { baseForms, LexBit, PENN_LEXICON_TAGS, semanticVerb } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Which clauses and which words {@link createFiniteVerbRepair} repairs. */
export interface FiniteVerbRepairOptions {
  /** Also repair the stretch before a trailing reporting clause (default false). */
  readonly reportedClauses?: boolean;
  /**
   * In such a stretch, repair a participle too, not only an "-ed" adjective with an object
   * (default false: the tags it changed on news were right — "Egyptian police opened/VBN fire …,
   * security sources said." — but the parse that followed lost an event's target there).
   */
  readonly reportedParticiples?: boolean;
  /** Also repair an "-ed" adjective followed by its object (default false). */
  readonly adjectivalPast?: boolean;
  /**
   * Also repair a common noun the lexicon knows as a past tense, followed by its object ("settlers
   * set/NN fire to …", "gunmen shot/NN dead 14 people") (default false).
   */
  readonly nounPast?: boolean;
  /**
   * Also repair the stretch before a trailing clause of cause or contrast ("… reduced/JJ food
   * rations to the camps because grain was being stolen.") when only that clause has a finite verb
   * (default false).
   */
  readonly adverbialClauses?: boolean;
}

/** Repairs one sentence's tags in place; returns the number of tokens changed (0 or 1). */
export type FiniteVerbRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Per-word facts, computed once per vocabulary id. */
const enum Word {
  Known = 1,
  /** First character is not lower case. */
  Capital = 2,
  /** May be a verb's past tense, says the tag lexicon. */
  Past = 4,
  /** Ends in "-ed" after a verb's base form ("demolished", "blockaded": not in the tag lexicon). */
  EdVerb = 8,
  /** The word "by" (any case). */
  By = 16,
  /** A verb of saying: WordNet's verb.communication, for the word or its base ("says" → say). */
  Saying = 32,
  /** A full stop. */
  Stop = 64,
  /** Opens a clause of cause or contrast: "because", "although", "though", "while", "whereas". */
  Adverbial = 128,
}

/**
 * Conjunctions that open a clause of cause or contrast after a complete main clause. Not "since",
 * "as", "after", "before", "until": they are prepositions as often, and a tagger that misreads the
 * main verb misreads them too.
 */
const ADVERBIAL = new Set(['because', 'although', 'though', 'while', 'whereas']);
/** Words before such a clause: its main clause needs a subject and a predicate. */
const MIN_MAIN_TOKENS = 3;

/** Bit of WordNet's verb.communication lexicographer file in a semantic signature (files 29…43). */
const COMMUNICATION = 1 << (32 - 29);
const VBD_BIT = 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBD'));
/** A trailing reporting clause is short: ", Palestinian officials and US witnesses said on Sunday." */
const MAX_REPORTING_TOKENS = 12;

/** Creates the repair over `model`'s tag classes, lexicon and semantic classes. */
export function createFiniteVerbRepair(model: SyntaxModel, options: FiniteVerbRepairOptions = {}): FiniteVerbRepair {
  const { classes, classUpos, lexicon, semantics } = model.tagger;
  const vbd = classes.indexOf('VERB|VBD');
  const NOUN = uposId('NOUN');
  const PROPN = uposId('PROPN');
  const PRON = uposId('PRON');
  const PUNCT = uposId('PUNCT');
  const VERB = uposId('VERB');
  const reported = options.reportedClauses === true;
  const adjectival = options.adjectivalPast === true;
  const reportedParticiples = options.reportedParticiples === true;
  const nounPast = options.nounPast === true;
  const adverbialClauses = options.adverbialClauses === true;
  const SCONJ = uposId('SCONJ');
  const isFinite = new Uint8Array(classes.length);
  const isParticiple = new Uint8Array(classes.length);
  const isAdjective = new Uint8Array(classes.length);
  const isNoun = new Uint8Array(classes.length);
  const isSubject = new Uint8Array(classes.length);
  const opensObject = new Uint8Array(classes.length);
  /** Opens a reporting clause: its subject ("the ministry", "officials", "he") or its verb ("said X"). */
  const opensReport = new Uint8Array(classes.length);
  /** May stand in a reporting clause's subject ("Palestinian officials and US witnesses", "officials in Kabul"). */
  const inSubject = new Uint8Array(classes.length);
  /** May follow a reporting verb ("on Monday", "in a statement", "reporters"); not "to reject …", "that …". */
  const afterReport = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const x = c.slice(c.indexOf('|') + 1);
    const u = c.slice(0, c.indexOf('|'));
    isFinite[i] = x === 'VBD' || x === 'VBZ' || x === 'VBP' || x === 'MD' ? 1 : 0;
    isParticiple[i] = c === 'VERB|VBN' ? 1 : 0;
    isAdjective[i] = c === 'ADJ|JJ' ? 1 : 0;
    isNoun[i] = c === 'NOUN|NN' ? 1 : 0;
    // a possessive ("their adopted country") is no subject
    isSubject[i] = (classUpos[i] === NOUN || classUpos[i] === PROPN || classUpos[i] === PRON) && x !== 'PRP$' && x !== 'WP' && x !== 'WP$' ? 1 : 0;
    opensObject[i] = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP$' ? 1 : 0;
    const nominal = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP';
    opensReport[i] = nominal || x === 'VBD' || x === 'VBZ' ? 1 : 0;
    inSubject[i] = nominal || u === 'CCONJ' || u === 'ADP' || u === 'PUNCT' || x === 'POS' ? 1 : 0;
    afterReport[i] = nominal || u === 'ADP' || u === 'ADV' || u === 'PUNCT' || u === 'CCONJ' || x === 'POS' ? 1 : 0;
  });
  const facts = new WeakMap<Vocab, Uint8Array>();

  const verbBase = (s: string): number => lexicon.get(hashString(s)) ?? 0;
  const saying = (s: string): boolean => (semanticVerb(semantics.get(hashString(s)) ?? 0) & COMMUNICATION) !== 0;

  function wordBits(vocab: Vocab, id: number): number {
    let c = facts.get(vocab);
    if (!c || c.length <= id) {
      const grown = new Uint8Array(Math.max(1024, vocab.size * 2, id + 1));
      if (c) grown.set(c);
      c = grown;
      facts.set(vocab, c);
    }
    let b = c[id];
    if (b !== 0) return b;
    const w = vocab.str(id);
    const lower = normaliseWord(w);
    b = Word.Known;
    if (w.length > 0 && w[0] !== w[0].toLowerCase()) b |= Word.Capital;
    const bases = baseForms(lower);
    if (verbBase(lower) & VBD_BIT) b |= Word.Past;
    if (lower.endsWith('ed') && bases.some((s) => verbBase(s) & LexBit.WnVerb)) b |= Word.EdVerb;
    if (lower === 'by') b |= Word.By;
    if (w === '.') b |= Word.Stop;
    if (ADVERBIAL.has(lower)) b |= Word.Adverbial;
    if (saying(lower) || bases.some(saying)) b |= Word.Saying;
    c[id] = b;
    return b;
  }

  /** End of the reported stretch before a trailing reporting clause, or -1 when there is none. */
  function reportedEnd(vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array): number {
    let comma = -1;
    for (let i = to - 2; i > from && i >= to - 2 - MAX_REPORTING_TOKENS; i--) {
      if (vocab.str(ids[i]) === ',') {
        comma = i;
        break;
      }
    }
    if (comma < 0 || !opensReport[tags[comma + 1]]) return -1;
    // the clause's only finite verb is a verb of saying, with its subject before it and only
    // adverbials or a listener after it (", Mr. Khan pleaded with them to reject …" is no report)
    let verb = -1;
    for (let i = comma + 1; i < to; i++) {
      const t = tags[i];
      if (isFinite[t]) {
        if (verb >= 0 || !(wordBits(vocab, ids[i]) & Word.Saying) || classUpos[t] !== VERB) return -1;
        verb = i;
      } else if (verb < 0 ? !inSubject[t] : !afterReport[t]) return -1;
    }
    return verb >= 0 ? comma : -1;
  }

  /**
   * Start of a clause of cause or contrast that opens before `firstFinite` (the sentence's first
   * finite verb) and after a main clause of its own, or -1: the main clause then has no finite verb.
   * The conjunction must be tagged one ("because of the fighting" is a preposition).
   */
  function adverbialStart(vocab: Vocab, ids: ArrayLike<number>, from: number, firstFinite: number, upos: Uint8Array): number {
    for (let i = from + MIN_MAIN_TOKENS; i < firstFinite; i++) {
      if (upos[i] === SCONJ && wordBits(vocab, ids[i]) & Word.Adverbial) return vocab.str(ids[i - 1]) === ',' ? i - 1 : i;
    }
    return -1;
  }

  return (vocab, ids, from, to, tags, upos, forced) => {
    if (vbd < 0 || to - from < 5 || !(wordBits(vocab, ids[to - 1]) & Word.Stop)) return 0;
    let end = to - 1;
    let whole = true;
    for (let i = from; i < to; i++) {
      if (!isFinite[tags[i]]) continue;
      const clause = adverbialClauses ? adverbialStart(vocab, ids, from, i, upos) : -1;
      if (clause >= 0) {
        // the main clause before "because …" is a sentence of its own, as the whole one would be
        end = clause;
        break;
      }
      whole = false;
      if (!reported) return 0;
      end = reportedEnd(vocab, ids, from, to, tags);
      if (end < 0) return 0;
      for (let k = from; k < end; k++) if (isFinite[tags[k]]) return 0;
      break;
    }
    for (let i = from + 1; i < end - 1; i++) {
      if (!isSubject[tags[i - 1]]) continue;
      const participle = isParticiple[tags[i]] === 1 && (whole || reportedParticiples);
      const adjective = adjectival && isAdjective[tags[i]] === 1;
      const noun = nounPast && isNoun[tags[i]] === 1;
      if (!participle && !adjective && !noun) continue;
      const b = wordBits(vocab, ids[i]);
      // a capitalised participle is a headline's ("Golf Courses Forced to …")
      if (b & Word.Capital) continue;
      if (participle) {
        // a participle the lexicon knows as a past tense, not before "by" or punctuation ("struck
        // targets", "demonstrated in"; the lexicon-less ones, "embroiled in litigation", were wrong
        // too often on news)
        if (!(b & Word.Past) || upos[i + 1] === PUNCT || wordBits(vocab, ids[i + 1]) & Word.By) continue;
      } else if (!opensObject[tags[i + 1]]) {
        continue;
      } else if (adjective ? !(b & (Word.EdVerb | Word.Past)) : !(b & Word.Past)) {
        // an adjective only as an "-ed" verb form or a past tense the lexicon knows ("shook/JJ
        // hands"), a noun only as the latter
        continue;
      }
      tags[i] = vbd;
      upos[i] = classUpos[vbd];
      if (forced) forced[i] = vbd;
      return 1;
    }
    return 0;
  };
}
