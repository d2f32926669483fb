/**
 * The modifier chain before a name or a description: country adjectives and possessives
 * ("Russian", "Kazakhstan's"), region adjectives ("West African"), titles ("President", "Foreign
 * Minister", "speaker"), the body a title belongs to ("ECOWAS chairman"), honorifics ("Mr").
 * States and organisations met on the way are emitted as mentions of their own.
 */
import { officersActForIt, STATE_BODY_SECTORS } from './bodies-in-state.js';
import type { Doc } from '../doc/doc.js';
import type { KbAgentForm } from '../kb/name-index.js';
import type { KbOrg } from '../kb/types.js';
import { draft, partOf, type Draft } from './draft.js';
import { holderSpan } from './held-territory.js';
import { isGenericBody, stateIso, type ComposeContext } from './compose-context.js';
import { placeDraft } from './place-drafts.js';
import { isPossessive } from './token-context.js';
import type { Unit } from './units.js';

export interface Chain {
  /** First token of the chain (= `end` when the chain is empty). */
  start: number;
  /** Token after the chain. */
  end: number;
  /** Index of the first unit after the chain. */
  next: number;
  country: string | null;
  region: boolean;
  titles: KbAgentForm[];
  titleText: string | null;
  gender: 'm' | 'f' | null | undefined;
  affiliation: string | null;
  /** The region of a state the office is held in ("Texas" in "Texas Gov. Greg Abbott"): a place id. */
  home?: string;
  /** The international organisation whose office the titles name ("UN envoy"). */
  actsFor?: string | null;
  /** The chain starts with a possessor ("Kazakhstan's president"). */
  possessor: boolean;
  /**
   * States named by an adjective in the chain ("Turkish" in "Turkish President Erdogan"): mentions
   * of the state only if the chain turns out to name an actor; the caller decides.
   */
  adjectiveStates: Draft[];
}

/** Roles whose title takes "to" and a state: the office is held there ("envoy to the UN"). */
const SERVES_ABROAD = new Set(['ambassador', 'diplomat']);

/** Words of tenure that may stand between a country and a title without changing the office. */
const TENURE_WORDS = new Set(['federal', 'new', 'acting', 'interim', 'incoming', 'outgoing', 'caretaker', 'current', 'longtime', 'long-serving', 'newly-elected', 'newly-appointed', 'elected', 'embattled', 'veteran', 'powerful', 'influential']);

const titleForm = (u: Unit): KbAgentForm | undefined => u.agents?.find((a) => a.role !== null && (!a.group || a.plural));

