/**
 * American news writes a member of Congress's party and state in parentheses right after the name:
 * "Chuck Grassley (R-Iowa)", "Sen. Bob Casey (D-Pa.)", "Rep. Nancy Mace (R-S.C.)", "Bernie Sanders
 * (I-Vt.)". The tag says three things: the words before it are a person's name (even a word that
 * names a state elsewhere: "Rep. Jim Jordan (R-Ohio)"), the person is American, and which party
 * they sit for. The convention is the US press's own, so the tag gives the United States whatever
 * the state's abbreviation.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** "R-Iowa", "D-Calif.", "I-Vt", "R-S.C.": a party letter, a hyphen and a capitalised state name or abbreviation. */
const TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** The country every party tag names. */
const TAG_COUNTRY = 'USA';

/** Whether a party tag in parentheses opens at token `t` ("(", "R-Iowa", [".",] ")"), within `[.., to)`. */
export function partyTagAt(doc: Doc, t: number, to: number): boolean {
  if (t + 2 >= to + 1 || doc.tokenText(t) !== '(' || !TAG.test(doc.tokenText(t + 1))) return false;
  const close = doc.tokenText(t + 2) === '.' ? t + 3 : t + 2;
  return close < to && doc.tokenText(close) === ')';
}

/**
 * Gives person draft `d` the tag's country when a tag follows its name, or — when one capitalised
 * word stands between (a word the knowledge base read as something else: "Jordan") — takes that
 * word into the name first. Returns whether a tag was found.
 */
export function readPartyTag(doc: Doc, d: Draft, to: number): boolean {
  if (partyTagAt(doc, d.tokEnd, to)) {
    d.country ??= TAG_COUNTRY;
    dropLeadingTitle(doc, d);
    return true;
  }
  if (d.kbId || d.tokEnd + 1 >= to || !/^\p{Lu}\p{Ll}+$/u.test(doc.tokenText(d.tokEnd)) || !partyTagAt(doc, d.tokEnd + 1, to)) return false;
  d.tokEnd++;
  d.nameEnd = d.tokEnd;
  d.name = doc.text.slice(doc.tokens.start[d.nameStart], doc.tokens.end[d.nameEnd - 1]);
  d.country ??= TAG_COUNTRY;
  return true;
}

/**
 * "Reps. Chris Collins (R-N.Y.)": an abbreviated title the name cues do not list (a plural one) read
 * as the name's first word is no part of the name.
 */
function dropLeadingTitle(doc: Doc, d: Draft): void {
  if (d.kbId || d.nameEnd - d.nameStart < 3 || !/^\p{Lu}\p{Ll}+\.$/u.test(doc.tokenText(d.nameStart))) return;
  d.nameStart++;
  d.name = doc.text.slice(doc.tokens.start[d.nameStart], doc.tokens.end[d.nameEnd - 1]);
}
