/**
 * Police and courts the text does not place serve where the story is filed from. Wire copy names
 * the country of "riot police", "the police" or "a court" only when it differs from the story's, and
 * the story's place is its dateline ("TBILISI, May 1 -": Georgia). Police and courts act at home,
 * so a police or judicial body with no country of its own takes the dateline's — when the gazetteer
 * knows the dateline place. Armies are left alone: they act abroad. So do crowds of people who act
 * where they live (protesters, strikers, traders: `homeGroups` in name-cues.json); civilians, refugees
 * and fighters are left alone, since a story filed from one capital often tells of them elsewhere.
 */
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { Draft } from './draft.js';

/** Sectors of bodies that only serve at home: police and courts. */
const HOME_SECTORS = new Set(['COP', 'JUD']);

/** The country of the article's dateline place, or null when it has none or the place is unknown. */
export function datelineCountry(doc: Doc, gazetteer: Gazetteer): string | null {
  const place = doc.meta.dateline;
  if (!place) return null;
  return gazetteer.lookup(place)[0]?.country ?? null;
}

/** Gives the police and judicial bodies among `drafts` that have no country the dateline's, in place. */
export function placeHomeForces(doc: Doc, gazetteer: Gazetteer, drafts: readonly Draft[]): void {
  const home = drafts.some((d) => isUnplacedHomeBody(d)) ? datelineCountry(doc, gazetteer) : null;
  if (!home) return;
  for (const d of drafts) if (isUnplacedHomeBody(d)) d.country = home;
}

/** A police or judicial body (not a person, not one the knowledge base files) with no country. */
function isUnplacedHomeBody(d: Draft): boolean {
  return !d.country && !d.kbId && d.kind !== 'person' && HOME_SECTORS.has(d.sector ?? '');
}

/**
 * Gives the crowds among `drafts` that no rule placed — a group whose head word is one of
 * `homeGroups` (singular, lower case), with no country — the dateline's, in place.
 */
export function placeHomeGroups(doc: Doc, gazetteer: Gazetteer, homeGroups: ReadonlySet<string>, drafts: readonly Draft[]): void {
  const isHomeGroup = (d: Draft): boolean => d.kind === 'group' && !d.country && !d.kbId && d.plural && homeGroups.has(singular(doc.tokenText(d.tokEnd - 1).toLowerCase()));
  const home = drafts.some(isHomeGroup) ? datelineCountry(doc, gazetteer) : null;
  if (!home) return;
  for (const d of drafts) if (isHomeGroup(d)) d.country = home;
}

/** The singular of a plural head noun ("protesters" → "protester"). */
function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
