/**
 * Crowds named by their size: "Thousands protested in Belgrade", "Tens of thousands of people
 * marched", "some 5,000 people gathered in the capital". News reports a protest, a rally or an
 * exodus by how many took part far more often than by who they were, and the crowd is the actor of
 * the event ("Hundreds of thousands of people blocked streets in Hong Kong"). Such a phrase becomes
 * a plural civilian group (sector CVL) of no country; `peoples-residence.ts` then places it where
 * its clause says it acts, as it places "protesters".
 *
 * Only phrases that can only mean people: a quantity of "people"/"persons", a number of at least a
 * hundred before "people", or a bare quantity word opening its clause ("Thousands marched") — not
 * "thousands of dollars", "lost thousands", or "two people" (a count of victims says nothing of a crowd).
 */
import type { Doc } from '../doc/doc.js';
import { draft, type Draft } from './draft.js';

/** Words that count people by the dozen, hundred, thousand… ("tens" only before "of thousands"). */
const QUANTITY = /^(?:dozens|scores|hundreds|thousands|millions|tens)$/i;
/** Nouns that make a quantity a crowd of people. */
const PEOPLE = /^(?:people|persons)$/;
/** Words that may open a bare quantity subject ("Some thousands", "About 2,000 people"). */
const HEDGES = /^(?:some|about|around|nearly|almost|over|more|than|up|to|at|least|roughly|an|estimated|several|many|tens|of)$/i;
/** Tokens after which a new clause starts. */
const CLAUSE_OPENERS = /^(?:[,;:(]|and|but|as|while|when|after|before)$/i;

/** The end (exclusive) of a chain "hundreds of thousands" / "tens of thousands" starting at `t`, or `t` when none. */
function quantityChainEnd(doc: Doc, t: number, to: number): number {
  let k = t;
  while (k < to && QUANTITY.test(doc.tokenText(k))) {
    const next = k + 1 < to ? doc.tokenText(k + 1).toLowerCase() : '';
    const after = k + 2 < to ? doc.tokenText(k + 2) : '';
    // "tens of thousands", "hundreds of thousands": the chain goes on; "thousands of people" ends it.
    if (next === 'of' && QUANTITY.test(after)) k += 2;
    else return k + 1;
  }
  return k;
}

/** A number of at least a hundred written in digits ("5,000", "200", "1.2") or with a scale word ("2 million"). */
function isLargeNumber(doc: Doc, t: number, to: number): number {
  const w = doc.tokenText(t);
  if (/^\d{1,3}(?:,\d{3})+$/.test(w) || /^\d{3,}$/.test(w)) return t + 1;
  if (/^\d+(?:\.\d+)?$/.test(w) && t + 1 < to && /^(?:hundred|thousand|million)$/i.test(doc.tokenText(t + 1))) return t + 2;
  return -1;
}

/** Whether `t` opens its clause, past hedges ("Some", "About", "More than"). */
function opensClause(doc: Doc, t: number, from: number): boolean {
  let k = t - 1;
  while (k >= from && HEDGES.test(doc.tokenText(k))) k--;
  return k < from || CLAUSE_OPENERS.test(doc.tokenText(k));
}

/** Crowd drafts of sentence `[from, to)` that overlap none of `drafts`. */
export function crowdQuantities(doc: Doc, from: number, to: number, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const taken = (a: number, b: number) => drafts.some((d) => d.tokStart < b && a < d.tokEnd);
  for (let t = from; t < to; t++) {
    let end = -1;
    const chainEnd = quantityChainEnd(doc, t, to);
    if (chainEnd > t) {
      const ofPeople = chainEnd + 1 < to && doc.tokenText(chainEnd).toLowerCase() === 'of' && PEOPLE.test(doc.tokenText(chainEnd + 1));
      const bare = !ofPeople && (chainEnd >= to || doc.tokenText(chainEnd).toLowerCase() !== 'of') && opensClause(doc, t, from);
      // "Tens" alone is no crowd; "tens of thousands" is.
      if (ofPeople) end = chainEnd + 2;
      else if (bare && !/^tens$/i.test(doc.tokenText(chainEnd - 1))) end = chainEnd;
    } else {
      const numberEnd = isLargeNumber(doc, t, to);
      if (numberEnd > 0 && numberEnd < to && PEOPLE.test(doc.tokenText(numberEnd))) end = numberEnd + 1;
    }
    if (end < 0 || taken(t, end)) continue;
    const name = doc.text.slice(doc.tokens.start[t], doc.tokens.end[end - 1]);
    out.push(draft('group', t, end, 'description', { name, sector: 'CVL', plural: true }));
    t = end - 1;
  }
  return out;
}
