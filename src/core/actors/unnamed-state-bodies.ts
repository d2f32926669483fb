/**
 * Bodies of a state named without the state: "Police opened fire", "Security forces detained
 * dozens", "The Department of Foreign Affairs said …". News leaves the state out when it is the one
 * the story is about, so such a body belongs to the one state in view — or, with several in view,
 * to the state the previous sentence was about when the body opens its own sentence's subject.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { STATE_BODY_SECTORS } from './bodies-in-state.js';
import { text } from './compose-context.js';
import { qualifiedByName } from './coref-surroundings.js';
import { oneStateInView, oneStateNamedAfter, statesInView, topicStateOrBodyOf } from './standing-descriptions.js';

/** The name of a state's foreign, defence, interior or justice department, which names no state of its own. */
const GOVERNMENT_DEPARTMENT = /^(?:the\s+)?(?:(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?:Foreign Affairs|External Affairs|Foreign Relations|Home Affairs|Interior|National Defen[cs]e|Defen[cs]e|Justice)|(?:Foreign|External Affairs|Defen[cs]e|Interior|Home|Justice)\s+(?:Ministry|Department))$/;

/**
 * Gives draft `k` of `drafts` (resolved so far) its state in place when it is a state's body, or
 * its opposition ("Belarusian authorities detained opposition activists"), described without a
 * state, or a government department named without one.
 */
export function placeUnnamedStateBody(doc: Doc, kb: KnowledgeBase, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean): void {
  if (d.country) return;
  const home = () => (oneStateInView(doc, d, drafts, k, isState) ?? topicStateOrBodyOf(doc, d, drafts, k, isState))?.slice('state:'.length) ?? null;
  // (An opposition body named by its name and noun, "the Azadliq opposition coalition", is also the state's in view.)
  const namedOpposition = d.kind === 'org' && d.via === 'name' && !d.kbId && d.sector === 'OPP';
  if ((((d.kind === 'org' || d.kind === 'group') && d.via === 'description' && !d.split && d.sector && (STATE_BODY_SECTORS.has(d.sector) || d.sector === 'OPP') && !qualifiedByName(doc, d)) || namedOpposition)) {
    d.country = home();
    // Nothing in view before: the one state its sentence places it in ("Police fired on protesters in Guatemala City").
    if (!d.country && !statesInView(doc, d, drafts, k, isState).size) d.country = oneStateNamedAfter(doc, d, drafts, k, kb);
    return;
  }
  if (d.kind === 'org' && d.via === 'name' && !d.kbId && d.refs[0]?.startsWith('new:org:') && GOVERNMENT_DEPARTMENT.test(text(doc, d.nameStart, d.nameEnd))) {
    d.country = home();
    if (d.country) d.sector ??= 'GOV';
  }
}
