/**
 * A tag repair for the noun object of a verb of starting or stopping that the tagger read as a bare
 * verb: "workers stopped work/VB on Monday", "the plant resumed work/VB". English gives these verbs
 * a gerund ("stopped working") or a to-infinitive ("stopped to rest"), never a bare infinitive, so a
 * base-form verb right after one is its object noun; read as a verb, it takes the sentence's phrases
 * and the strike or stoppage the pair names is lost. The word becomes `NOUN|NN` when the tag
 * lexicon knows it as a noun.
 *
 * Over UD EWT and GUM (gold tags) a word right after these verbs is never a base-form verb (`VB`),
 * and 22 times a singular noun ("started work", "stop payment").
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AspectualObjectRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Forms of the verbs of starting and stopping, which take no bare infinitive. */
const ASPECTUAL: ReadonlySet<string> = new Set([
  'stop', 'stops', 'stopped', 'stopping',
  'halt', 'halts', 'halted', 'halting',
  'resume', 'resumes', 'resumed', 'resuming',
  'start', 'starts', 'started', 'starting',
  'begin', 'begins', 'began', 'begun', 'beginning',
  'finish', 'finishes', 'finished', 'finishing',
  'quit', 'quits', 'quitting',
  'cease', 'ceases', 'ceased', 'ceasing',
  'suspend', 'suspends', 'suspended', 'suspending',
]);

/** Lexicon bits of a common noun. */
const NOUN_BITS = LexBit.WnNoun | (1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('NN')));

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createAspectualObjectRepair(model: SyntaxModel): AspectualObjectRepair {
  const { classes, classUpos, lexicon } = model.tagger;
  const nn = classes.indexOf('NOUN|NN');
  const vb = classes.indexOf('VERB|VB');
  const VERB = uposId('VERB');
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (nn < 0 || vb < 0) return 0;
    let changed = 0;
    for (let i = from + 1; i < to; i++) {
      if (tags[i] !== vb || upos[i - 1] !== VERB || !ASPECTUAL.has(vocab.str(ids[i - 1]).toLowerCase())) continue;
      const w = vocab.str(ids[i]).toLowerCase();
      if (!/^[a-z]+$/.test(w) || !((lexicon.get(hashString(normaliseWord(w))) ?? 0) & NOUN_BITS)) continue;
      tags[i] = nn;
      upos[i] = classUpos[nn];
      if (forced) forced[i] = nn;
      changed++;
    }
    return changed;
  };
}
