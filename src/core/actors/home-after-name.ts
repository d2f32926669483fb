/**
 * Where a titled person is from, written after the name with "of": "Representative Jane Roe of
 * Ohio", "Senator John Doe of Texas". Name connectors join "of" into an unknown name (as in "Bank
 * of America"), but after a person's name a state or a curated region names their home or seat,
 * not part of the name: the name ends before "of" (so that "Ms. Roe" later is the same person) and
 * the place gives the person's country.
 */
import { stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, type Draft } from './draft.js';

/**
 * Cuts "of <place>" off the end of person draft `d`'s unknown name when the place is a state or a
 * curated region, giving `d` its country; returns the region's place draft, else null.
 */
export function cutHomeAfterName(ctx: ComposeContext, d: Draft): Draft | null {
  const { doc, kb, gazetteer } = ctx;
  for (let k = d.nameStart + 2; k < d.nameEnd - 1; k++) {
    if (doc.tokenText(k) !== 'of') continue;
    const name = text(doc, k + 1, d.nameEnd);
    const state = kb.lookup(name).find((f) => f.kind === 'state' && (f.via === 'name' || f.via === 'alias'));
    const region = state ? undefined : gazetteer.lookup(name).find((p) => p.id.startsWith('place:') && p.kind === 'region' && p.country);
    if (!state && !region) continue;
    // A state stays out of the mentions, as in "King Hassan of Morocco": it qualifies the person and
    // is no party of its own to what the sentence says; a region is a place mention.
    const home = region ? draft('place', k + 1, d.nameEnd, 'name', { place: region, country: region.country }) : null;
    d.country ??= state ? stateIso(kb, state) : (region?.country ?? null);
    if (region) d.home = region.id;
    d.nameEnd = k;
    d.tokEnd = Math.min(d.tokEnd, k);
    d.name = text(doc, d.nameStart, k);
    return home;
  }
  return null;
}
