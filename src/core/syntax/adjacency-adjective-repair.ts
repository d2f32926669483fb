/**
 * A tag repair for a participle that before a proper name only says where a place lies: "accused
 * neighbouring/VBG Rwanda of …", "sent troops into neighbouring/VBG Somalia". The treebanks tag
 * such words VBG, and the parser then reads a clause ("neighbouring" taking "Rwanda" as its object
 * and the sentence's preposition with it); as adjectives (`ADJ|JJ`) they attach to the name.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { SyntaxModel } from './syntax-model.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AdjacencyAdjectiveRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Participles that before a proper name only ever say where a place lies. */
const ADJACENCY_PARTICIPLES: ReadonlySet<string> = new Set(['neighbouring', 'neighboring']);

/** Creates the repair over `model`'s tag classes (it changes nothing when the model has no `ADJ|JJ`). */
export function createAdjacencyAdjectiveRepair(model: SyntaxModel): AdjacencyAdjectiveRepair {
  const jj = model.tagger.classes.indexOf('ADJ|JJ');
  const VERB = uposId('VERB');
  const PROPN = uposId('PROPN');
  const ADJ = uposId('ADJ');
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (jj < 0) return 0;
    let changed = 0;
    for (let i = from; i < to - 1; i++) {
      if (upos[i] !== VERB || upos[i + 1] !== PROPN || !ADJACENCY_PARTICIPLES.has(vocab.str(ids[i]).toLowerCase())) continue;
      tags[i] = jj;
      upos[i] = ADJ;
      if (forced) forced[i] = jj;
      changed++;
    }
    return changed;
  };
}
