/**
 * Where in their state a known person holds or held office, from the titles of their roles in the
 * knowledge base ("Senator from Vermont", "Governor of Ohio"): so that "the Florida senator" is not
 * a senator from Vermont. Regions are the gazetteer's curated regions of the role's country.
 */
import type { KbPerson } from '../kb/types.js';
import type { Gazetteer } from '../places/gazetteer.js';

/** The title's place after a final "of" or "from" ("Representative from Ohio" → "Ohio"). */
const TITLE_PLACE = /\b(?:of|from)\s+(\p{Lu}[\p{L}.' -]*)$/u;

/**
 * The place ids of the regions named by the titles of `person`'s roles begun by `date` (every role
 * when undated); empty when no title names one.
 */
export function homesOf(person: KbPerson, gazetteer: Gazetteer, date: string | null): string[] {
  const homes = new Set<string>();
  for (const r of person.roles) {
    if (!r.title || !r.country || (date && r.start && r.start > date)) continue;
    const m = TITLE_PLACE.exec(r.title);
    const region = m ? gazetteer.lookup(m[1]).find((p) => p.kind === 'region' && p.country === r.country && p.id.startsWith('place:')) : undefined;
    if (region) homes.add(region.id);
  }
  return [...homes];
}
