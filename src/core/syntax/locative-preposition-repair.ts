/**
 * A tag repair for "outside" and "inside" read as adjectives before a bare noun: "staged a sit-in
 * outside/JJ parliament", "rallied outside/JJ parliament", "protesters outside/JJ Downing Street".
 * The tagger has seen "outside help", "outside investors", so the parser makes the place a noun
 * modified by "outside" ("a sit-in parliament", "rallied parliament") and the act loses where it
 * happened, or its object. As a preposition (`ADP|IN`) the word heads the place phrase.
 *
 * The adjective stays where the phrase can be one: after a verb, a determiner, an adjective or a
 * preposition ("sought outside help", "the outside world", "for outside investors"). It is a
 * preposition before a proper name ("outside Kyiv"), after a noun or pronoun (a noun is not
 * followed by an attributive "outside": "a rally outside parliament", "protesters outside court"),
 * and before the few nouns news writes bare as places ("outside parliament", "inside prison").
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { SyntaxModel } from './syntax-model.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type LocativePrepositionRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Words that are a preposition of place or an adjective ("outside help", "inside information"). */
const LOCATIVES: ReadonlySet<string> = new Set(['outside', 'inside']);

/** Places news names without a determiner after a preposition ("outside parliament", "inside prison"). */
const BARE_PLACES: ReadonlySet<string> = new Set(['parliament', 'congress', 'court', 'headquarters', 'prison', 'jail', 'school', 'church', 'home', 'town']);

/** Creates the repair over `model`'s tag classes (it changes nothing when the model has no `ADP|IN`). */
export function createLocativePrepositionRepair(model: SyntaxModel): LocativePrepositionRepair {
  const { classes, classUpos } = model.tagger;
  const prep = classes.indexOf('ADP|IN');
  const ADJ = uposId('ADJ');
  const NOUN = uposId('NOUN');
  const PROPN = uposId('PROPN');
  const PRON = uposId('PRON');
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (prep < 0) return 0;
    let changed = 0;
    for (let i = from + 1; i < to - 1; i++) {
      if (upos[i] !== ADJ || !LOCATIVES.has(vocab.str(ids[i]).toLowerCase())) continue;
      const next = upos[i + 1];
      const before = upos[i - 1];
      const place = next === PROPN || (next === NOUN && (before === NOUN || before === PROPN || before === PRON || BARE_PLACES.has(vocab.str(ids[i + 1]).toLowerCase())));
      if (!place) continue;
      tags[i] = prep;
      upos[i] = classUpos[prep];
      if (forced) forced[i] = prep;
      changed++;
    }
    return changed;
  };
}
