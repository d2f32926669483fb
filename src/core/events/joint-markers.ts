/**
 * Words that make an act two- or many-sided: reciprocals ("met each other", "spoke to one another")
 * and joint markers ("joint drills", "a three-party communiqué", "together"), the latter listed in
 * the lexicon grammar (`jointMarkers`, `reciprocals`).
 */
import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/** True when token `k` is the "other" of a reciprocal ("each other", "one another"). */
export function isReciprocal(ctx: CoderContext, k: number): boolean {
  const v = ctx.v;
  if (v.lemma[k] !== 'other' && v.lemma[k] !== 'another') return false;
  const prev = k > 0 ? `${v.lower[k - 1]} ${v.lemma[k]}` : '';
  return ctx.lexicon.grammar.reciprocals.has(prev);
}

/** "three-party communiqué", "two-nation statement", "four-way talks": a modifier counting the parties. */
const MULTI_PARTY = /^(two|three|four|five|six|seven|eight|nine|ten|\d+)-(party|parties|nation|nations|way|country|countries|state|sided|power)$/;

/** True when the act's head, object or support verb has a joint marker among its dependents. */
export function hasJointMarker(ctx: CoderContext, m: Match): boolean {
  const v = ctx.v;
  const g = ctx.lexicon.grammar;
  for (const h of [m.head, m.obj, m.support]) {
    if (h < 0) continue;
    for (const c of v.children(h)) if (g.jointMarkers.has(v.lemma[c]) || g.jointMarkers.has(v.lower[c]) || MULTI_PARTY.test(v.lower[c])) return true;
  }
  return false;
}
