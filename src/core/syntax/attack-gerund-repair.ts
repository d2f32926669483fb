/**
 * A tag repair for an attack named by an "-ing" noun after a weapon or force that modifies it, in a
 * phrase of circumstance: "were killed in Israeli tank shelling in the east", "died after army
 * shelling on Friday", "wounded amid mortar firing". Read as a verb, the "-ing" word becomes a
 * clause of its own and the phrase keeps only the weapon ("in tank"), so the attack, its attacker
 * (the nationality adjective) and its place are lost. Right after a preposition of circumstance, a
 * bare run of adjectives and singular nouns ending in such a word is one noun phrase — a verb there
 * would need a subject or a determiner before it ("in a soldier shooting at …") — so the word is the
 * phrase's noun (`NOUN|NN`), as UD tags "shelling" in "heavy shelling".
 *
 * Only a closed list of attack nouns counts, and only before punctuation, a preposition, a
 * conjunction or the end: a verb would take an object there ("in army firing rockets").
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { SyntaxModel } from './syntax-model.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type AttackGerundRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** "-ing" nouns of an armed attack that news names by weapon or force ("tank shelling", "sniper firing"). */
const ATTACK_GERUNDS: ReadonlySet<string> = new Set(['shelling', 'bombing', 'shooting', 'firing', 'strafing', 'rocketing', 'bombarding', 'gunning']);

/** Prepositions of the circumstance an attack is to a death, a wound or a flight ("killed in", "died after", "fled amid"). */
const CIRCUMSTANCE: ReadonlySet<string> = new Set(['in', 'during', 'after', 'amid', 'amidst', 'following', 'from', 'since', 'despite']);

/** Creates the repair over `model`'s tag classes. */
export function createAttackGerundRepair(model: SyntaxModel): AttackGerundRepair {
  const { classes, classUpos } = model.tagger;
  const nn = classes.indexOf('NOUN|NN');
  const vbg = classes.indexOf('VERB|VBG');
  const ADJ = uposId('ADJ');
  const ADP = uposId('ADP');
  const PUNCT = uposId('PUNCT');
  const CCONJ = uposId('CCONJ');
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (nn < 0 || vbg < 0) return 0;
    let changed = 0;
    for (let i = from + 2; i < to; i++) {
      if (tags[i] !== vbg || tags[i - 1] !== nn) continue;
      if (!ATTACK_GERUNDS.has(vocab.str(ids[i]).toLowerCase())) continue;
      // What follows is no object: the end, punctuation, a preposition or a conjunction.
      if (i + 1 < to && upos[i + 1] !== PUNCT && upos[i + 1] !== ADP && upos[i + 1] !== CCONJ) continue;
      // Back over the weapon and its adjectives to the preposition; a determiner or anything else stops it.
      let j = i - 1;
      while (j > from && (tags[j] === nn || upos[j] === ADJ)) j--;
      if (upos[j] !== ADP || !CIRCUMSTANCE.has(vocab.str(ids[j]).toLowerCase())) continue;
      tags[i] = nn;
      upos[i] = classUpos[nn];
      if (forced) forced[i] = nn;
      changed++;
    }
    return changed;
  };
}
