/**
 * "Trump's appeal to working-class voters", "broadening her appeal to suburban women": a noun of
 * appeal that asks nothing (no "for" phrase, no infinitive or clause, no light verb "made" or
 * "issued") and is addressed only to a civilian public is the speaker's attraction for that public,
 * not a request to it. "An appeal to residents to leave", "made an appeal to voters" still ask.
 */
import type { Draft } from './drafts.js';
import type { SyntaxView } from './syntax-view.js';
import type { Match } from './trigger-match.js';

/** True when the appeal noun `m`, drafted as `d`, is attraction rather than a request. */
export function appealAsAttraction(v: SyntaxView, m: Match, d: Draft): boolean {
  if (m.trigger.pos !== 'noun' || m.trigger.frame !== 'appeal' || m.support >= 0 || !d.targets.length) return false;
  if (!d.targets.every((p) => p.actor?.type === 'group' && p.actor.sector === 'CVL')) return false;
  const asks = v.childrenWith(m.head, ['acl', 'ccomp']).length > 0 || v.childrenWith(m.head, ['nmod']).some((c) => v.caseOf(c) === 'for');
  return !asks;
}
