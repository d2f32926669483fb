/**
 * Names that several places share ("Tripoli" in Libya and in Lebanon, "Hyderabad" in India and in
 * Pakistan) are first read as the best-known one. The text usually says which it means: "rival
 * militias in Tripoli as shells crashed into the north Lebanese port". A place whose own country is
 * named nowhere in its sentence or the one before, while exactly one other place of that name lies
 * in a country named there, is taken to be that other place.
 */
import type { Doc } from '../doc/doc.js';
import type { Gazetteer, PlaceRecord } from '../places/gazetteer.js';
import { namedCountry, type Draft } from './draft.js';
import { PLACE_NOUNS } from './peoples-residence.js';

/** Cities smaller than this are not considered as the other reading (there are thousands of small namesakes). */
const OTHER_READING_MIN_POPULATION = 100_000;

/**
 * Countries named as places in sentences `[from, to]`: a state by its name ("in Lebanon", not
 * "Canada's prime minister"), its adjective before a noun of place ("the north Lebanese port", not
 * "the Canadian prime minister"), or another place. A state named for who someone is says nothing
 * of where a place is ("the Canadian prime minister visited London").
 */
function countriesNamed(doc: Doc, drafts: readonly Draft[], from: number, to: number, except: Draft): Set<string> {
  const out = new Set<string>();
  for (const x of drafts) {
    if (x === except) continue;
    const s = doc.sentenceOf(x.tokStart);
    if (s < from || s > to) continue;
    const next = x.tokEnd < doc.length ? doc.tokenText(x.tokEnd).toLowerCase() : '';
    const country = namedCountry(x);
    if (!country) continue;
    const asPlace = x.kind === 'place' || (x.via === 'demonym' ? PLACE_NOUNS.test(next) : (x.via === 'name' || x.via === 'alias') && next !== "'s" && next !== '’s');
    if (asPlace) out.add(country);
  }
  return out;
}

/** Re-reads shared place names by the countries their sentence names (see the module comment). */
export function choosePlaces(doc: Doc, gazetteer: Gazetteer, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'place' || !d.place || d.place.id.startsWith('place:')) continue;
    const name = doc.text.slice(doc.tokens.start[d.tokStart], doc.tokens.end[d.tokEnd - 1]);
    const own = d.place.country;
    const others = gazetteer.lookup(name).filter((p: PlaceRecord) => p.country && p.country !== own && (p.kind === 'capital' || p.population >= OTHER_READING_MIN_POPULATION));
    if (!others.length) continue;
    const s = doc.sentenceOf(d.tokStart);
    const named = countriesNamed(doc, drafts, Math.max(0, s - 1), s, d);
    if (own && named.has(own)) continue;
    const fits = [...new Set(others.filter((p) => named.has(p.country as string)).map((p) => p.country))];
    if (fits.length !== 1) continue;
    const best = others.find((p) => p.country === fits[0]) as PlaceRecord;
    d.place = best;
    d.country = best.country;
  }
}
