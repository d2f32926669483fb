/**
 * An office named without its state ("Defence Minister Park Sang-woo said …") in a story filed from
 * a state's capital ("SEOUL, May 3 -"): wire copy leaves the state out of a title when the office is
 * the capital's own, and names it when it is another's ("Japanese Defence Minister X"). So the
 * capital's state wins over a state merely in view in earlier sentences ("Japan's plan drew
 * criticism. Defence Minister X said …" is South Korea's minister) — unless the other state is the
 * text's topic where the office is named: the subject of the previous sentence ("Iran rejected the
 * offer. Foreign Minister X said …" stays Iran's even from Washington), or named in the office-holder's
 * own sentence ("In Tokyo, …", "… said Japan would protest"). A dateline that is no capital ("DONETSK, Ukraine") places a story, not a government,
 * and changes nothing.
 */
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { Draft } from './draft.js';

/** The state whose capital the story is filed from, or null (no dateline, or not a capital). */
export function datelineCapitalState(doc: Doc, gazetteer: Gazetteer | undefined): string | null {
  const place = doc.meta.dateline;
  if (!place || !gazetteer) return null;
  const best = gazetteer.lookup(place)[0];
  return best?.kind === 'capital' && best.country ? best.country : null;
}

/**
 * The country of a new office-holder `d` (draft `k`) whose title names no state, given `inView`
 * (the country the text in view gives it, or null) and `topic` (the previous sentence's subject
 * state, or null): the dateline capital's state unless the one in view is the topic or is named
 * in `d`'s own sentence.
 */
export function officeCountryFromDateline(doc: Doc, home: string | null, d: Draft, drafts: readonly Draft[], k: number, inView: string | null, topic: string | null): string | null {
  if (!home || inView === home) return inView;
  if (inView && (inView === topic || namedInSentence(doc, d, drafts, k, inView))) return inView;
  return home;
}

/**
 * Whether another mention in draft `k`'s sentence names state `country` (by name, demonym, place,
 * or a person or body of it): "In Tokyo, Defence Minister X said …", "Defence Minister X said Japan
 * would lodge a protest" — officials speak of their own state by name, so the sentence keeps the
 * state in view.
 */
function namedInSentence(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, country: string): boolean {
  const sentence = doc.sentenceOf(d.tokStart);
  for (let p = 0; p < drafts.length; p++) {
    const x = drafts[p];
    if (p === k || doc.sentenceOf(x.tokStart) !== sentence) continue;
    if ((x.kind === 'state' && x.refs[0] === `state:${country}`) || x.country === country || x.place?.country === country) return true;
  }
  return false;
}
