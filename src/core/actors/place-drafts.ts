/**
 * Places among the units: a gazetteer name becomes a place draft, with its country.
 */
import { text, type ComposeContext } from './compose-context.js';
import { draft, type Draft } from './draft.js';
import type { Unit } from './units.js';

/** Cities smaller than this are taken only after a locative preposition ("in Göd", not "God"). */
const PROMINENT_CITY = 100_000;

/**
 * A place draft when the unit's text is in the gazetteer: a curated place or capital, a prominent
 * city, or — after a locative preposition — any city. `country` prefers candidates in that country
 * (a capital named as a metonym).
 */
export function placeDraft(ctx: ComposeContext, u: Unit, locative = true, country: string | null = null): Draft | null {
  const candidates = ctx.gazetteer.lookup(text(ctx.doc, u.tokStart, u.tokEnd));
  const usable = candidates.filter((c) => c.id.startsWith('place:') || c.kind === 'capital' || c.population >= PROMINENT_CITY || locative);
  if (!usable.length) return null;
  const best = (country && usable.find((c) => c.country === country)) || usable[0];
  return draft('place', u.tokStart, u.tokEnd, 'name', { place: best, country: best.country });
}

/**
 * The curated place (`place:` ids, not gazetteer cities) a multi-word unit names exactly, as a draft:
 * "West Bank", "Gold Coast" are places even though their last word heads organisations' names.
 */
export function curatedPlaceDraft(ctx: ComposeContext, u: Unit, locative: boolean): Draft | null {
  if (u.tokEnd - u.tokStart < 2) return null;
  const d = placeDraft(ctx, u, locative);
  return d?.place?.id.startsWith('place:') ? d : null;
}
