/**
 * Acts a sentence tells of that have not happened: a meeting a framed act would bring about
 * ("offered to host talks"), what a refused, demanded or promised thing is for ("rejected an offer
 * for talks"), an act a framed or permitted act would bring about ("refused to allow planes to
 * land", "granted Kyiv permission to strike"), and the reason given for a punishment ("jailed a
 * student for helping militants"). The coder marks their drafts hypothetical.
 */
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';
import { accusationOfMeans } from './alleged-means.js';
import { isToInfinitive, sharedConjuncts } from './frame-inner.js';
import { objectsOf, type Match } from './trigger-match.js';
import { isCooperative } from './taxonomy.js';

/** Prepositions of what a request, offer or refusal is for ("an offer for talks", "calls for a summit"). */
const PURPOSE = ['for', 'of', 'on'];

/** Frames about acts still to come (or not to come): what their act would bring about has not happened. */
const FORWARD_FRAMES = new Set(['intent', 'invite', 'decide', 'hedge', 'appeal', 'demand', 'threaten', 'reject']);

/**
 * A test of whether a draft of the sentence is an act that has not happened, built once per
 * sentence from its `matches` and the acts `inner` its frames govern (frame → act).
 */
export function unrealizedActs(ctx: CoderContext, matches: readonly Match[], inner: ReadonlyMap<Match, Match>): (d: Draft) => boolean {
  const { v, byHead } = ctx;
  // "offered to host talks between A and B", "plans to attend a summit with B": a meeting that a
  // framed act would bring about has not happened. (Other objects may well have: "vowed to avenge
  // the attack".)
  const unheld = new Set<number>();
  for (const [f, c] of inner) {
    if (c.trigger.pos !== 'verb' || !FORWARD_FRAMES.has(f.trigger.frame ?? '')) continue;
    for (const o of objectsOf(v, c.head, c.passive)) unheld.add(o);
  }
  // "rejected an offer from the US for direct talks", "turned down calls for a summit": what a
  // refused, demanded or promised thing is for has not happened either.
  for (const m of matches) {
    const refusal = (m.trigger.code ?? '').startsWith('12') || FORWARD_FRAMES.has(m.trigger.frame ?? '');
    if (!refusal || m.trigger.pos !== 'verb') continue;
    // (Also on a verb of answering it governs: "declined to respond to an offer for talks".)
    for (const host of [m.head, m.obj, ...v.childrenWith(m.head, ['xcomp'])]) {
      if (host < 0) continue;
      for (const prep of PURPOSE) for (const k of ctx.finder.prepDeps(host, prep)) unheld.add(k);
    }
  }
  const meetingUnheld = (d: Draft): boolean => unheld.has(d.match.head) && d.match.trigger.pos === 'noun' && (d.code ?? '').startsWith('04');
  // "refused to allow UN planes to land", "promised to help rebuild": an act a framed act would
  // bring about ("to land" under "allow") has not happened either.
  const below = new Set<number>();
  // "asked voters to strengthen her hand and repudiate Trump": a conjunct sharing the framed act's
  // subject is asked, promised or refused with it (one with its own subject is a clause of its own).
  const sharing = (k: number): number[] => sharedConjuncts(v, k);
  const lower = (from: number): void => {
    const stack = [from];
    for (let k = stack.pop(); k !== undefined; k = stack.pop()) for (const x of [...v.childrenWith(k, ['xcomp']), ...sharing(k)]) if (!below.has(x)) (below.add(x), stack.push(x));
  };
  // "asked voters to strengthen her hand and repudiate Trump", "promised to rebuild the bridge and
  // help Ukraine": with no act of its own at the complement, the frame's complement still holds
  // what is asked or promised, and so do the conjuncts sharing its subject.
  for (const m of matches) {
    // (A hedge, "is scheduled to give a speech and meet …", is left to tell the act as it is.)
    if (m.trigger.pos !== 'verb' || m.trigger.frame === 'hedge' || !FORWARD_FRAMES.has(m.trigger.frame ?? '') || inner.has(m)) continue;
    for (const x of v.childrenWith(m.head, ['xcomp'])) if (!below.has(x)) (below.add(x), lower(x));
  }
  for (const [f, c] of inner) {
    if (!FORWARD_FRAMES.has(f.trigger.frame ?? '')) continue;
    if (c.trigger.pos === 'verb') lower(c.head);
    // "refused to give permission to Russia to help Israel", "is willing to send material to help
    // defend Saudi Arabia": what a framed act is for (its to-infinitive, or its object's) has not
    // happened either.
    const verb = c.trigger.pos === 'verb' ? c.head : c.support;
    if (verb < 0) continue;
    for (const h of [verb, ...v.childrenWith(verb, ['obj'])]) {
      for (const x of v.childrenWith(h, h === verb ? ['advcl'] : ['acl'])) if (isToInfinitive(v, x) && !below.has(x)) (below.add(x), lower(x));
    }
  }
  // "would not give permission to Russia to help Israel", "granted Kyiv permission to strike": what a
  // permission is given for is permitted, not done.
  for (const m of matches) {
    if (!(m.trigger.code ?? '').startsWith('080')) continue;
    // The permission is a noun act with its light verb, or the required object of a verb entry ("give permission").
    const [verb, noun] = m.trigger.pos === 'noun' ? [m.support, m.head] : [m.head, m.obj];
    if (verb < 0 || noun < 0) continue;
    for (const x of [...v.childrenWith(verb, ['advcl']), ...v.childrenWith(noun, ['acl'])]) if (isToInfinitive(v, x) && !below.has(x)) (below.add(x), lower(x));
  }
  // "jailed a student for helping militants", "sanctioned firms for supplying drones": the reason
  // given for a punishment or a charge is the punisher's allegation, not an act the text asserts
  // ("thanked Poland for supporting the bid" is).
  const charged = (d: Draft): boolean => {
    const p = d.match.trigger.pos === 'verb' ? v.reasonHead(d.match.head) : -1;
    const by = p < 0 ? undefined : (byHead.get(p) ?? [...byHead.values()].find((x) => x.support === p));
    if (!by) return false;
    return by.trigger.frame === 'allege' || (by.trigger.code !== null && !isCooperative(by.trigger.code));
  };
  // "accused Russia of interfering, including by hacking the party's computers": how the accused is
  // said to have done it is alleged, not asserted.
  const alleged = (d: Draft): boolean => d.match.trigger.pos === 'verb' && accusationOfMeans(v, d.match.head) >= 0;
  return (d: Draft): boolean => meetingUnheld(d) || (below.has(d.match.head) && d.match.trigger.pos === 'verb') || charged(d) || alleged(d);
}
