/**
 * A tag repair between the tagger and the parser, for two kinds of error the tagger (trained on web
 * and wiki text) makes on news and that break "who did what to whom" downstream. The tagger
 * component runs it on each sentence (`createSyntaxComponents(model, { repair })`) and, when it
 * changed a tag, tags the sentence again with the repaired tags imposed.
 *
 * 1. **Known proper names** tagged as common words: "Turkey shelled …" (Turkey NOUN, so the verb
 *    has no subject), a capital, an organisation's acronym. The words of a name the caller lists
 *    ("South Korea", "United Nations", "Kabul") become PROPN with the fine class `PROPN|NNP`
 *    (`NNPS` where the tagger saw a plural); inside a multi-word name a word the tagger took for an
 *    adjective or verb keeps it, as the treebanks tag names ("United/VERB States", "White/ADJ
 *    House"). Only the exact written form matches (so "turkey" never does), the longest listed
 *    name wins, a one-word name opening a sentence is left alone when its lower-case form is a
 *    function word, and so is an all-capitals name in capitalised text (a headline "IS IT OVER").
 * 2. Optionally, **a verb after a modal or infinitival "to"** tagged ADJ or NOUN ("would free the
 *    hostages", "urged Iran to free two nationals") becomes `VERB|VB` when the tagger's lexicon
 *    knows the word as a verb and a determiner, number, possessive or proper name follows.
 * 3. Optionally, **the finite verb of a clause the tagger left without one** ("Israeli aircraft
 *    struck/VBN targets." → VBD; also before a trailing ", officials said." and an "-ed" adjective
 *    with an object: `finite-verb-repair.ts`).
 *
 * The names come from the caller (the engine reads them from the knowledge base), never from code.
 * Look-ups are by vocabulary id and cached per {@link Vocab}, like the tagger's word table.
 */
import { UPOS, uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';
import { NameTrie } from './name-trie.js';
import { createAdjacencyAdjectiveRepair } from './adjacency-adjective-repair.js';
import { createFiniteVerbRepair } from './finite-verb-repair.js';
import { createAttributiveParticipleRepair } from './attributive-participle-repair.js';
import { createAuxiliaryTagRepair } from './auxiliary-tag-repair.js';
import { createAspectualObjectRepair } from './aspectual-object-repair.js';
import { createAttackGerundRepair } from './attack-gerund-repair.js';
import { createLocativePrepositionRepair } from './locative-preposition-repair.js';
import { createDatedGerundRepair } from './dated-gerund-repair.js';
import { createMandativeClauseRepair } from './mandative-clause-repair.js';
import { createSubordinateClauseRepair } from './subordinate-clause-repair.js';
import { createCoordinatedVerbRepair } from './coordinated-verb-repair.js';
import { createNamingObjectRepair } from './naming-object-repair.js';

export type { NameTagRepairOptions } from './name-tag-repair-options.js';
import type { NameTagRepairOptions } from './name-tag-repair-options.js';

/** The repair of one model's tags (`createSyntaxComponents(model, { repair })` runs it). */
export interface NameTagRepair {
  /** The model whose fine classes it writes. */
  readonly model: SyntaxModel;
  /**
   * Repairs tokens `from..to` in place: `ids` are vocabulary ids of `vocab`, `tags` the fine
   * classes of the model, `upos` the UPOS ids. When `forced` is given, the class of each changed
   * token is also written there (at the same position), for the tagger to decode the rest again
   * given them. Returns the number of tokens changed.
   */
  repairRun(vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced?: Int16Array | null): number;
}

const pennBit = (t: (typeof PENN_LEXICON_TAGS)[number]): number => 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t));

/** Lexicon bits of closed-class words: a sentence-initial name with one of these may be the word. */
const FUNCTION_BITS = pennBit('IN') | pennBit('DT') | pennBit('PRP') | pennBit('PRP$') | pennBit('CC') | pennBit('MD') | pennBit('WDT');
/** Lexicon bits of an adjective. */
const ADJECTIVE_BITS = LexBit.WnAdj | pennBit('JJ');
/** Lexicon bits of a verb's base form. */
const VERB_BITS = LexBit.WnVerb | pennBit('VB');

/** Per-word facts, computed once per vocabulary id. */
const enum Word {
  Known = 1,
  /** First character is an upper-case letter (or the word is an acronym with a digit: "G7"). */
  Capital = 2,
  /** Two or more letters, all upper case. */
  AllCaps = 4,
  /** The lower-case form may be a function word. */
  Function = 8,
  /** The lower-case form may be a verb's base form. */
  Verb = 16,
  /** The word is "to" (any case). */
  To = 32,
  /** The lower-case form may be an adjective ("Mediterranean", "Pacific", "Independent"). */
  Adjective = 64,
}

