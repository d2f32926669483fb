/**
 * Governments named by their leader: "the Obama administration", "the Modi government", "Putin's
 * regime", "the Netanyahu cabinet". News names a state's government this way constantly ("the
 * Biden administration imposed sanctions on…"); the phrase is neither the person nor a stray
 * name but the government of the leader's state, so it becomes an organisation of that country
 * in the government sector.
 */
import { stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, type Draft } from './draft.js';
import { countryOfActor } from './reading-choice.js';
import { isPossessive } from './token-context.js';
import type { Unit } from './units.js';

/** Nouns that name a leader's government after the leader's name. */
const GOVERNMENT_OF_LEADER = new Set(['administration', 'government', 'cabinet', 'regime', 'junta', 'presidency']);

/**
 * The drafts for "<leader's name>['s] <government noun>" starting at unit `i` of the sentence
 * ending at token `to` — the leader and the government — or none. The government's country is
 * the leader's: known now for a person the knowledge base names, else read by coreference.
 */
export function administrationDrafts(ctx: ComposeContext, units: readonly Unit[], i: number, to: number): Draft[] {
  const government = administrationDraft(ctx, units, i, to);
  if (!government) return [];
  // The leader is still named ("Modi" in "the Modi government"), inside the government's mention.
  const u = units[i];
  const form = u.kind === 'kb' ? u.actors?.[0] : undefined;
  const name = text(ctx.doc, u.tokStart, u.tokEnd);
  const leader = form ? draft('person', u.tokStart, u.tokEnd, 'name', { kbId: form.id }) : draft('partial', u.tokStart, u.tokEnd, 'name', { name });
  return [leader, government];
}

/** The government's draft alone (see {@link administrationDrafts}). */
function administrationDraft(ctx: ComposeContext, units: readonly Unit[], i: number, to: number): Draft | null {
  const { doc, kb } = ctx;
  const u = units[i];
  const form = u.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!(form?.kind === 'person' || u.kind === 'name')) return null;
  let noun = u.tokEnd;
  if (isPossessive(doc, noun)) noun++;
  if (noun >= to || !GOVERNMENT_OF_LEADER.has(doc.tokenText(noun))) return null;
  const leader = text(doc, u.tokStart, u.tokEnd);
  const name = `${leader} ${doc.tokenText(noun)}`;
  // A known person's country now; a name alone ("Obama") is looked up by coreference, which
  // knows the article's date and who else it names (see `coref.ts`).
  // A state owning the phrase names its country outright ("Nicaragua's Sandinista government",
  // "Britain's Labour government": the name may be a party's, not a leader's).
  const country = form?.kind === 'person' ? countryOfActor(kb, form.id) : possessingState(ctx, units[i - 1], u.tokStart);
  return draft('org', u.tokStart, noun + 1, 'description', { name, country, sector: 'GOV', leader: country ? undefined : leader });
}

/** The country of `prev` when it is a state named as the possessor right before token `k` ("Kenya's …"). */
function possessingState(ctx: ComposeContext, prev: Unit | undefined, k: number): string | null {
  if (!prev || prev.tokEnd !== k - 1 || !isPossessive(ctx.doc, k - 1)) return null;
  const f = prev.kind === 'kb' ? prev.actors?.[0] : undefined;
  return f?.kind === 'state' ? stateIso(ctx.kb, f) : null;
}

/**
 * The government a person's possessive names after a title chain: "President Joe Biden's
 * administration", "Prime Minister Narendra Modi's government" — an organisation of the person's
 * country (known from the text or the knowledge base) spanning the whole phrase.
 */
export function governmentAfterPerson(ctx: ComposeContext, person: Draft, to: number): Draft | null {
  const { doc, kb } = ctx;
  const noun = person.tokEnd + 1;
  if (noun >= to || !isPossessive(doc, person.tokEnd) || !GOVERNMENT_OF_LEADER.has(doc.tokenText(noun))) return null;
  const country = person.country ?? (person.kbId ? countryOfActor(kb, person.kbId) : null);
  const leader = text(doc, person.nameStart, person.nameEnd);
  return draft('org', person.tokStart, noun + 1, 'description', { name: `${leader} ${doc.tokenText(noun)}`, country, sector: 'GOV', leader: country ? undefined : leader });
}