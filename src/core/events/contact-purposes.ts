/**
 * Targets a purpose takes from the contact it is made for: "Macron phoned Zelensky to express
 * France's support", "visited Kyiv to show solidarity" — the call, meeting or visit is addressed to
 * someone, and the act it is made to perform, naming nobody of its own, is addressed to them too.
 */
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import type { SyntaxView } from './syntax-view.js';
import { isMaterialConflict } from './taxonomy.js';

/** CAMEO codes of making contact: meetings, calls, visits (040–046, not mediation 045). */
const CONTACT = /^04[0-46]/;

/**
 * "phoned Zelensky to express support": a purpose infinitive ("to …" under a verb of contact) whose
 * act has no target and names none is addressed to whom the contact is, when the two share a
 * source. `namesTarget` says whether a draft has a target phrase, known or not ("to express support
 * for the rebels" has one).
 */
export function contactPurposeTargets(v: SyntaxView, drafts: Draft[], namesTarget: (d: Draft) => boolean): Draft[] {
  return drafts.map((d) => {
    const c = d.match.trigger.pos === 'verb' ? d.match.head : d.match.support;
    // (Not a material conflict act, whose target is where it happens, nor more contact: "met Zelensky
    // to discuss the war" is the meeting told twice.)
    if (d.targets.length || !d.sources.length || isMaterialConflict(d.code ?? '00') || CONTACT.test(d.code ?? '') || namesTarget(d) || c < 0) return d;
    if (!v.relIs(c, ['xcomp', 'advcl']) || !v.childrenWith(c, ['mark']).some((k) => v.lower[k] === 'to') || v.childrenWith(c, ['nsubj', 'nsubj:pass']).length) return d;
    const host = v.head[c];
    const contact = drafts.find((e) => e !== d && e.match.head === host && CONTACT.test(e.code ?? '') && e.targets.length && e.sources.some((p) => d.sources.some((q) => sameActor(p, q))));
    if (!contact) return d;
    const targets = contact.targets.filter((p) => !d.sources.some((q) => sameActor(p, q)));
    return targets.length ? { ...d, targets } : d;
  });
}
