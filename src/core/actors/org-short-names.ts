/**
 * Organisations named again by their head word, and organs named after their parent body:
 * - "The Council of the European Union imposed sanctions … The Council said" — the second
 *   "Council" is the body named before whose name starts with that word, not whichever "Council"
 *   the knowledge base knows best (the UN Security Council);
 * - "The Authority of Heads of State and Government of the Economic Community of West African
 *   States" — an organ of an intergovernmental organisation, named by "<Organ> of … of <IGO>",
 *   acts for that organisation; a later "the Authority" does too; so does an organ named after it
 *   ("the ECOWAS Commission").
 * Runs in coreference's first pass, once names have their entity keys.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

const BODY_KINDS = new Set(['org', 'igo']);
/** Words that may stand between an organ's head word and its parent's name ("of Heads of State and Government of the"). */
const LINK = /^(?:of|and|the|for|on)$/;

/** Rewrites `refs` (and kind) of organ and short-name drafts in place; `drafts` are in text order. */
export function resolveOrgShortNames(doc: Doc, drafts: Draft[]): void {
  // First and last word of a multi-word body name → the draft naming it, the latest kept.
  const byHead = new Map<string, Draft>();
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (!BODY_KINDS.has(d.kind) || !d.refs.length) continue;
    if (d.nameEnd - d.nameStart === 1) {
      const head = doc.tokenText(d.nameStart);
      const earlier = byHead.get(head);
      if (earlier && earlier.refs[0] !== d.refs[0]) {
        d.refs = earlier.refs.slice();
        d.kind = earlier.kind;
        d.kbId = earlier.kbId;
        continue;
      }
      // "the ECOWAS Commission", "the AU Council": an organ named after its organisation acts for it,
      // whatever body the knowledge base knows by the bare head word ("the Commission" of the EU).
      const before = drafts[k - 1];
      if (before && before.kind === 'igo' && before.refs.length && before.tokEnd === d.tokStart && /^\p{Lu}/u.test(doc.tokenText(d.nameStart))) {
        d.refs = before.refs.slice();
        d.kind = before.kind;
        d.kbId = before.kbId;
        continue;
      }
      const parent = !d.kbId ? parentBody(doc, d, drafts, k) : null;
      if (parent) {
        d.refs = parent.refs.slice();
        d.kind = parent.kind;
        d.kbId = parent.kbId;
        byHead.set(head, d);
      }
      continue;
    }
    // "the Council" after "the Council of the European Union", "the Institute" after "the Astana Policy Institute".
    for (const t of [d.nameStart, d.nameEnd - 1]) if (/^\p{Lu}/u.test(doc.tokenText(t))) byHead.set(doc.tokenText(t), d);
  }
}

/** The IGO an unknown one-word body belongs to: "<Organ> of [capitalised words, of/and/the] <IGO>". */
function parentBody(doc: Doc, d: Draft, drafts: readonly Draft[], k: number): Draft | null {
  if (doc.tokenText(d.tokEnd).toLowerCase() !== 'of') return null;
  // The next named actor (descriptions such as "Heads of State" in between name nobody).
  const next = drafts.slice(k + 1).find((x) => x.tokStart >= d.tokEnd && x.refs.length > 0 && x.kind !== 'description');
  if (!next || next.kind !== 'igo' || next.tokStart - d.tokEnd > 12) return null;
  for (let t = d.tokEnd; t < next.tokStart; t++) {
    const w = doc.tokenText(t);
    if (!LINK.test(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) return null;
  }
  return next;
}
