/**
 * Whom a show of force that names nobody faces, when its own sentence says it: the foreign side of
 * the incident it answers ("put its troops on high alert after North Korean drones crossed the
 * border", "when Russian warships entered the gulf") or of the act done with it ("placed its navy on
 * alert and shadowed the Turkish flotilla"). Nothing is guessed from the rest of the article: with
 * no other side in the sentence the alert faces nobody. The coder asks the same of complaints,
 * threats and cuts in relations that name nobody ("Manila protested after Chinese ships blocked its
 * supply mission": against China).
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';

/** Subordinators of a clause telling the incident a posture answers. */
const ANSWERING_MARKS = new Set(['after', 'when', 'as', 'following']);

/** The other side(s) an answering act with no target (a show of force, complaint, threat or cut in relations) faces in its own sentence, else none. */
export function provokers(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  const { v, finder } = ctx;
  const clause = clauseVerb(ctx, d);
  if (clause < 0) return [];
  const foreign = (ps: Participant[]): Participant[] =>
    ps.filter((p) => p.country !== null && p.actor !== null && !d.sources.some((s) => s.country === p.country));
  // "after five North Korean drones crossed the border": the doers of the incident.
  for (const c of v.childrenWith(clause, ['advcl'])) {
    if (!v.childrenWith(c, ['mark']).some((k) => ANSWERING_MARKS.has(v.lemma[k]))) continue;
    const doers = foreign(v.childrenWith(c, ['nsubj', 'nsubj:pass']).flatMap((k) => ownersOf(ctx, k)));
    if (doers.length) return doers;
  }
  // "put its navy on alert and shadowed the Turkish flotilla": a show of force done alongside
  // by the same side faces the same other side.
  for (const c of [...v.childrenWith(clause, ['conj']), ...(v.relIs(clause, ['conj']) ? [v.head[clause]] : [])]) {
    const other = draftAt(c);
    if (!other || other === d || !(other.code ?? '').startsWith('15')) continue;
    const faced = foreign(other.targets);
    if (faced.length) return faced;
  }
  return [];
}

/** The verb of the clause a draft's act sits in: its light verb, itself, or the verb its noun hangs on. */
function clauseVerb(ctx: CoderContext, d: Draft): number {
  const { v } = ctx;
  if (d.match.support >= 0) return d.match.support;
  const h = d.match.head;
  if (v.isVerbal(h)) return h;
  const up = v.head[h];
  return up >= 0 && v.relIs(h, ['obl', 'obj', 'xcomp']) && v.isVerbal(up) ? up : -1;
}

/**
 * Actors a subject stands for: the phrase's own ("Russia", "Chinese troops"), else the state its
 * modifiers name ("two Russian warships", "Myanmar shells" are the state's).
 */
function ownersOf(ctx: CoderContext, k: number): Participant[] {
  const { v, finder } = ctx;
  const own = finder.group(k);
  if (own.length) return own;
  return v.childrenWith(k, ['amod', 'compound', 'nmod:poss']).flatMap((c) => finder.group(c)).filter((p) => p.actor?.type === 'state');
}
