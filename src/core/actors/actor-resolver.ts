/**
 * The actor component: finds every mention of a person, state, international organisation,
 * organisation, group or place; resolves each to a canonical actor (knowledge-base id, or a new id
 * for one found only in the text) with the role and country valid at the article's date; links
 * partial names, descriptions and pronouns to them; and writes `mentions`, `actors` and `places`.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { Component } from '../pipeline/component.js';
import { buildActors } from './build-actors.js';
import { composeMentions } from './compose.js';
import { pairDescriptions } from './pair-descriptions.js';
import { standingDescriptions } from './standing-descriptions.js';
import { bodiesInState } from './bodies-in-state.js';
import { crowdQuantities } from './crowd-quantities.js';
import { groupsFrom, sectorNouns } from './groups-from.js';
import { choosePlaces } from './place-choice.js';
import { joinOrgMembers, joinPossessedMembers } from './org-members.js';
import { chooseReadings } from './reading-choice.js';
import { localiseGenericBodies } from './generic-bodies.js';
import { placePeoples } from './peoples-residence.js';
import { nameDescribedGroups } from './described-groups.js';
import { placeNameSpans } from './place-spans.js';
import { resolveCoreference } from './coref.js';
import { withoutDatelines } from './in-body-datelines.js';
import { placeAnaphors } from './place-anaphors.js';
import { datelineCountry, placeHomeForces, placeHomeGroups } from './dateline-forces.js';
import type { Draft } from './draft.js';
import { createKbMatcher } from './kb-matcher.js';
import type { NameCues } from './name-cues.js';
import { createSurnameIndex } from './surname-index.js';
import { sentenceUnits } from './units.js';
import type { TitledSurname } from './lower-case-names.js';
import { titleFits } from './title-fit.js';
import { nameWords } from './name-words.js';

/** What the actor component needs: the knowledge base, the gazetteer and the name cues. */
export interface ActorResources {
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
  readonly cues: NameCues;
}

/** The article's date as `YYYY-MM-DD`, or null. */
export function articleDate(doc: Doc): string | null {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.published ?? '');
  return m ? m[0] : null;
}

/** Finds and resolves the mentions of one Doc (exposed for tests and for the quote layer). */
export function findActorDrafts(doc: Doc, res: ActorResources, matcher = createMatcher(res), surnames = createSurnameIndex(res.kb, res.cues.givenNames), peopleNouns = sectorNouns(res.kb)): Draft[] {
  const { hits, spans } = placeNameSpans(doc, res.gazetteer, matcher.match(doc));
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const ctx = { doc, kb: res.kb, gazetteer: res.gazetteer, cues: res.cues, seen };
  const known = new Set<string>();
  const date = articleDate(doc);
  // The title's own words must begin the office's press title ("President" for a president, not a
  // king), and the word must be the person's last name as written, not a part of a hyphenated one.
  const titled: TitledSurname = (word, title) => {
    const p = surnames.titled(word, (r) => titleFits(r, null, title), date, []);
    return !!p && nameWords(p.name).at(-1) === word && !/[\u2010\u2011-]/.test(p.name.split(/\s+/).at(-1) ?? '');
  };
  for (let s = 0; s < doc.sentenceCount; s++) {
    const composed = composeMentions(ctx, s, sentenceUnits(doc, s, hits, res.cues, known, spans, titled));
    const pairs = pairDescriptions(doc, doc.sentences.tokStart[s], doc.sentences.tokEnd[s], composed);
    pairs.push(...standingDescriptions(doc, doc.sentences.tokStart[s], doc.sentences.tokEnd[s], [...composed, ...pairs]));
    pairs.push(...bodiesInState(doc, res.kb, doc.sentences.tokStart[s], doc.sentences.tokEnd[s], composed));
    pairs.push(...crowdQuantities(doc, doc.sentences.tokStart[s], doc.sentences.tokEnd[s], [...composed, ...pairs]));
    pairs.push(...groupsFrom(doc, peopleNouns, doc.sentences.tokStart[s], doc.sentences.tokEnd[s], [...composed, ...pairs], res.kb));
    const found = pairs.length ? [...composed, ...pairs].sort((a, b) => a.tokStart - b.tokStart) : composed;
    for (const d of found) {
      // An undecided reading is not yet "named": a later mention of the same name stays open too.
      if (d.kbId && !d.readings) seen.add(d.kbId);
      if (d.kind === 'person') for (let t = d.nameStart; t < d.nameEnd; t++) known.add(doc.tokenText(t));
    }
    drafts.push(...found);
  }
  choosePlaces(doc, res.gazetteer, drafts);
  const anaphors = placeAnaphors(doc, drafts);
  if (anaphors.length) drafts.push(...anaphors), drafts.sort((a, b) => a.tokStart - b.tokStart);
  const all = joinOrgMembers(doc, withoutDatelines(doc, drafts));
  resolveCoreference({ doc, kb: res.kb, date: articleDate(doc), surnames, gazetteer: res.gazetteer, honorifics: res.cues.honorifics }, all);
  joinPossessedMembers(doc, all);
  chooseReadings(doc, res.kb, all, datelineCountry(doc, res.gazetteer));
  localiseGenericBodies(doc, res.kb, all);
  placeHomeForces(doc, res.gazetteer, all);
  const placed = placePeoples(doc, res.kb, all).filter((d) => !isUnrecognised(res.kb, d));
  placeHomeGroups(doc, res.gazetteer, res.cues.homeGroups ?? new Set(), placed);
  nameDescribedGroups(doc, placed);
  return placed;
}

/** The name matcher of `res`: place names of the gazetteer are never read as misspelt actor names. */
function createMatcher(res: ActorResources) {
  return createKbMatcher(res.kb, (word) => res.gazetteer.lookup(word).length > 0);
}

/** Entities no state recognises ("Somaliland", "Transnistria") are places in news, not state actors. */
function isUnrecognised(kb: KnowledgeBase, d: Draft): boolean {
  if (d.kind !== 'state' || !d.kbId) return false;
  const e = kb.byId(d.kbId);
  return e?.kind === 'state' && e.status === 'unrecognised';
}

/** The `actors` pipeline component. */
export function createActorResolver(res: ActorResources): Component {
  const matcher = createMatcher(res);
  const surnames = createSurnameIndex(res.kb, res.cues.givenNames);
  const peopleNouns = sectorNouns(res.kb);
  return {
    name: 'actors',
    reads: ['tokens', 'sentences'],
    writes: ['mentions', 'actors', 'places', 'coref'],
    run(doc: Doc): void {
      const drafts = findActorDrafts(doc, res, matcher, surnames, peopleNouns);
      const built = buildActors(doc, res.kb, articleDate(doc), drafts);
      doc.mentions = built.mentions;
      doc.actors = built.actors;
      doc.places = built.places;
    },
  };
}
