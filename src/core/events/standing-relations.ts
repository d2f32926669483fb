/**
 * Relations told as a standing state, not as an act: "Hungary, whose government has kept close
 * ties with Moscow, did not join …", "Serbia maintains close ties with Russia". Keeping up ties
 * that already exist is no event with a date: the clause describes the relationship. A verb of
 * keeping ("keep", "maintain", "keep up") on its relation noun codes no event when it describes an
 * actor in a relative clause ("whose government has kept", "which maintains"), or when it is told
 * in the simple present ("maintains close ties"). Told as narration ("Beijing has kept up its
 * military links with Russia, taking part in war games"), in the past, the future, or under a frame
 * ("agreed to maintain ties", which composes the act into the frame before this is asked), it stays an act.
 */
import type { SyntaxView } from './syntax-view.js';
import type { Match } from './trigger-match.js';

/** Lemmas of keeping a relation that already exists. */
const KEEPING = new Set(['keep', 'maintain', 'retain']);

/** True when match `m` keeps up a relation described as a standing state. */
export function isStandingRelation(v: SyntaxView, m: Match, relativePronouns: ReadonlySet<string>): boolean {
  const h = m.head;
  if (m.trigger.pos !== 'verb' || m.obj < 0 || !KEEPING.has(v.lemma[h])) return false;
  const aux = v.childrenWith(h, ['aux', 'aux:pass', 'mark']);
  // a modal, future or infinitive: an intent or a plan, not a state ("will maintain ties", "to keep ties")
  if (aux.some((a) => !/^(has|have|had|is|are|was|were)$/.test(v.lower[a]))) return false;
  if (describesActor(v, h, relativePronouns)) return true;
  const form = v.lower[h];
  const lemma = v.lemma[h];
  return !aux.length && (form === `${lemma}s` || form === `${lemma}es`);
}

/** A relative clause: marked so by the parse, or with a relative pronoun for subject or its possessor ("whose government"). */
function describesActor(v: SyntaxView, h: number, relativePronouns: ReadonlySet<string>): boolean {
  if (v.relIs(h, ['acl:relcl'])) return true;
  return v.childrenWith(h, ['nsubj']).some((s) => relativePronouns.has(v.lower[s]) || v.childrenWith(s, ['nmod:poss']).some((p) => v.lower[p] === 'whose'));
}
