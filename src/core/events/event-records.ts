/**
 * From a finished draft to the contract's event records: one record per directed pair of
 * participants (both directions for symmetric and mutual events; visitor → host for a meeting held
 * in one side's country, both ways at a third place), with the taxonomy's facts, the date and
 * place read from the trigger's clause, the trigger and evidence spans, the quotation the event
 * is claimed in, and a confidence.
 */
import type { AnalysisEvent } from '../analysis/contract.js';
import { textSpan } from '../span.js';
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import { isContextPlaced, isNonStateGroup, isOppositionOrg } from './domestic-participants.js';
import { isDomesticControl } from './domestic-control.js';
import { reverseRoleCode } from './mutual-roles.js';
import { namesUnnamedPeople } from './unnamed-people.js';

/** Options of the records step. */
export interface RecordOptions {
  /** Also code CAMEO 01x public statements, which PLOVER leaves out (their `type` is "STATEMENT"). */
  includeStatements: boolean;
  /** Code only events whose source is known, and frames ("pledged to …") only with someone they are about. */
  strict: boolean;
}

type Place = NonNullable<AnalysisEvent['place']>;

/** PLOVER types that are about someone else: coded alone they say little and are mostly misreadings. */
const DYADIC = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'REQUEST', 'ACCUSE', 'REJECT', 'SANCTION', 'ASSAULT', 'COERCE']);

/** The records of draft `d`, read from sentence `sentence`. `newId` numbers them. */
export function toRecords(ctx: CoderContext, d: Draft, sentence: number, newId: () => string, opts: RecordOptions): AnalysisEvent[] {
  if (d.code === null || !d.match.trigger.standalone) return [];
  const t = d.match.trigger;
  // In strict mode an event is about someone: a frame's event ("pledged to …") and a dyadic act
  // (praise, talks, aid, criticism…) with nobody it is addressed to code nothing.
  const dyadic = DYADIC.has(ctx.taxonomy.get(d.code)?.plover?.type ?? '');
  // (An order that puts forces on alert or sends them is itself the show of force, facing whoever
  // it faces or nobody: "ordered its army to remain on high alert".)
  const ordered = t.frame === 'decide' && ORDERING.has(t.lemma) && ctx.taxonomy.get(d.code)?.plover?.type === 'MOBILIZE';
  const framing = t.frame && t.frame !== 'pass' && t.frame !== 'negate' && t.frame !== 'hedge' && !ordered;
  // Flagged events (negated, hypothetical) are kept for what they say did not or may happen.
  const needs0 = t.needs ?? (opts.strict && (framing || (dyadic && !d.negated && !d.hypothetical)) ? 'target' : 'any');
  // A frame around an act done to nobody ("refused to resign") has nobody to be addressed to.
  const needs = d.untargeted && needs0 !== 'any' ? 'source' : needs0;
  const hasS = d.sources.length > 0;
  // Two or more sides of a symmetric event are each other's targets ("Xi and Putin met"); people
  // nobody names are a target too, for the acts whose entry says so ("police detained two men").
  const hasT = d.targets.length > 0 || (d.symmetric && d.sources.length >= 2) || (hasS && t.unnamedPeople && namesUnnamedPeople(ctx, d.match));
  const unmet = (n: string): boolean => (n === 'source' && !hasS) || (n === 'target' && !hasT) || (n === 'both' && !(hasS && hasT));
  // The acts a frame took in keep their own needs: "is expected to receive a third term" names nobody received from.
  if (unmet(needs) || d.innerNeeds.some(unmet) || (!hasS && !hasT)) return [];
  // A place standing in for its country is a target only beside a real actor ("the bombing in Aleppo" alone is no event).
  if (!hasS && (opts.strict || d.targets.every((p) => p.actor === null))) return [];
  const place = placeOf(ctx, d);
  let code = d.code;
  let pairs = directedPairs(d);
  // With no place in its sentence, a meeting between a recent visitor and its host is held at the host's.
  const everyone = [...d.sources, ...d.targets];
  const visitHost = ctx.recentVisits.find((x) => everyone.some((p) => p.country === x.visitor) && everyone.some((p) => p.country === x.host))?.host;
  const where = place?.country ?? visitHost ?? null;
  if (d.meeting && code.startsWith('04') && (code === '040' || code === '042' || code === '044') && where) {
    const host = everyone.filter((p) => p.country === where);
    const guests = everyone.filter((p) => p.country && p.country !== where);
    if (host.length && guests.length) {
      code = '042';
      pairs = guests.flatMap((gu) => host.map((h) => [gu, h] as [Participant, Participant]));
    } else if (!host.length && guests.length >= 2) {
      code = '044';
      pairs = bothWays(pairs);
    }
  }
  const entry = ctx.taxonomy.get(code);
  if (!entry || (!entry.plover && !opts.includeStatements)) return [];
  const v = ctx.v;
  const doc = v.doc;
  const trig = triggerSpan(ctx, d);
  const sentenceSpan = doc.sentenceSpan(sentence);
  const quote = ctx.actors.quoteAt(trig.start);
  const date = dateOf(ctx, d);
  const confidence = Math.round(d.confidence * (d.explicitSource ? 1 : 0.85) * (hasS && hasT ? 1 : 0.85) * 100) / 100;
  // "Fidan hosted his Greek counterpart": the host's act (043), and the guest's visit to the host (042).
  const visit = code === '043' ? ctx.taxonomy.get('042') : undefined;
  // "Police clashed with protesters": the protesters' side of the clash is a riot, not a repression.
  const reverse = d.bothWays && !d.framed && code === d.code ? reverseRoleCode(t, code) : null;
  const reverseEntry = reverse ? ctx.taxonomy.get(reverse) : undefined;
  const reversed = (s: Participant | null): boolean => s !== null && d.targets.some((x) => sameActor(x, s)) && !d.sources.some((x) => sameActor(x, s));
  const coded: [Pair, string, NonNullable<typeof entry>][] = pairs.map((p) => (reverse && reverseEntry && reversed(p[0]) ? [p, reverse, reverseEntry] : [p, code, entry]));
  if (visit) for (const [s, t] of pairs) if (s && t) coded.push([[t, s], '042', visit]);
  return coded.map(([[s, t], code, entry]) => ({
    id: newId(),
    type: entry.plover ? entry.plover.type : 'STATEMENT',
    mode: entry.plover?.mode ?? null,
    context: entry.plover?.context ?? null,
    cameo: code,
    goldstein: entry.goldstein,
    quadClass: entry.quad,
    source: s ? ctx.actors.ref(s) : null,
    target: t ? ctx.actors.ref(t) : null,
    date,
    place,
    negated: d.negated,
    hypothetical: d.hypothetical,
    ...(d.future ? { future: true } : {}),
    claimOf: quote ? quote.id : null,
    trigger: textSpan(doc.text, trig),
    evidence: { ...textSpan(doc.text, sentenceSpan), sentence },
    confidence,
  }));
}

