/**
 * Targets shared along a coordination of predicates: "Japan offered condolences to Morocco and
 * promised to send rescue teams" — the second predicate, with the same subject and nobody named,
 * is addressed to Morocco too.
 */
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import type { SyntaxView } from './syntax-view.js';
import { isMaterialConflict } from './taxonomy.js';

/** Subjects of a reported clause that stand for the speaker itself ("warned that it would …"). */
const OWN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'we', 'they']);

/** A threat (13x): its reported clause tells the threatener's own act. */
const ownThreat = (d: Draft): boolean => (d.code ?? '').startsWith('13');

/**
 * "Japan offered condolences to Morocco and promised to send rescue teams": a later conjoined
 * predicate with no subject of its own and no target phrase is addressed to whom the first predicate
 * of the same sources is. `namesTarget` says whether a draft has a target phrase, known or not
 * ("promised revenge against the coalition soldiers" has one).
 */
export function sharedTargets(v: SyntaxView, drafts: Draft[], namesTarget: (d: Draft) => boolean): Draft[] {
  const clause = (d: Draft): number => (d.match.trigger.pos === 'verb' ? d.match.head : d.match.support);
  return drafts.map((d) => {
    const c = clause(d);
    // (Not a material conflict act, whose target is where it happens: "… and exploded bombs in Kabul".)
    if (d.targets.length || !d.sources.length || isMaterialConflict(d.code ?? '00') || namesTarget(d) || c < 0 || v.rel[c] !== 'conj' || !v.isVerbal(v.head[c]) || v.childrenWith(c, ['nsubj', 'nsubj:pass']).length) return d;
    // (Nor a predicate that says something about a third party: "met Nasrallah and warned that the
    // war could spread" warns nobody the meeting was with. A threat of the sources' own act is
    // theirs: "accused Japan of meddling and warned that it would respond" warns Japan.)
    if (v.childrenWith(c, ['ccomp']).some((k) => v.childrenWith(k, ['nsubj', 'nsubj:pass', 'expl']).some((s) => !(ownThreat(d) && OWN_SUBJECTS.has(v.lower[s]))))) return d;
    const first = drafts.find((e) => e !== d && clause(e) === v.head[c] && e.targets.length && e.sources.some((p) => d.sources.some((q) => sameActor(p, q))));
    if (!first) return d;
    const targets = first.targets.filter((p) => !d.sources.some((q) => sameActor(p, q)));
    return targets.length ? { ...d, targets } : d;
  });
}
