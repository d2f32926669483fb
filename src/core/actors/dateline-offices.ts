/**
 * An office named without its state ("Defence Minister Park Sang-woo said …") in a story filed from
 * a state's capital ("SEOUL, May 3 -"): wire copy leaves the state out of a title when the office is
 * the capital's own, and names it when it is another's ("Japanese Defence Minister X"). So the
 * capital's state wins over a state merely in view in earlier sentences ("Japan's plan drew
 * criticism. Defence Minister X said …" is South Korea's minister) — unless the other state is the
 * text's topic where the office is named: the subject of the previous sentence ("Iran rejected the
 * offer. Foreign Minister X said …" stays Iran's even from Washington), or where the office-holder's
 * own sentence places them ("In Tokyo, …"). A dateline that is no capital ("DONETSK, Ukraine") places a story, not a government,
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
 * state, or null): the dateline capital's state unless the one in view is the topic or the place
 * `d`'s sentence puts them in.
 */
export function officeCountryFromDateline(doc: Doc, home: string | null, d: Draft, drafts: readonly Draft[], k: number, inView: string | null, topic: string | null): string | null {
  if (!home || inView === home) return inView;
  if (inView && (inView === topic || placedInSentence(doc, d, drafts, k, inView))) return inView;
  return home;
}

/**
 * Whether draft `k`'s sentence places its office-holder in state `country` before naming them ("In
 * Tokyo, Defence Minister X said …", "Speaking in Japan, …"): a place of that state, or the state
 * itself after "in". A state the sentence names otherwise is what they speak of or deal with, not
 * whose office it is ("In talks with Japan, Defence Minister X said …").
 */
function placedInSentence(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, country: string): boolean {
  const sentence = doc.sentenceOf(d.tokStart);
  for (let p = k - 1; p >= 0; p--) {
    const x = drafts[p];
    if (doc.sentenceOf(x.tokStart) !== sentence) break;
    if (x.kind === 'place' && (x.place?.country ?? x.country) === country) return true;
    if (x.kind === 'state' && x.refs[0] === `state:${country}` && x.tokStart > 0 && doc.tokenText(x.tokStart - 1).toLowerCase() === 'in') return true;
  }
  return false;
}
