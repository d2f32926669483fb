/**
 * Territory named by who holds it: "Houthi-controlled areas", "Russian-occupied towns",
 * "RSF-held parts of Khartoum". The holder is the actor the phrase stands for — what is struck,
 * shelled or blockaded there is struck in the holder's hands — so the mention covers the whole
 * phrase (its ref the holder), not only the name inside the hyphenated word.
 */
import type { Doc } from '../doc/doc.js';
import { partOf, type Draft } from './draft.js';

/** Hyphenated suffixes of holding (not "-flagged", "-led": a ship's flag, a force's leader). */
const HOLDING_SUFFIX = /^[\u2010\u2011-](controlled|held|occupied|administered|run)$/;

/** Nouns of territory and of the positions held in it. */
const TERRITORY_NOUNS: ReadonlySet<string> = new Set([
  'area', 'areas', 'territory', 'territories', 'town', 'towns', 'village', 'villages', 'city', 'cities', 'region', 'regions',
  'province', 'provinces', 'district', 'districts', 'part', 'parts', 'zone', 'zones', 'land', 'lands', 'enclave', 'enclaves',
  'position', 'positions', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'suburb', 'suburbs', 'port', 'ports',
]);

/**
 * The token span and character bounds of a draft for a name inside a hyphenated word: the name and
 * the territory noun after it when the word names its holder ("Houthi-controlled areas"), else the
 * name's own characters.
 */
export function holderSpan(doc: Doc, u: { tokStart: number; tokEnd: number; charStart?: number; charEnd?: number }): { tokEnd: number; extra: Partial<Draft> } {
  const own = { tokEnd: u.tokEnd, extra: partOf(u) };
  if (u.charEnd === undefined || u.tokEnd >= doc.length) return own;
  const suffix = doc.text.slice(u.charEnd, doc.tokens.end[u.tokEnd - 1]).toLowerCase();
  if (!HOLDING_SUFFIX.test(suffix)) return own;
  if (doc.sentenceOf(u.tokEnd) !== doc.sentenceOf(u.tokStart) || !TERRITORY_NOUNS.has(doc.tokenText(u.tokEnd))) return own;
  return { tokEnd: u.tokEnd + 1, extra: {} };
}
