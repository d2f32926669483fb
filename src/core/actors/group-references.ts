/**
 * A group named again by its bare noun: "Ivory Coast rebels agreed … the rebels’ grievances",
 * "Kenyan protesters marched … Police fired on the protesters". The later mention of the head noun
 * alone ("rebels", "protesters", "militants") is the group last named with that head and a
 * qualifier (a country, a place, a cause), not a new, countryless group. Runs in coreference's
 * first pass, once names have their entity keys.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** The last word of a draft's text, lower-cased: the group's head noun. */
const headOf = (doc: Doc, d: Draft) => doc.tokenText(d.tokEnd - 1).toLowerCase();

/** Rewrites `refs` (and country) of bare group mentions in place; `drafts` are in text order. */
export function resolveGroupReferences(doc: Doc, drafts: Draft[]): void {
  const lastByHead = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.kind !== 'group' || !d.refs.length || d.split) continue;
    const head = headOf(doc, d);
    // Only a plural common noun counts ("rebels", "protesters"), not a name that happens to be one word.
    if (!/^\p{Ll}/u.test(doc.tokenText(d.tokEnd - 1))) continue;
    if (d.tokEnd - d.tokStart === 1 || (d.tokEnd - d.tokStart === 2 && doc.tokenText(d.tokStart).toLowerCase() === 'the')) {
      const earlier = lastByHead.get(head);
      if (earlier && !d.country) {
        d.refs = earlier.refs.slice();
        d.country = earlier.country;
      }
      continue;
    }
    lastByHead.set(head, d);
  }
}
