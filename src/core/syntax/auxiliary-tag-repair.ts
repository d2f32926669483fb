/**
 * A tag repair for a lexical verb the tagger read as an auxiliary: "The Palestinians reject/AUX
 * proposed changes …". Auxiliaries are a closed class (forms of be, have, do, the modals, and "get"
 * and "used" in their auxiliary uses); any other word tagged AUX is the clause's main verb, and with
 * the auxiliary's tag the parser hangs it on the next verb and the event it carries is lost. The
 * repair gives it the verb tag of the same tense (AUX|VBP → VERB|VBP).
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { SyntaxModel } from './syntax-model.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AuxiliaryTagRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** The closed class of English auxiliaries, in all their written forms (lower case). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 's', 're', 'm',
  'have', 'has', 'had', 'having', "'ve", "'d", 've', 'd',
  'do', 'does', 'did', 'done', 'doing',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'need', 'needs',
  'dare', 'wo', 'ca', "'ll", 'll', 'sha', 'get', 'gets', 'got', 'gotten', 'getting', 'used', 'use',
  'wilt', 'ai', 'cannot', 'gonna', 'gotta', 'wanna', 'let', "let's", 'going',
]);

/** Creates the repair over `model`'s tag classes. */
export function createAuxiliaryTagRepair(model: SyntaxModel): AuxiliaryTagRepair {
  const { classes, classUpos } = model.tagger;
  const AUX = uposId('AUX');
  // the verb class of each auxiliary class with the same Penn tag (AUX|VBP → VERB|VBP), -1 for AUX|MD
  const asVerb = Int16Array.from(classes, (c) => (c.startsWith('AUX|') ? classes.indexOf(`VERB|${c.slice(4)}`) : -1));
  return (vocab, ids, from, to, tags, upos, forced) => {
    let changed = 0;
    for (let i = from; i < to; i++) {
      if (upos[i] !== AUX) continue;
      const c = asVerb[tags[i]];
      const w = vocab.str(ids[i]).toLowerCase().replace(/[’‘]/g, "'");
      if (c < 0 || AUXILIARIES.has(w) || !/^[a-z]+$/.test(w)) continue;
      tags[i] = c;
      upos[i] = classUpos[c];
      if (forced) forced[i] = c;
      changed++;
    }
    return changed;
  };
}