/** Reads the chain starting at unit `i`; drafts of states and bodies inside it are pushed to `out`. */
export function readChain(ctx: ComposeContext, units: readonly Unit[], i: number, from: number, to: number, out: Draft[]): Chain {
  const { doc, kb } = ctx;
  const first = units[i];
  const chain: Chain = { start: first.tokStart, end: first.tokStart, next: i, country: null, region: false, titles: [], titleText: null, gender: undefined, affiliation: null, possessor: false, adjectiveStates: [] };
  let titleStart = -1;
  let titleEnd = -1;
  let j = i;
  for (; j < units.length; j++) {
    const u = units[j];
    let glue = '';
    if (j > i || chain.end > chain.start) {
      const gap = u.tokStart - chain.end;
      if (gap === 1) glue = doc.tokenText(chain.end).toLowerCase();
      // "President of the United States", "Ambassador to the Russian Federation": the article
      // belongs to the state's name.
      else if (gap === 2 && chain.titles.length && doc.tokenText(chain.end + 1).toLowerCase() === 'the' && /^(of|to)$/i.test(doc.tokenText(chain.end))) glue = doc.tokenText(chain.end).toLowerCase();
      else if (gap !== 0) break;
      // Glue words: "President of Kyrgyzstan", "Ambassador to Nicaragua", "president and ECOWAS chairman",
      // and coordinated demonyms ("Hungarian and Romanian officials").
      // A state's short name may stand among them ("South Korean and U.S. air forces").
      const coordinated = glue === 'and' && chain.country !== null && !chain.titles.length && u.kind === 'kb' && (u.actors?.[0]?.via === 'adjective' || (chain.adjectiveStates.length > 0 && stateModifier(u, units[j + 1])));
      // An adjective of tenure before a title keeps the chain: "Lebanon's new President", "Iraq's acting Foreign Minister".
      const tenure = TENURE_WORDS.has(glue) && !chain.titles.length && !!titleForm(u);
      if (glue && !coordinated && !tenure && !(chain.titles.length && /^(of|to|for|and)$/.test(glue))) break;
      // "Ambassador to Nicaragua" is an office; "the Indian prime minister to Egypt" is a visit.
      if (glue === 'to' && !SERVES_ABROAD.has(chain.titles[chain.titles.length - 1]?.role ?? '')) break;
    }
    const f = u.kind === 'kb' ? u.actors?.[0] : undefined;
    const nextUnit = units[j + 1];
    const beforeAgent = nextUnit !== undefined && nextUnit.tokStart === u.tokEnd && (nextUnit.kind === 'agent' || (nextUnit.kind === 'kb' && !!nextUnit.agents?.length && !nextUnit.actors?.length));
    const stacked = f?.kind === 'state' && f.via === 'adjective' && !glue && !chain.titles.length && chain.adjectiveStates[chain.adjectiveStates.length - 1]?.tokEnd === u.tokStart;
    if (stacked && f) {
      // Two demonyms in a row ("Bosnian Serb leader", "Croatian Serb refugees"): the first says where
      // they live, the second who they are — no act of the second state. After a nation of
      // immigrants' own it is the reverse ("Chinese American activists" are Americans).
      const second = stateIso(kb, f);
      if (second && kb.state(second)?.immigrantNation) {
        chain.country = second;
        chain.adjectiveStates[chain.adjectiveStates.length - 1] = draft('state', u.tokStart, u.tokEnd, 'demonym', { ...partOf(u), kbId: f.id, country: second });
      }
    } else if (f && f.kind === 'state' && (f.via === 'adjective' || (!glue && j === i && coordinatedWithDemonym(doc, u, nextUnit)) || (glue === 'and' && stateModifier(u, nextUnit) && chain.adjectiveStates.length > 0)) && (!glue || (glue === 'and' && chain.country !== null && !chain.titles.length))) {
      chain.country = stateIso(kb, f);
      // "Russian-held towns": the mention covers the territory its holder stands for.
      const held = holderSpan(doc, u);
      chain.adjectiveStates.push(draft('state', u.tokStart, held.tokEnd, f.via === 'adjective' ? 'demonym' : f.via === 'name' ? 'name' : 'alias', { ...held.extra, kbId: f.id, country: chain.country }));
    } else if (f && f.kind === 'state' && f.via !== 'demonym' && f.via !== 'adjective' && !glue && beforeAgent) {
      // A state's name used as a modifier: "Pakistan troops", "US Ambassador", "Kremlin officials".
      out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'metonym' ? 'metonym' : f.via === 'name' ? 'name' : 'alias', { ...partOf(u), kbId: f.id, country: stateIso(kb, f), sector: f.via === 'metonym' ? f.sector ?? 'GOV' : null }));
      chain.country = stateIso(kb, f);
    } else if (f && f.kind === 'state' && f.via !== 'demonym' && f.via !== 'adjective' && (isPossessive(doc, u.tokEnd) || glue === 'of' || glue === 'to')) {
      // "a spokesman for Chile's foreign ministry": the possessive opens the body the office serves,
      // which is read on its own (its officer's state comes from it in coreference).
      if (glue && chain.titles.length && isPossessive(doc, u.tokEnd) && opensStateBody(units[j + 1], u.tokEnd + 1)) break;
      // A capital's possessive before a proper name locates it ("London's Royal United Services Institute").
      const owned = units[j + 1];
      if (f.via === 'metonym' && isPossessive(doc, u.tokEnd) && owned && owned.tokStart === u.tokEnd + 1 && (owned.kind === 'name' || owned.kind === 'kb')) {
        const place = placeDraft(ctx, u, true, stateIso(kb, f));
        if (place) out.push(place);
        chain.end = u.tokEnd + 1;
        continue;
      }
      out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'metonym' ? 'metonym' : f.via === 'name' ? 'name' : 'alias', { ...partOf(u), kbId: f.id, country: stateIso(kb, f), sector: f.via === 'metonym' ? f.sector ?? 'GOV' : null }));
      if (glue !== 'to') chain.country = stateIso(kb, f);
      if (isPossessive(doc, u.tokEnd)) {
        chain.possessor = j === i;
        chain.end = u.tokEnd + 1;
        continue;
      }
    } else if (u.kind === 'region' && !glue) {
      chain.region = true;
      chain.country = u.country ?? chain.country;
    } else if ((u.kind === 'agent' || u.kind === 'kb') && titleForm(u) && (!f || f.kind !== 'person')) {
      chain.titles.push(titleForm(u) as KbAgentForm);
      if (titleStart < 0) titleStart = u.tokStart;
      titleEnd = u.tokEnd;
    } else if (f && (f.kind === 'igo' || f.kind === 'org') && !glue && j + 1 < units.length && units[j + 1].tokStart === u.tokEnd && titleForm(units[j + 1])) {
      out.push(draft(f.kind, u.tokStart, u.tokEnd, 'name', { ...partOf(u), kbId: f.id, sector: f.sector, ...(isGenericBody(ctx, f, u.tokStart, u.tokEnd) ? { generic: true } : {}) }));
      chain.affiliation = doc.text.slice(doc.tokens.start[u.tokStart], doc.tokens.end[u.tokEnd - 1]);
      // "UN envoy …", "Hamas spokesman …": the office is the organisation's (a state body's
      // officers act for the state instead).
      if (officersActForIt(f.kind, f.sector)) chain.actsFor = f.id;
      // "Russian Defence Ministry spokesman …": a state body's officer holds the office in its state.
      // (Not a body known by a generic noun, "Parliament", which may be another state's: generic-bodies.ts.)
      else if (f.kind === 'org' && !chain.country && !isGenericBody(ctx, f, u.tokStart, u.tokEnd)) chain.country = (kb.byId(f.id) as KbOrg | undefined)?.country ?? null;
    } else if (u.kind === 'name' && !glue && j === i && opensOffice(u, nextUnit) && regionOf(ctx, u)) {
      // A region of a state before an office names where it is held: "Texas Gov. Greg Abbott",
      // "Ontario Premier Jane Doe" (the region's state is the office's).
      const region = regionOf(ctx, u) as Draft;
      out.push(region);
      chain.country = region.country;
      if (region.place) chain.home = region.place.id;
    } else if (u.kind === 'honorific' && !glue) {
      chain.gender = u.gender === 'm' || u.gender === 'f' ? u.gender : null;
      // "Sen.", "Rep.", "Gov.": the abbreviation is the office's title ("Sen. Jane Doe" is a legislator).
      const office = ctx.cues.officeHonorifics?.get(doc.tokenText(u.tokStart).toLowerCase());
      const form = office ? kb.agent(office).find((a) => a.role !== null && !a.plural) : undefined;
      if (form && !chain.titles.length) {
        chain.titles.push(form);
        if (titleStart < 0) titleStart = u.tokStart;
        titleEnd = u.tokEnd;
      }
    } else break;
    chain.end = u.tokEnd;
  }
  if (titleStart >= 0) chain.titleText = doc.text.slice(doc.tokens.start[titleStart], doc.tokens.end[titleEnd - 1]);
  chain.next = j;
  return chain;
}

