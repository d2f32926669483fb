/**
 * A host and the states it received, doing something together: "Xi and the presidents of Kazakhstan,
 * Kyrgyzstan and Tajikistan signed the declaration", "Putin and the leaders of Turkey and Iran met in
 * Tehran". One side is named on its own; the others are listed under one plural noun (the presidents
 * of …, the leaders of …, ministers from …). The joint act is the named side's with each listed one,
 * in both directions — not also every listed state's with every other: a six-party summit coded over
 * all pairs reports thirty dyads, twenty of which the sentence never states.
 *
 * When every side stands in the list ("the leaders of France, Germany and Italy met"), or in no list,
 * nothing changes: the act stays one among all of them.
 */
import type { Participant } from './actor-index.js';
import type { SyntaxView } from './syntax-view.js';

/** Prepositions that list the members of a plural noun ("presidents of", "ministers from"). */
const LISTING = new Set(['of', 'from']);

/** The plural noun that lists the participant at token `t` ("presidents" in "the presidents of Kazakhstan, …"), or -1. */
function listHead(v: SyntaxView, t: number): number {
  let k = t;
  while (v.rel[k] === 'conj' && v.head[k] >= 0) k = v.head[k];
  if (v.rel[k] !== 'nmod') return -1;
  const h = v.head[k];
  if (h < 0 || v.upos[h] !== 'NOUN') return -1;
  // Plural: the word is not its own lemma and ends in -s ("presidents", "leaders", "counterparts").
  if (!/s$/.test(v.lower[h]) || v.lemma[h] === v.lower[h]) return -1;
  const prep = v.caseOf(k);
  return prep !== null && LISTING.has(prep) ? h : -1;
}

/**
 * Splits the sides of a joint act into the ones named on their own (hubs) and the ones listed under
 * one plural noun (spokes), when both kinds are there and the list holds two or more; else null.
 */
export function hubAndSpokes(v: SyntaxView, sides: readonly Participant[]): { hubs: Participant[]; spokes: Participant[] } | null {
  if (sides.length < 3) return null;
  const heads = sides.map((p) => (p.mention ? listHead(v, v.doc.tokenAt(p.mention.start)) : -1));
  const counts = new Map<number, number>();
  for (const h of heads) if (h >= 0) counts.set(h, (counts.get(h) ?? 0) + 1);
  const lists = [...counts].filter(([, n]) => n >= 2);
  // Two lists ("the presidents of A and B and the prime ministers of C and D") say no host.
  if (lists.length !== 1) return null;
  const [list] = lists[0];
  const spokes = sides.filter((_, i) => heads[i] === list);
  const hubs = sides.filter((_, i) => heads[i] !== list);
  return hubs.length ? { hubs, spokes } : null;
}
