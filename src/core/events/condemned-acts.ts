/**
 * Whom a condemnation of an act is aimed at. "France condemned the invasion of Ukraine" blames
 * whoever invaded, not Ukraine; "criticised Western sanctions on Russia" blames the West, not Russia.
 * When the object of a disapproving verb (CAMEO 11) is itself a hostile act (a threat, protest,
 * show of force, cut in relations, coercion, assault or fight: roots 13–20), the target is that
 * act's doer as its own entry reads it ("Russia's invasion", "the Russian invasion", "an attack by
 * rebels"); with no doer named, a state the act was done to is no target (the event then codes only
 * if someone else is named), while people and bodies it was done to keep standing in for their side
 * ("condemned the arrest of the opposition leader").
 */

import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { uniqueParticipants } from './participants.js';
import type { Match } from './trigger-match.js';

/** CAMEO roots of hostile acts whose doer, not victim, a condemnation is aimed at. */
const HOSTILE_ROOTS = new Set(['13', '14', '15', '16', '17', '18', '19', '20']);

/** Slots in which a complaint names what it is about ("protested against / the arrest of …"). */
const COMPLAINED = new Set(['obj', 'against', 'about', 'over']);

/** The hostile act named as the object of disapproving verb `m`, or null. */
export function condemnedAct(ctx: CoderContext, m: Match): Match | null {
  // (Not a frame — "blamed the attacks on Russia" names whom it blames after "on" — nor an entry
  // with a required preposition, which names its target there.)
  // A complaint ("Germany protested against the arrest of …", official code 11x) aims the same way.
  const complaint = (m.trigger.official ?? '').startsWith('11') && COMPLAINED.has(m.trigger.target[0]);
  if (m.trigger.pos !== 'verb' || m.trigger.frame !== null || m.prep >= 0 || !(m.trigger.target[0] === 'obj' || complaint)) return null;
  if (!(m.trigger.code ?? '').startsWith('11') && !complaint) return null;
  for (const k of ctx.finder.slotTokens(m, m.trigger.target[0])) {
    const inner = ctx.byHead.get(k);
    if (inner && inner.trigger.pos === 'noun' && HOSTILE_ROOTS.has((inner.trigger.code ?? '').slice(0, 2))) return inner;
  }
  return null;
}

/**
 * The targets of a condemnation of `act`: its doers when named, else `targets` without the states
 * the act was done to. `sources` (the condemners) are never their own target.
 */
export function condemnedTargets(ctx: CoderContext, act: Match, targets: readonly Participant[], sources: readonly Participant[]): Participant[] {
  const doers: Participant[] = [];
  for (const slot of act.trigger.source) {
    for (const k of ctx.finder.slotTokens(act, slot)) doers.push(...ctx.finder.group(k));
    if (doers.length) break;
  }
  // "the detention of Chinese sailors by Indonesia", with "by" hung on the sailors: still the act's doer.
  if (!doers.length) for (const o of ctx.finder.slotTokens(act, 'of')) for (const b of ctx.finder.prepDeps(o, 'by')) doers.push(...ctx.finder.group(b));
  const own = (p: Participant): boolean => sources.some((s) => s.actor !== null && p.actor !== null && s.actor.id === p.actor.id);
  const named = doers.filter((p) => !own(p));
  if (named.length) return uniqueParticipants(named);
  // (A doer read back from an act told before — "Russia struck Kyiv. India condemned the strikes" —
  // is the act's own, whatever it is.)
  // (Nor are the condemner's own people: a state protesting the arrest of its citizens blames whoever
  // arrested them, not them.)
  const ownPeople = (p: Participant): boolean => p.actor?.type !== 'state' && p.country !== null && sources.some((s) => s.actor?.type === 'state' && s.country === p.country);
  return targets.filter((p) => p.recalled || (p.actor?.type !== 'state' && !ownPeople(p)));
}
