/**
 * Words that make an act two- or many-sided: reciprocals ("met each other", "spoke to one another")
 * and joint markers ("joint drills", "a three-party communiqué", "together"), the latter listed in
 * the lexicon grammar (`jointMarkers`, `reciprocals`).
 */
import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/**
 * True when token `k` is a reciprocal's "other" ("each other", "one another", "each side … the
 * other"), or its first word when the parse heads the phrase there ("blamed each other": "each"
 * the object, "other" fixed to it).
 */
export function isReciprocal(ctx: CoderContext, k: number): boolean {
  const v = ctx.v;
  const others = (t: number) => t >= 0 && t < v.n && (v.lemma[t] === 'other' || v.lemma[t] === 'another');
  if (others(k)) return k > 0 && (ctx.lexicon.grammar.reciprocals.has(`${v.lower[k - 1]} ${v.lemma[k]}`) || eachBefore(ctx, k));
  return others(k + 1) && ctx.lexicon.grammar.reciprocals.has(`${v.lower[k]} ${v.lemma[k + 1]}`);
}

/** How many tokens before "the other" the "each" of "each side … the other" may stand. */
const EACH_REACH = 8;

/** True when token `k` is the "other" of "the other" after an "each" of its sentence ("Each side accused the other"). */
function eachBefore(ctx: CoderContext, k: number): boolean {
  const v = ctx.v;
  if (k < 1 || v.lower[k - 1] !== 'the' || v.lemma[k] !== 'other') return false;
  for (let t = k - 2; t >= Math.max(0, k - EACH_REACH); t--) {
    if (v.lower[t] === 'each') return true;
    if (/^[.;:!?]$/.test(v.lower[t])) return false;
  }
  return false;
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