type Pair = [Participant | null, Participant | null];

/** Verbs of commanding forces, whose order is the act itself ("ordered the army to remain on alert"). */
const ORDERING = new Set(['order', 'command', 'instruct', 'direct']);

/** Codes of forces alerted (152) or deployed (154), acts that stand even when done at home. */
const HOME_POSTURE = new Set(['152', '154']);

function directedPairs(d: Draft): Pair[] {
  const S = d.sources;
  const T = d.targets;
  if (d.symmetric && !T.length && S.length >= 2) {
    const out: Pair[] = [];
    for (const a of S) for (const b of S) if (a !== b && !sameActor(a, b) && !stateAndItsOwn(a, b)) out.push([a, b]);
    return out;
  }
  if (!S.length) return T.map((t) => [null, t]);
  if (!T.length) return S.map((s) => [s, null]);
  const out: Pair[] = [];
  // People protesting at home protest against their own authorities ("Pakistani students rallied in Lahore").
  const domestic = d.code !== null && d.code.startsWith('14');
  // A curfew or martial law at home is imposed on the state's own people ("Turkey imposed a curfew in
  // Cizre"); a state arrests, tries or expels its own citizens ("Bazoum, who has been detained by the military").
  const control = isDomesticControl(d.code);
  const repression = d.code !== null && d.code.startsWith('17');
  // A people that threatens or fights its own state is a side against it ("Ethnic Albanians have
  // sworn to fight until they gain control of villages near Macedonia's border").
  const opposed = d.code !== null && ['13', '18', '19', '20'].some((r) => (d.code as string).startsWith(r));
  const rising = (s: Participant, t: Participant): boolean => opposed && s.via === 'demonym' && s.actor?.type === 'group' && t.actor?.type === 'state';
  // Sympathy for what struck a place at home is said to the people there ("Obama expressed sorrow
  // for the shootings in South Carolina"): the place stands for its people, not for the speaker's state.
  const sympathy = d.code === '018';
  const own = (s: Participant, t: Participant): boolean => (domestic && isPeople(s)) || control || (repression && t.actor?.type === 'person' && t.via !== 'demonym') || rising(s, t) || (sympathy && t.actor === null && s.actor !== null && s.actor.type !== 'state');
  for (const s of S) for (const t of T) if (!sameActor(s, t) && (!stateAndItsOwn(s, t) || own(s, t))) out.push([s, t]);
  // Forces sent or put on alert inside the state's own borders ("sent 200 soldiers to the frontier
  // city of Pacaraima", said of Brazil) are still mobilised: the act stands with no other side.
  if (!out.length && HOME_POSTURE.has(d.code ?? '')) return S.map((s) => [s, null]);
  return d.bothWays ? bothWays(out) : out;
}

