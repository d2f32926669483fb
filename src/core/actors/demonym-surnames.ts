/**
 * Surnames that are also a people's name: "Baloch", "Kurd", "Afghan" close many real names, and the
 * knowledge base reads them as a demonym or an ethnic group's word.
 */
import type { Doc } from '../doc/doc.js';
import type { KbHit } from './kb-matcher.js';

/**
 * A people's name closing a person's name ("Karim Dad Baloch said", "Hamid Kurd told"): one word,
 * known only as a demonym, a state's adjective or an ethnic group's word, read by the tagger as part of the name (PROPN), and not
 * describing a noun after it ("Baloch separatists"): a surname, not the people.
 */
export function surnameDemonym(doc: Doc, hit: KbHit, to: number): boolean {
  const k = hit.tokStart;
  // (A people's plural is never a surname: "Hispanic Americans were outraged".)
  const people = hit.actors.length ? hit.actors.every((a) => a.via === 'demonym' || a.via === 'adjective') : hit.agents.length > 0 && hit.agents.every((a) => a.sector === 'ETH');
  if (hit.tokEnd !== k + 1 || !people || /s$/.test(doc.tokenText(k))) return false;
  if (doc.pos(k) !== 'PROPN' || doc.pos(k - 1) !== 'PROPN') return false;
  const next = k + 1 < to ? doc.pos(k + 1) : 'PUNCT';
  return next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ' && next !== 'NUM';
}
