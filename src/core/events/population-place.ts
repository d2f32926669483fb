/**
 * A people of a place is of the country where it lives, not of the state its adjective names:
 * "the Kurdish population of northern Syria" is Syria's, "the Albanian minority in the province",
 * after the province was named in the clause ("cleansing in Montenegro against the Albanian
 * population of the province"), is that place's country's (the CAMEO and PLOVER convention).
 */
import type { ActorIndex, Participant } from './actor-index.js';
import type { SyntaxView } from './syntax-view.js';

/** Nouns of the people who live in a place. */
const POPULATIONS = new Set(['population', 'community', 'minority', 'inhabitant', 'resident', 'people']);

/** Common nouns of a place a definite phrase refers back to ("the province", "the region"). */
const PLACE_WORDS = new Set(['province', 'region', 'territory', 'area', 'district', 'enclave', 'city', 'town', 'village', 'republic']);

/**
 * The country of the place a population noun at `tok` is "of" or "in", or null. `placeAsCountry`
 * reads a place token as its country.
 */
export function populationPlace(v: SyntaxView, actors: ActorIndex, placeAsCountry: (k: number) => Participant | null, tok: number): Participant | null {
  if (!POPULATIONS.has(v.lemma[tok])) return null;
  for (const c of v.childrenWith(tok, ['nmod'])) {
    const prep = v.caseOf(c);
    if (prep !== 'of' && prep !== 'in') continue;
    const state = actors.actorAt(c);
    if (state) return state.actor?.type === 'state' ? state : null;
    const place = placeAsCountry(c);
    if (place) return place;
    const definite = v.childrenWith(c, ['det']).some((d) => v.lemma[d] === 'the');
    if (definite && PLACE_WORDS.has(v.lemma[c])) return placeBefore(v, actors, placeAsCountry, v.subtreeRange(tok)[0]);
  }
  return null;
}

/** The country of the nearest place or state named by name earlier in the sentence, before token `end`. */
function placeBefore(v: SyntaxView, actors: ActorIndex, placeAsCountry: (k: number) => Participant | null, end: number): Participant | null {
  const doc = v.doc;
  const first = doc.sentences.tokStart[doc.sentenceOf(end)];
  for (let k = end - 1; k >= first; k--) {
    if (v.upos[k] !== 'PROPN') continue;
    const a = actors.actorAt(k);
    if (a) {
      if (a.actor?.type === 'state' && a.via !== 'demonym') return a;
      continue;
    }
    const place = placeAsCountry(k);
    if (place) return place;
  }
  return null;
}