/**
 * A state, or a place standing in for it, facing one of its own people or bodies ("Xi backed
 * Beijing's policy", "he visited Moscow" said of a Russian): not an event between them.
 */
function stateAndItsOwn(a: Participant, b: Participant): boolean {
  if (!a.country || a.country !== b.country) return false;
  // A group placed by the context ("Sudan accused rebels") is not one of the state's own bodies, nor
  // is a named non-state group ("Ivory Coast rebels captured Bouake", "the army shelled the rebels")
  // or opposition organisation ("the RSF accused the army").
  if (isContextPlaced(a) || isContextPlaced(b) || isNonStateGroup(a) || isNonStateGroup(b) || isOppositionOrg(a) || isOppositionOrg(b)) return false;
  const stateLike = (p: Participant): boolean => p.actor === null || p.actor.type === 'state';
  return stateLike(a) || stateLike(b);
}

/** A people, group or organisation rather than a state acting officially. */
function isPeople(p: Participant): boolean {
  return p.via === 'demonym' || (p.actor !== null && p.actor.type !== 'state');
}

function bothWays(pairs: Pair[]): Pair[] {
  const out = [...pairs];
  for (const [s, t] of pairs) {
    if (!s || !t) continue;
    if (!out.some(([a, b]) => a === t && b === s)) out.push([t, s]);
  }
  return out;
}

/** Character span of the trigger: the whole phrase when it is short, else the outermost trigger word(s). */
function triggerSpan(ctx: CoderContext, d: Draft): { start: number; end: number } {
  const toks = Math.max(...d.tokens) - Math.min(...d.tokens) <= 8 ? d.tokens : d.match.tokens;
  const t = ctx.v.doc.tokens;
  return { start: t.start[Math.min(...toks)], end: t.end[Math.max(...toks)] };
}

/** The clause head of a draft: the light verb of a noun trigger, else the trigger itself. */
function clauseHead(d: Draft): number {
  return d.match.support >= 0 ? d.match.support : d.match.head;
}

/** The date in the trigger's clause; else, for a verbal act not set in the future, the publication date. */
function dateOf(ctx: CoderContext, d: Draft): string | null {
  const doc = ctx.v.doc;
  const heads = d.match.support >= 0 ? [d.match.head, d.match.support] : [d.match.head];
  for (const h of heads) {
    const [lo, hi] = ctx.v.subtreeRange(h);
    const from = doc.tokens.start[lo];
    const to = doc.tokens.end[hi];
    const anchor = doc.tokens.start[d.match.head];
    let best: { value: string; dist: number } | null = null;
    for (const dt of doc.dates) {
      if (dt.start < from || dt.end > to) continue;
      const dist = Math.abs(dt.start - anchor);
      if (!best || dist < best.dist) best = { value: dt.value, dist };
    }
    if (best) return best.value;
  }
  if (d.match.trigger.pos === 'verb' && !d.future && !d.hypothetical && doc.meta.published) return doc.meta.published.slice(0, 10);
  return null;
}

/** A place phrase and the words below it that may name the place ("the presidential palace in the capital Accra"). */
function placePhrase(v: CoderContext['v'], x: number): number[] {
  const out = [x];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    for (const c of v.childrenWith(out[i], ['nmod', 'appos', 'compound', 'flat'])) if (v.rel[c] !== 'nmod' || v.caseOf(c) === 'in') out.push(c);
  }
  return out;
}

/** The place of the event: an "in"/"at" phrase of its clause naming a place or a state, else a place in the clause. */
function placeOf(ctx: CoderContext, d: Draft): Place | null {
  const { v, actors, finder } = ctx;
  const heads = [d.match.head, clauseHead(d)];
  for (const h of heads) {
    for (const prep of ['in', 'at']) {
      // "at the presidential palace in the capital Accra": the place may be one phrase further down.
      for (const k of finder.prepDeps(h, prep).flatMap((x) => placePhrase(v, x))) {
        const pl = actors.placeAt(k);
        if (pl) return { name: pl.place.name, country: pl.place.country, lat: pl.place.lat, lon: pl.place.lon };
        const a = actors.actorAt(k);
        if (a?.actor?.type === 'state') return { name: a.name, country: a.country, lat: null, lon: null };
      }
    }
  }
  const [lo, hi] = v.subtreeRange(clauseHead(d));
  for (let k = lo; k <= hi; k++) {
    const pl = actors.placeAt(k);
    if (pl) return { name: pl.place.name, country: pl.place.country, lat: pl.place.lat, lon: pl.place.lon };
  }
  return null;
}
