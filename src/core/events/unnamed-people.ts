/**
 * People a report does not name. "Police detained two men", "the arrest of dozens of protesters",
 * "a journalist was detained": the act is done to someone, but to nobody an actor list can hold. An
 * entry marked `unnamedPeople` (arrests) codes such an act with no target — as analysts and the
 * corpus's own annotation do ("One person was arrested, police said": the police's arrest of someone
 * unnamed) — instead of dropping it for want of a dyad. Only common nouns of people count
 * (`grammar.json` `peopleNouns`), with a number or a quantity before them ("12 people", "dozens of
 * protesters"); a named or described actor in the slot is a target of its own, and things ("detained
 * the ship") are no people.
 */

import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/** True when a target slot of `m` names people by a common noun only, and no actor. */
export function namesUnnamedPeople(ctx: CoderContext, m: Match): boolean {
  const { v, finder, actors } = ctx;
  const g = ctx.lexicon.grammar;
  for (const slot of m.trigger.target) {
    const toks = finder.slotTokens(m, slot);
    if (!toks.length) continue;
    let people = false;
    for (const k of toks) {
      for (const c of v.conjuncts(k)) {
        if (actors.actorAt(c)) return false;
        // "dozens of protesters", "hundreds of people": the people are under the quantity.
        const of = g.quantityNouns.has(v.lemma[c]) ? v.childrenWith(c, ['nmod']).find((x) => v.caseOf(x) === 'of') : undefined;
        const noun = of ?? c;
        if (of !== undefined && actors.actorAt(of)) return false;
        if (g.peopleNouns.has(v.lemma[noun]) || g.peopleNouns.has(v.lower[noun])) people = true;
        else return false;
      }
    }
    // The first slot that holds anything decides, as it does for named targets.
    return people;
  }
  return false;
}
