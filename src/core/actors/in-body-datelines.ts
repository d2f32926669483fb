/**
 * Datelines inside the body: "WASHINGTON (AP) —", "ROME -", "MEXICO CITY, Feb. 8 (UPI) —" opening a
 * paragraph that the reader did not take for the article's first (a headline left in the body, a
 * digest of several stories). The place there says where the copy was filed, not who acts: it is
 * no state actor, and neither is the agency credited after it.
 */
import { parseDateline } from '../article/dateline.js';
import type { Doc } from '../doc/doc.js';
import { TokenFlag } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** The drafts without those that stand in a dateline opening a paragraph. */
export function withoutDatelines(doc: Doc, drafts: Draft[]): Draft[] {
  const spans: Array<[number, number]> = [];
  for (let t = 0; t < doc.length; t++) {
    if (!(doc.tokens.flags[t] & TokenFlag.BlockStart) || doc.tokens.flags[t] & TokenFlag.InHeading) continue;
    const from = doc.tokens.start[t];
    const lineEnd = doc.text.indexOf('\n', from);
    const line = doc.text.slice(from, lineEnd < 0 ? doc.text.length : lineEnd);
    const d = parseDateline(line, []);
    // A dateline names a place; a credit alone ("(CNN) —") has none to mistake for an actor.
    if (d?.place) spans.push([from, from + d.end]);
  }
  if (!spans.length) return drafts;
  const inDateline = (x: Draft) => {
    const start = x.charStart ?? doc.tokens.start[x.tokStart];
    const end = x.charEnd ?? doc.tokens.end[x.tokEnd - 1];
    // The place stands for a state only as a metonym or name; the credit is an agency's, not an actor's.
    return (x.kind === 'state' || x.kind === 'org') && spans.some(([a, b]) => start >= a && end <= b);
  };
  return drafts.filter((x) => !inDateline(x));
}
