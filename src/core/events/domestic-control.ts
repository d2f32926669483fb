/**
 * A state's emergency powers over a population — a curfew, a state of emergency, martial law,
 * imposed, threatened or lifted — are exercised over the people of a place: "Turkish authorities
 * imposed a curfew in the town of Cizre" is coded Turkey → Turkey, "Israel imposed a curfew on
 * Hebron" Israel → the West Bank's state, "Sudan lifted the state of emergency in West Darfur"
 * Sudan → Sudan. With no place named the population is the state's own ("the government declared
 * martial law"). These are the one kind of act a state does to itself that the records keep.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';
import { countryWhere } from './implicit-participants.js';

/** Impose (1723, 1724), threaten (1323, 1324) or lift (0813, 0814) a curfew, a state of emergency or martial law. */
const CONTROL = new Set(['1723', '1724', '1323', '1324', '0813', '0814']);

/** True for the code of an emergency power over a population. */
export function isDomesticControl(code: string | null): boolean {
  return code !== null && CONTROL.has(code);
}

/** Prepositions naming the place an emergency power covers ("in Cizre", "on Hebron", "across the north"). */
const COVERED = ['on', 'over', 'across', 'throughout'];

/**
 * The draft with whom its emergency power covers as target, when it names nobody: the country of
 * the place it covers ("in Abidjan", "on the West Bank"), else the one country of its sources.
 */
export function controlledPopulation(ctx: CoderContext, d: Draft): Draft {
  if (!isDomesticControl(d.code) || d.targets.length || !d.sources.length) return d;
  const m = d.match;
  // The place may hang on the verb, on the light verb, or on the measure itself ("a curfew in Cizre").
  const hosts = [m.head, m.support, m.obj].filter((h) => h >= 0);
  let country: string | null = null;
  for (const h of hosts) {
    country = countryWhere(ctx, { ...m, head: h, support: -1 });
    if (country) break;
    for (const prep of COVERED) {
      for (const k of ctx.finder.prepDeps(h, prep)) {
        const a = ctx.actors.actorAt(k);
        country = a?.actor?.type === 'state' ? a.country : (ctx.finder.placeAsCountry(k)?.country ?? null);
        if (country) break;
      }
      if (country) break;
    }
    if (country) break;
  }
  // With no place named ("the government lifted the state of emergency") the people are its own.
  if (!country) {
    const own = new Set(d.sources.map((p) => p.country));
    const [only] = own;
    if (own.size !== 1 || !only) return d;
    country = only;
  }
  // A stand-in for the population, not the state as an actor: the state is usually the source too.
  const known = ctx.actors.actor(`state:${country}`);
  const target: Participant = { actor: null, country, name: known?.name ?? country, mention: null };
  return { ...d, targets: [target] };
}
