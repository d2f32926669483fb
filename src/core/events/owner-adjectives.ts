/**
 * "a Greek-owned tanker", "a Liberian-flagged ship", "Serb-run offices": a state's adjective joined
 * to a participle of owning or running names the owner of a ship, an aircraft, a firm or a
 * property — the state the thing stands for when something is done to it. Not "-backed" or "-made"
 * (which name no owner), and not a newspaper ("a Saudi-owned weekly reports" is who tells).
 */

const OWNED = /^(\p{Lu}[\p{L}.]*)-(?:owned|flagged|registered|operated|run)$/u;

/** Lemmas of what an owner's adjective names the owner of. */
const OWNED_THINGS = new Set([
  'ship', 'vessel', 'tanker', 'freighter', 'boat', 'carrier', 'trawler', 'aircraft', 'plane', 'jet', 'airliner', 'flight',
  'company', 'firm', 'business', 'bank', 'office', 'facility', 'plant', 'mine', 'factory', 'property', 'asset', 'farm',
  'hotel', 'school', 'store', 'shop', 'enterprise', 'refinery', 'port', 'terminal', 'pipeline',
]);

/**
 * The owner's adjective in `text` ("Greek" of "Greek-owned") when it modifies a noun of lemma
 * `headLemma` that can be owned, else null.
 */
export function ownerAdjective(text: string, headLemma: string | null): string | null {
  if (headLemma === null || !OWNED_THINGS.has(headLemma)) return null;
  return OWNED.exec(text)?.[1] ?? null;
}
