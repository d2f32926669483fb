/**
 * A tag repair for the bare verb of a mandative "that" clause: "demanded that the government
 * end/NN curbs on the press", "its demand that Israel ease/NN restrictions", "insisted on its
 * demands that the government grant/NN more rights". After a word of demanding, English puts the
 * clause's verb in its base form (the subjunctive); with no "-s" or "-ed" to mark it, the tagger
 * reads it as a noun compounded with its object, the parser finds no verb in the clause, and the
 * demanded act is lost.
 *
 * It fires only on the shape "<demand word> (≤ {@link MAX_GAP} words) that <noun phrase> <noun>
 * <start of a noun phrase>" where the noun is one the tag lexicon knows as a verb's base form, the
 * noun phrase ends in a noun, a name or a personal pronoun, and nothing from "that" to the end of
 * the clause (the next punctuation) is already a verb or an auxiliary — bar a "to" infinitive, which
 * belongs to the object ("demanded that the US cancel plans to sell arms"). "Demanded that the
 * government end" gets its verb; "said that the government plan would …" (no demand word, and a
 * verb in the clause) and "demanded that the border closure end." (no object) are left alone.
 * Over UD EWT and GUM (the tagger's own tags) it changes nothing: the shape is news wire style.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type MandativeClauseRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/**
 * Words of demanding that take a subjunctive "that" clause, in their inflected forms (verbs and the
 * nouns made from them): the closed class English grammars call mandative.
 */
const MANDATIVE: ReadonlySet<string> = new Set(
  [
    ['demand', 'demands', 'demanded', 'demanding'],
    ['insist', 'insists', 'insisted', 'insisting', 'insistence'],
    ['urge', 'urges', 'urged', 'urging'],
    ['request', 'requests', 'requested', 'requesting'],
    ['require', 'requires', 'required', 'requiring', 'requirement', 'requirements'],
    ['order', 'orders', 'ordered', 'ordering'],
    ['recommend', 'recommends', 'recommended', 'recommending', 'recommendation', 'recommendations'],
    ['propose', 'proposes', 'proposed', 'proposing', 'proposal', 'proposals'],
    ['stipulate', 'stipulates', 'stipulated', 'stipulating'],
  ].flat(),
);
/** Kinds of words (`kindOf` in the repair): a word of demanding, "that", anything else. */
const DEMAND = 1;
const THAT = 2;
const OTHER = 3;
/** Words between the demand word and "that" ("its demand today that", "demanded again that"). */
const MAX_GAP = 2;
/** Longest subject noun phrase read ("Burundi 's new transitional government"). */
const MAX_SUBJECT = 8;
const VB_BITS = (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VB'))) | (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBP')));

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createMandativeClauseRepair(model: SyntaxModel): MandativeClauseRepair {
  const { classes, classUpos, lexicon } = model.tagger;
  const vb = classes.indexOf('VERB|VB');
  const sconj = classes.indexOf('SCONJ|IN');
  const VERB = uposId('VERB');
  const AUX = uposId('AUX');
  const PUNCT = uposId('PUNCT');
  const inSubject = new Uint8Array(classes.length);
  const endsSubject = new Uint8Array(classes.length);
  const opensObject = new Uint8Array(classes.length);
  const isNoun = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const u = c.slice(0, c.indexOf('|'));
    const x = c.slice(c.indexOf('|') + 1);
    inSubject[i] = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP$' || x === 'POS' || x === 'PRP' ? 1 : 0;
    endsSubject[i] = u === 'NOUN' || u === 'PROPN' || x === 'PRP' ? 1 : 0;
    opensObject[i] = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP$' || x === 'PRP' ? 1 : 0;
    isNoun[i] = c === 'NOUN|NN' ? 1 : 0;
  });
  const baseVerb = (w: string): boolean => ((lexicon.get(hashString(normaliseWord(w))) ?? 0) & VB_BITS) !== 0;

  /** The bare verb of the clause opened by "that" at `t`, or -1. */
  function bareVerb(vocab: Vocab, ids: ArrayLike<number>, t: number, to: number, tags: Uint8Array, upos: Uint8Array): number {
    let found = -1;
    for (let k = t + 2; k < to - 1 && k - t <= MAX_SUBJECT + 1; k++) {
      if (!inSubject[tags[k - 1]]) return -1;
      if (isNoun[tags[k]] && endsSubject[tags[k - 1]] && opensObject[tags[k + 1]] && baseVerb(vocab.str(ids[k]))) {
        found = k;
        break;
      }
    }
    if (found < 0) return -1;
    // A "to" infinitive ("cancel plans to sell arms") is no finite verb of the clause: it belongs to the object
    // (the subject before the noun holds no verb, so any infinitive comes after it).
    for (let k = t + 1; k < to && upos[k] !== PUNCT; k++) if ((upos[k] === VERB || upos[k] === AUX) && vocab.str(ids[k - 1]).toLowerCase() !== 'to') return -1;
    return found;
  }

  // What each vocabulary word is to the repair, read once per word rather than lower-cased at every
  // token of every sentence: 0 not yet read, then one of the kinds below. Per vocabulary (a
  // repair may serve Docs of several pipelines), grown as the vocabulary grows.
  const kinds = new WeakMap<Vocab, Uint8Array>();
  const kindsOf = (vocab: Vocab): Uint8Array => {
    let k = kinds.get(vocab);
    if (!k || k.length < vocab.size) {
      const grown = new Uint8Array(vocab.size + 1024);
      if (k) grown.set(k);
      kinds.set(vocab, (k = grown));
    }
    return k;
  };
  const kindOf = (vocab: Vocab, k: Uint8Array, id: number): number => {
    if (k[id] === 0) {
      const w = vocab.str(id).toLowerCase();
      k[id] = MANDATIVE.has(w) ? DEMAND : w === 'that' ? THAT : OTHER;
    }
    return k[id];
  };

  return (vocab, ids, from, to, tags, upos, forced) => {
    if (vb < 0 || sconj < 0) return 0;
    let changed = 0;
    // (the sentence's ids are the vocabulary's, so the kinds cover them all)
    const kind = kindsOf(vocab);
    const set = (k: number, c: number) => {
      if (tags[k] === c) return;
      tags[k] = c;
      upos[k] = classUpos[c];
      if (forced) forced[k] = c;
      changed++;
    };
    for (let i = from; i < to - 4; i++) {
      if (kindOf(vocab, kind, ids[i]) !== DEMAND) continue;
      let t = i + 1;
      while (t < to && t - i <= MAX_GAP + 1 && kindOf(vocab, kind, ids[t]) !== THAT && upos[t] !== PUNCT) t++;
      if (t >= to || kindOf(vocab, kind, ids[t]) !== THAT) continue;
      const verb = bareVerb(vocab, ids, t, to, tags, upos);
      if (verb < 0) continue;
      set(t, sconj);
      set(verb, vb);
      i = verb;
    }
    return changed;
  };
}