/** How a state's own name or short name is matched ("India", "U.S.", "UK"), as opposed to a demonym or a capital. */
const SHORT_NAMES: ReadonlySet<string> = new Set(['name', 'alias', 'acronym']);

/**
 * A state's name or short name ("U.S.", "UK") used as a modifier right before a group noun, as a
 * demonym is ("U.S. air forces"). Not a metonym ("Washington and Seoul forces" is no one's usage).
 */
function stateModifier(u: Unit, next: Unit | undefined): boolean {
  const f = u.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!f || f.kind !== 'state' || !SHORT_NAMES.has(f.via)) return false;
  return next !== undefined && next.tokStart === u.tokEnd && (next.kind === 'agent' || (next.kind === 'kb' && !!next.agents?.length && !next.actors?.length));
}

/** "U.S. and South Korean forces": a state's short name coordinated with a demonym of another. */
function coordinatedWithDemonym(doc: Doc, u: Unit, next: Unit | undefined): boolean {
  const f = u.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!f || f.kind !== 'state' || !SHORT_NAMES.has(f.via) || !next || next.tokStart !== u.tokEnd + 1) return false;
  return doc.tokenText(u.tokEnd).toLowerCase() === 'and' && next.kind === 'kb' && next.actors?.[0]?.kind === 'state' && next.actors[0].via === 'adjective';
}

/** Whether unit `u` starts at token `at` and is a state's body ("foreign ministry", "government", "army"). */
function opensStateBody(u: Unit | undefined, at: number): boolean {
  return !!u && u.tokStart === at && !!u.agents?.some((a) => a.group && !a.plural && STATE_BODY_SECTORS.has(a.sector));
}

/** Whether `next` follows `u` directly and opens an office: an honorific ("Gov.") or a title. */
function opensOffice(u: Unit, next: Unit | undefined): boolean {
  return next !== undefined && next.tokStart === u.tokEnd && (next.kind === 'honorific' || !!titleForm(next));
}

/** A curated region of one state that the unit names exactly ("Texas", "Kerala"), as a place draft. */
function regionOf(ctx: ComposeContext, u: Unit): Draft | null {
  const d = placeDraft(ctx, u, false);
  return d && d.country && d.place?.kind === 'region' && d.place.id.startsWith('place:') ? d : null;
}
