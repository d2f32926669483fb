/**
 * A tag repair for a lexical verb the tagger read as an auxiliary: "The Palestinians reject/AUX
 * proposed changes …". Auxiliaries are a closed class (forms of be, have, do, the modals, and "get"
 * and "used" in their auxiliary uses); any other word tagged AUX is the clause's main verb, and with
 * the auxiliary's tag the parser hangs it on the next verb and the event it carries is lost. The
 * repair gives a word the tag lexicon knows as a verb form the verb tag of the same tense
 * (AUX|VBP → VERB|VBP).
 *
 * Counted with the tagger's own tags over UD EWT and GUM (all splits, gold tags deciding): with the
 * lexicon condition it changes 2 tokens there ("thou art", "cross examined"), without it 50, all
 * misspelt auxiliaries ("u r going", "should of called"); on news it repairs what it is for.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AuxiliaryTagRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** The closed class of English auxiliaries, in all their written forms (lower case). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 's', 're', 'm',
  'have', 'has', 'had', 'having', "'ve", "'d", 've', 'd',
  'do', 'does', 'did', 'done', 'doing',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'need', 'needs',
  'dare', 'wo', 'ca', "'ll", 'll', 'sha', 'get', 'gets', 'got', 'gotten', 'getting', 'used', 'use',
  'wilt', 'art', 'wert', 'hast', 'hath', 'doth', 'dost', 'shalt', 'canst', 'ai', 'cannot', 'gonna', 'gotta', 'wanna', 'let', "let's", 'going',
]);

/** Finite and base verb forms in the tag lexicon. */
const VERB_FORMS = ['VB', 'VBP', 'VBZ', 'VBD'].reduce((b, t) => b | (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t as (typeof PENN_LEXICON_TAGS)[number]))), 0);

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createAuxiliaryTagRepair(model: SyntaxModel): AuxiliaryTagRepair {
  const { classes, classUpos, lexicon } = model.tagger;
  const AUX = uposId('AUX');
  // the verb class of each auxiliary class with the same Penn tag (AUX|VBP → VERB|VBP), -1 for AUX|MD
  const asVerb = Int16Array.from(classes, (c) => (c.startsWith('AUX|') ? classes.indexOf(`VERB|${c.slice(4)}`) : -1));
  return (vocab, ids, from, to, tags, upos, forced) => {
    let changed = 0;
    for (let i = from; i < to; i++) {
      if (upos[i] !== AUX) continue;
      const c = asVerb[tags[i]];
      const w = vocab.str(ids[i]).toLowerCase().replace(/[’‘]/g, "'");
      // only a word the lexicon knows as a verb form: misspelt auxiliaries ("u r going", "should of
      // called") are auxiliaries still
      if (c < 0 || AUXILIARIES.has(w) || w.length < 3 || !/^[a-z]+$/.test(w) || !((lexicon.get(hashString(normaliseWord(w))) ?? 0) & VERB_FORMS)) continue;
      tags[i] = c;
      upos[i] = classUpos[c];
      if (forced) forced[i] = c;
      changed++;
    }
    return changed;
  };
}