/** Per-vocabulary caches by vocabulary id: word facts and the name trie's node of a first word. */
interface WordCache {
  bits: Uint8Array;
  first: Int32Array;
}

/** Creates the repair over `model`'s tag classes and lexicon. */
export function createNameTagRepair(model: SyntaxModel, options: NameTagRepairOptions): NameTagRepair {
  const classes = model.tagger.classes;
  const classUpos = model.tagger.classUpos;
  const nnp = classes.indexOf('PROPN|NNP');
  const nnps = classes.indexOf('PROPN|NNPS');
  const vb = classes.indexOf('VERB|VB');
  const toPart = classes.indexOf('PART|TO');
  const PROPN = uposId('PROPN');
  const VERB = uposId('VERB');
  const ADJ = uposId('ADJ');
  const NOUN = uposId('NOUN');
  const DET = uposId('DET');
  const NUM = uposId('NUM');
  const ADV = uposId('ADV');
  const PART = uposId('PART');
  const AUX = uposId('AUX');
  const ADP = uposId('ADP');
  // UPOS a word inside a multi-word name keeps: modifiers and function words
  const keepInName = new Uint8Array(UPOS.length);
  for (const u of ['ADJ', 'VERB', 'DET', 'ADP', 'CCONJ', 'PART', 'PRON', 'AUX', 'PUNCT']) keepInName[uposId(u)] = 1;
  const isPlural = new Uint8Array(classes.length);
  const isModal = new Uint8Array(classes.length);
  const isPossessive = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const x = c.slice(c.indexOf('|') + 1);
    isPlural[i] = x === 'NNS' || x === 'NNPS' ? 1 : 0;
    isModal[i] = x === 'MD' ? 1 : 0;
    isPossessive[i] = x === 'PRP$' ? 1 : 0;
  });
  const names = new NameTrie(options.names);
  const verbs = options.verbsAfterModal === true && vb >= 0;
  const finite = options.finiteVerb === true ? createFiniteVerbRepair(model, options) : null;
  const adjacency = options.adjacencyAdjectives === true ? createAdjacencyAdjectiveRepair(model) : null;
  const subordinate = options.subordinateClauses === true ? createSubordinateClauseRepair(model) : null;
  const mandative = options.mandativeClauses === true ? createMandativeClauseRepair(model) : null;
  const auxiliary = options.auxiliaryVerbs === true ? createAuxiliaryTagRepair(model) : null;
  const labels = options.labelParticiples === true ? createAttributiveParticipleRepair(model) : null;
  const gerunds = options.datedGerunds === true ? createDatedGerundRepair(model) : null;
  const aspectual = options.aspectualObjects === true ? createAspectualObjectRepair(model) : null;
  const attacks = options.attackGerunds === true ? createAttackGerundRepair(model) : null;
  const locatives = options.locativePrepositions === true ? createLocativePrepositionRepair(model) : null;
  const coordinated = options.coordinatedVerbs === true ? createCoordinatedVerbRepair(model) : null;
  const naming = options.namingObjects === true ? createNamingObjectRepair(model) : null;
  const lexicon = model.tagger.lexicon;
  // per-vocabulary caches, by vocabulary id: word facts and the name trie's node of a first word
  const facts = new WeakMap<Vocab, WordCache>();

  function cache(vocab: Vocab): WordCache {
    let c = facts.get(vocab);
    if (!c || c.bits.length < vocab.size) {
      const size = Math.max(1024, vocab.size * 2);
      const bits = new Uint8Array(size);
      const first = new Int32Array(size);
      if (c) {
        bits.set(c.bits);
        first.set(c.first);
      }
      c = { bits, first };
      facts.set(vocab, c);
    }
    return c;
  }

  function wordBits(vocab: Vocab, c: WordCache, id: number): number {
    let b = c.bits[id];
    if (b !== 0) return b;
    const w = vocab.str(id);
    b = Word.Known;
    const ch = w.charCodeAt(0);
    if (ch >= 65 && ch <= 90) b |= Word.Capital;
    else if (w.length > 0 && w[0] !== w[0].toLowerCase()) b |= Word.Capital;
    if (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) b |= Word.AllCaps;
    const lex = lexicon.get(hashString(normaliseWord(w))) ?? 0;
    if (lex & FUNCTION_BITS) b |= Word.Function;
    if (lex & VERB_BITS) b |= Word.Verb;
    if (lex & ADJECTIVE_BITS) b |= Word.Adjective;
    if (w.length === 2 && w.toLowerCase() === 'to') b |= Word.To;
    c.bits[id] = b;
    c.first[id] = names.child(NameTrie.ROOT, w);
    return b;
  }

  /** True when `i` is an all-caps word next to another all-caps word (capitalised text). */
  function inCapitals(vocab: Vocab, c: WordCache, ids: ArrayLike<number>, from: number, to: number, i: number, j: number): boolean {
    if (!(wordBits(vocab, c, ids[i]) & Word.AllCaps)) return false;
    return (i > from && (wordBits(vocab, c, ids[i - 1]) & Word.AllCaps) !== 0) || (j < to && (wordBits(vocab, c, ids[j]) & Word.AllCaps) !== 0);
  }

  function repairRun(vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null = null): number {
    if (nnp < 0) return 0;
    const c = cache(vocab);
    let changed = 0;
    for (let i = from; i < to; i++) {
      wordBits(vocab, c, ids[i]);
      let node = c.first[ids[i]];
      if (node < 0) continue;
      // the longest listed name starting at i
      let end = names.terminal(node) ? i + 1 : -1;
      for (let j = i + 1; j < to && node >= 0; j++) {
        node = names.child(node, vocab.str(ids[j]));
        if (node >= 0 && names.terminal(node)) end = j + 1;
      }
      if (end < 0) continue;
      const single = end === i + 1;
      if (single && i === from && wordBits(vocab, c, ids[i]) & Word.Function) continue;
      if (inCapitals(vocab, c, ids, from, to, i, end)) {
        i = end - 1;
        continue;
      }
      for (let k = i; k < end; k++) {
        if (upos[k] === PROPN || !(wordBits(vocab, c, ids[k]) & Word.Capital)) continue;
        // the treebanks tag the modifiers and function words inside a name as such ("United/VERB
        // States", "White/ADJ House", "The/DET Hague"): only its other words become PROPN
        if (!single && (keepInName[upos[k]] || wordBits(vocab, c, ids[k]) & Word.Function)) continue;
        // a one-word name that is also an adjective, tagged so, modifies ("Mediterranean diet")
        if (upos[k] === ADJ && wordBits(vocab, c, ids[k]) & Word.Adjective) continue;
        tags[k] = isPlural[tags[k]] && nnps >= 0 ? nnps : nnp;
        upos[k] = PROPN;
        if (forced) forced[k] = tags[k];
        changed++;
      }
      i = end - 1;
    }
    if (verbs) {
      for (let i = from + 1; i < to - 1; i++) {
        if (upos[i] !== ADJ && upos[i] !== NOUN) continue;
        const b = wordBits(vocab, c, ids[i]);
        if (!(b & Word.Verb) || b & Word.Capital) continue;
        const p = tags[i - 1];
        const to_ = (wordBits(vocab, c, ids[i - 1]) & Word.To) !== 0;
        // "would free", "to free" (an infinitival "to" the tagger took for the preposition only
        // before an adjective: "went to school the next day" is a noun after a preposition)
        const modal = isModal[p] === 1 && classUpos[p] === AUX;
        const infinitive = to_ && (classUpos[p] === PART || (classUpos[p] === ADP && upos[i] === ADJ && toPart >= 0));
        if (!modal && !infinitive) continue;
        const n = upos[i + 1];
        // an adverb that only bounds a number starts a noun phrase too ("would free over/about/nearly 150 prisoners")
        const bounded = n === ADV && i + 2 < to && upos[i + 2] === NUM;
        if (n !== DET && n !== NUM && n !== PROPN && !bounded && !isPossessive[tags[i + 1]]) continue;
        if (infinitive && classUpos[p] === ADP) {
          tags[i - 1] = toPart;
          upos[i - 1] = PART;
          if (forced) forced[i - 1] = toPart;
          changed++;
        }
        tags[i] = vb;
        upos[i] = VERB;
        if (forced) forced[i] = vb;
        changed++;
      }
    }
    if (adjacency) changed += adjacency(vocab, ids, from, to, tags, upos, forced);
    if (finite) changed += finite(vocab, ids, from, to, tags, upos, forced);
    if (subordinate) changed += subordinate(vocab, ids, from, to, tags, upos, forced);
    if (mandative) changed += mandative(vocab, ids, from, to, tags, upos, forced);
    if (auxiliary) changed += auxiliary(vocab, ids, from, to, tags, upos, forced);
    if (labels) changed += labels(vocab, ids, from, to, tags, upos, forced);
    if (gerunds) changed += gerunds(vocab, ids, from, to, tags, upos, forced);
    if (aspectual) changed += aspectual(vocab, ids, from, to, tags, upos, forced);
    if (attacks) changed += attacks(vocab, ids, from, to, tags, upos, forced);
    if (locatives) changed += locatives(vocab, ids, from, to, tags, upos, forced);
    if (coordinated) changed += coordinated(vocab, ids, from, to, tags, upos, forced);
    if (naming) changed += naming(vocab, ids, from, to, tags, upos, forced);
    return changed;
  }

  return { model, repairRun };
}
