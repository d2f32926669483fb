/**
 * A tag repair for the participles news writes before a noun as labels of a person or a plan:
 * "extradited suspected/VBN British militant X to Britain", "arrested alleged/VBN gang leaders",
 * "reject proposed/VBN Israeli changes". Right after a
 * verb the tagger reads such a participle as a verb, the parser makes it the verb's complement with
 * the noun as its object, and the main verb loses its object and its "to" phrase. Before a noun
 * these words only ever modify it, so the repair tags them adjectives (`ADJ|JJ`).
 *
 * It fires only on "<verb> <label participle> <adjective, noun or name>" for the closed lists of
 * {@link LABELS} and {@link TRENDS}: "police suspected/VBD foul play" (after a noun, the sentence's verb) is left alone.
 * So is a present participle between a possessive and a noun ("Salaheddine Sidhoum, Algeria's
 * leading/VBG human rights activist, staged …", "China's growing influence"): after "'s" it can only
 * modify the noun, but read as a verb it took the possessor for its subject in a long sentence.
 * UD itself tags such participles VERB with the relation `amod`; the adjective's tag is what makes
 * this parser attach them so. Over UD EWT and GUM (the tagger's own tags) the labels fire twice and
 * the possessive shape 11 times, each time on a participle UD attaches as `amod`
 * ("summarized purported intelligence", "the country's leading statesmen"). The office-holder labels
 * ("outgoing", "ousted") follow a verb once in UD EWT and GUM ("would replace outgoing governor X"),
 * attached `amod`; words that are also bare passives after "got" ("got jailed Monday") are not listed.
 *
 * Before a label the tagger sometimes reads the verb itself as an adverb ("warplanes struck/RB
 * suspected/VBD militant positions", "jets hit/RB suspected …") and makes the label the sentence's
 * verb. When the word before a label is tagged an adverb but the tag lexicon knows it only as a
 * verb's past form, never an adverb, it is that past tense (`VERB|VBD`) and the label an adjective.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AttributiveParticipleRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Participles that label a person, plan or place before its noun ("suspected militant", "proposed changes"). */
const LABELS: ReadonlySet<string> = new Set([
  'suspected', 'alleged', 'convicted', 'reputed', 'purported', 'presumed', 'wanted', 'self-styled', 'self-proclaimed', 'so-called',
  // and of plans and places: "rejected proposed changes", "cancelled planned talks", "entered occupied territory"
  'proposed', 'planned', 'disputed', 'contested', 'occupied', 'renewed',
  // and of office-holders in or out of office: "assassinate outgoing/VBG Prime Minister X", "met ousted president X"
  'outgoing', 'incoming', 'ousted', 'deposed', 'embattled',
]);

/**
 * Present participles of growth that news writes before a noun ("faced growing pressure", "cited
 * mounting tension"): right after a verb the tagger reads them as its complement, which takes the
 * noun as its object and the phrases after it ("pressure from France to help Greece") as its own.
 * After a verb that takes a gerund ("tried growing peppermint", "began mounting raids") they are the
 * gerund, so those verbs are left out ({@link GERUND_TAKERS}). Over UD EWT and GUM (gold tags) the
 * shape "<verb> <word> <noun>" holds 4 of them: 3 `amod` ("battling rising unemployment",
 * "endured growing pains") and 1 gerund after "try".
 */
const TRENDS: ReadonlySet<string> = new Set(['growing', 'mounting', 'rising', 'increasing', 'escalating', 'deepening', 'worsening', 'intensifying']);

/** Forms of verbs that take a gerund as their complement ("started/kept/stopped growing …"). */
const GERUND_TAKERS: ReadonlySet<string> = new Set([
  'try', 'tries', 'tried', 'trying',
  'start', 'starts', 'started', 'starting',
  'begin', 'begins', 'began', 'begun', 'beginning',
  'stop', 'stops', 'stopped', 'stopping',
  'keep', 'keeps', 'kept', 'keeping',
  'continue', 'continues', 'continued', 'continuing',
  'quit', 'quits', 'quitting',
  'avoid', 'avoids', 'avoided', 'avoiding',
  'consider', 'considers', 'considered', 'considering',
  'finish', 'finishes', 'finished', 'finishing',
  'resume', 'resumes', 'resumed', 'resuming',
  'recommend', 'recommends', 'recommended', 'recommending',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'risk', 'risks', 'risked', 'risking',
  'halt', 'halts', 'halted', 'halting',
  'cease', 'ceases', 'ceased', 'ceasing',
  'deny', 'denies', 'denied', 'denying',
  'admit', 'admits', 'admitted', 'admitting',
  'discuss', 'discusses', 'discussed', 'discussing',
  'mind', 'minds', 'minded',
  'enjoy', 'enjoys', 'enjoyed', 'enjoying',
  'like', 'likes', 'liked',
  'love', 'loves', 'loved',
  'hate', 'hates', 'hated',
  'mean', 'means', 'meant',
]);

/** Creates the repair over `model`'s tag classes. */
export function createAttributiveParticipleRepair(model: SyntaxModel): AttributiveParticipleRepair {
  const { classes, classUpos } = model.tagger;
  const jj = classes.indexOf('ADJ|JJ');
  const vbg = classes.indexOf('VERB|VBG');
  const pos = classes.indexOf('PART|POS');
  const VERB = uposId('VERB');
  const ADJ = uposId('ADJ');
  const NOUN = uposId('NOUN');
  const PROPN = uposId('PROPN');
  const ADV = uposId('ADV');
  const vbd = classes.indexOf('VERB|VBD');
  const lexicon = model.tagger.lexicon;
  const pastBits = (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBD'))) | (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBN')));
  const adverbBits = ['RB', 'RBR', 'RBS'].reduce((b, t) => b | (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t as (typeof PENN_LEXICON_TAGS)[number]))), 0);
  /** A word the tag lexicon knows as a past form and never as an adverb ("struck", "hit"; not "only"). */
  const pastOnly = (w: string): boolean => {
    const bits = lexicon.get(hashString(normaliseWord(w))) ?? 0;
    return (bits & pastBits) !== 0 && (bits & adverbBits) === 0;
  };
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (jj < 0) return 0;
    let changed = 0;
    for (let i = from + 1; i < to - 1; i++) {
      if (upos[i] !== VERB) continue;
      const word = vocab.str(ids[i]).toLowerCase();
      // a past verb the tagger read as an adverb before the label, after its subject
      const misreadVerb = vbd >= 0 && i - 2 >= from && upos[i - 1] === ADV && LABELS.has(word) && (upos[i - 2] === NOUN || upos[i - 2] === PROPN) && pastOnly(vocab.str(ids[i - 1]));
      const label = (upos[i - 1] === VERB || misreadVerb) && (LABELS.has(word) || (TRENDS.has(word) && !GERUND_TAKERS.has(vocab.str(ids[i - 1]).toLowerCase())));
      const possessed = tags[i] === vbg && tags[i - 1] === pos;
      if (!label && !possessed) continue;
      const next = upos[i + 1];
      if (next !== ADJ && next !== NOUN && next !== PROPN) continue;
      if (misreadVerb) {
        tags[i - 1] = vbd;
        upos[i - 1] = classUpos[vbd];
        if (forced) forced[i - 1] = vbd;
        changed++;
      }
      tags[i] = jj;
      upos[i] = classUpos[jj];
      if (forced) forced[i] = jj;
      changed++;
    }
    return changed;
  };
}
