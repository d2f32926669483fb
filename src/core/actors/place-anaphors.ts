/**
 * "The city", "the town" after a city has been named: the same place. Wire copy names a city once
 * and then calls it by its kind ("Fighting around El Fasher has intensified. RSF units have pounded
 * the city with artillery"), so an attack on "the city" is an attack on the place named, and on its
 * country. Only a definite noun of a populated place's kind, not followed by "of" (which names
 * another: "the city of Aleppo") nor by a name ("the town Maungdaw"), refers back — to the one city
 * the text names last in its sentence or the two before; a region or other place named after it
 * makes the reference unclear, and nothing is taken.
 */
import type { Doc } from '../doc/doc.js';
import { draft, type Draft } from './draft.js';

/** Nouns that call a populated place by its kind. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'port', 'enclave']);

/** Gazetteer kinds a place noun can refer back to. */
const POPULATED = new Set(['capital', 'city', 'admin-seat']);

/** How many sentences back an antecedent may be named. */
const REACH = 2;

/**
 * Place drafts for the place nouns of `doc` that refer back to a city among `drafts` (sorted by
 * position); the caller adds them. A noun already inside a draft is left alone.
 */
export function placeAnaphors(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let t = 1; t < doc.length; t++) {
    const w = doc.tokenText(t);
    if (!PLACE_NOUNS.has(w) || doc.tokenText(t - 1).toLowerCase() !== 'the') continue;
    const next = t + 1 < doc.length ? doc.tokenText(t + 1) : '';
    if (next === 'of' || /^\p{Lu}/u.test(next) || next === "'s" || next === '’s') continue;
    if (drafts.some((d) => d.tokStart <= t && t < d.tokEnd)) continue;
    const antecedent = lastCity(doc, drafts, t);
    if (!antecedent?.place) continue;
    out.push(draft('place', t - 1, t + 1, 'description', { place: antecedent.place, country: antecedent.place.country, refs: antecedent.refs.slice() }));
  }
  return out;
}

/** The city named last before token `t` within reach, or null when another kind of place comes after it. */
function lastCity(doc: Doc, drafts: readonly Draft[], t: number): Draft | null {
  const from = Math.max(0, doc.sentenceOf(t) - REACH);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d.tokEnd > t - 1) continue;
    if (doc.sentenceOf(d.tokStart) < from) return null;
    if (d.kind === 'place') return d.place && POPULATED.has(d.place.kind) ? d : null;
  }
  return null;
}
