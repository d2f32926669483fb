/**
 * Appositions: "Raffaello Pantucci, a senior fellow at London's Royal United Services Institute",
 * "Evan Feigenbaum, vice president at the Carnegie Endowment …". An apposition after a name tells
 * us it is a person, their role and the organisation they speak for.
 */
import type { Doc } from '../doc/doc.js';
import { stateIso, type ComposeContext } from './compose-context.js';
import type { Draft } from './draft.js';
import type { NameCues } from './name-cues.js';
import type { Unit } from './units.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';
import { isPossessive } from './token-context.js';

export interface Apposition {
  /** The role noun phrase ("senior fellow", "vice president"). */
  role: string;
  /** The organisation after at/of/with ("Royal United Services Institute"), if any. */
  affiliation: string | null;
  /** Token after the apposition. */
  end: number;
  /** Token range of the role phrase. */
  roleStart: number;
  roleEnd: number;
}

const AFFILIATION_PREPS = new Set(['at', 'of', 'with', 'for', 'from']);
/** Words opening a relative clause after the role ("a citizen whom India had designated…"). */
const RELATIVE = /^(who|whom|whose|which|that)$/;

/**
 * Reads an apposition after token `after` (the end of a name) in sentence `[from, to)`; `units`
 * are the sentence's units, to find the affiliation's extent.
 */
export function appositionAfter(doc: Doc, after: number, to: number, units: readonly Unit[], cues: NameCues): Apposition | null {
  if (after >= to || doc.tokenText(after) !== ',') return null;
  let t = after + 1;
  const w = (k: number) => doc.tokenText(k).toLowerCase();
  // "Gabriel Boric, received the President of Uruguay …": a past verb with its object after the
  // comma goes on the clause (a comma writers put after a long subject); it is no role phrase.
  if (t + 1 < to && CLAUSE_VERB.test(doc.tokenText(t)) && /^(?:a|an|the|his|her|its|their)$/.test(w(t + 1))) return null;
  if (t < to && /^(a|an|the)$/.test(w(t))) t++;
  // Up to seven words of role phrase ("the E.U.'s chief trade negotiator", "former U.S. deputy
  // assistant secretary"), ending at its last role noun, before a preposition or punctuation.
  let roleEnd = -1;
  const roleStart = t;
  let k = t;
  for (; k < Math.min(to, t + 8); k++) {
    const word = w(k);
    if (/^[,.;:()]$/.test(word) || AFFILIATION_PREPS.has(word) || RELATIVE.test(word) || word === 'and') break;
    const two = k + 1 < to ? `${word} ${w(k + 1)}` : '';
    if (two && cues.appositionRoles.has(two)) {
      roleEnd = k + 2;
      k++;
    } else if (cues.appositionRoles.has(word)) roleEnd = k + 1;
  }
  if (roleEnd < 0) return null;
  const role = doc.text.slice(doc.tokens.start[roleStart], doc.tokens.end[roleEnd - 1]);
  let affiliation: string | null = null;
  let end = roleEnd;
  if (roleEnd < to && AFFILIATION_PREPS.has(w(roleEnd))) {
    let k = roleEnd + 1;
    if (k < to && w(k) === 'the') k++;
    // Skip a possessive place ("London's").
    const unit = units.find((u) => u.tokStart === k);
    let org = unit;
    if (unit && k < to && unit.tokEnd < to && /^['’]s$/.test(doc.tokenText(unit.tokEnd))) org = units.find((u) => u.tokStart === unit.tokEnd + 1);
    if (org && (org.kind === 'name' || (org.kind === 'kb' && org.actors?.some((a) => a.kind === 'org' || a.kind === 'igo')))) {
      // "the ECOWAS Commission": a body named after an organisation is read in two units; take both.
      let last = org;
      for (let next = units.find((u) => u.tokStart === last.tokEnd); next && (next.kind === 'name' || next.kind === 'kb') && /^\p{Lu}/u.test(doc.tokenText(next.tokStart)); next = units.find((u) => u.tokStart === last.tokEnd)) last = next;
      affiliation = doc.text.slice(doc.tokens.start[org.tokStart], doc.tokens.end[last.tokEnd - 1]);
      end = last.tokEnd;
    }
  }
  // An apposition is closed by punctuation, the sentence end, or a relative clause; a verb after
  // it means the comma ended a clause instead ("…, the spokesperson stated").
  if (end < to && !/^[,.;:)\u2014\u2013-]$/.test(w(end)) && !RELATIVE.test(w(end)) && w(end) !== 'and') {
    // A prepositional phrase the units did not read ("then president of the breakaway region of
    // Somaliland"): the apposition still closes at the next comma or the sentence end, if near.
    // So does a participle's clause on the role ("an engineer sentenced by a Lyon court,").
    if (!AFFILIATION_PREPS.has(w(end)) && !opensParticipleClause(doc, end)) return null;
    let k = end + 1;
    while (k < to && k < end + 10 && !/^[,.;:)\u2014\u2013]$/.test(w(k))) k++;
    if (k < to && !/^[,.;:)\u2014\u2013]$/.test(w(k))) return null;
    end = k;
  }
  return { role, affiliation, end, roleStart, roleEnd };
}

/**
 * Reads the apposition after draft `d` into it (role, affiliation, country); true when there is
 * one, which also tells that the name is a person's.
 */
export function addApposition(ctx: ComposeContext, d: Draft, to: number, units: readonly Unit[]): boolean {
  const app = appositionAfter(ctx.doc, d.tokEnd, to, units, ctx.cues);
  if (!app) return false;
  d.role ??= app.role;
  d.affiliation ??= app.affiliation;
  // "…, Vietnam's trade minister": a state named in the role phrase is the person's country — but
  // not a state's name modifying an expert's role, which is their subject ("an Iran analyst").
  if (!d.country) {
    const topical = STUDIES_A_SUBJECT.test(app.role);
    for (const u of units) {
      if (u.tokStart < app.roleStart || u.tokEnd > app.roleEnd || u.kind !== 'kb') continue;
      const f = u.actors?.[0];
      if (topical && f && (f.via === 'name' || f.via === 'alias') && !/^['’]s$/.test(ctx.doc.tokenText(u.tokEnd))) continue;
      if (f && f.kind === 'state') {
        d.country = stateIso(ctx.kb, f);
        break;
      }
    }
  }
  // "…, a spokesperson for the Kenyan foreign ministry": an officer of a state's body is of its state.
  const office = ctx.kb.agent(app.role.toLowerCase().split(/\s+/).at(-1) ?? '').find((a) => a.role !== null);
  if (!d.country && office && STATE_BODY_SECTORS.has(office.sector)) {
    d.country = bodyStateAt(ctx, app.roleEnd, app.end, units);
    if (d.country) d.sector ??= office.sector;
  }
  // "…, Secretary of National Defense of the Republic of the Philippines": a state named by its
  // name after "of" in the role's tail is the office's country ("ambassador to China" is not).
  if (!d.country) d.country = stateAfterOf(ctx, app.roleEnd, app.end);
  // "…, the mayor of Nablus": a local office's place names its country.
  if (!d.country && LOCAL_OFFICES.test(app.role)) d.country = placeCountryAfterOf(ctx, app.roleEnd, app.end);
  // "…, the United Nations Emergency Relief Coordinator", "…, an envoy of the African Union": an
  // office of an international organisation, held for no state.
  if (!d.country && !d.actsFor) {
    const igo = units.find((u) => u.tokStart >= app.roleStart && u.tokEnd <= app.end && u.kind === 'kb' && u.actors?.[0]?.kind === 'igo');
    if (igo) d.actsFor = igo.actors![0].id;
  }
  return true;
}

/**
 * The state of the body a role phrase serves, named after its preposition at token `prep` and
 * before `end`: "for the Kenyan foreign ministry", "of Chile's government" (a demonym or a state's
 * possessive, then a state's body word); else null.
 */
function bodyStateAt(ctx: ComposeContext, prep: number, end: number, units: readonly Unit[]): string | null {
  const { doc } = ctx;
  if (prep >= end || !AFFILIATION_PREPS.has(doc.tokenText(prep).toLowerCase())) return null;
  const at = doc.tokenText(prep + 1).toLowerCase() === 'the' ? prep + 2 : prep + 1;
  const state = units.find((u) => u.tokStart === at && u.kind === 'kb');
  const f = state?.actors?.[0];
  if (!state || !f || f.kind !== 'state') return null;
  const bodyAt = f.via === 'adjective' ? state.tokEnd : isPossessive(doc, state.tokEnd) ? state.tokEnd + 1 : -1;
  const body = units.find((u) => u.tokStart === bodyAt && u.tokEnd <= end);
  return body?.agents?.some((a) => a.group && !a.plural && STATE_BODY_SECTORS.has(a.sector)) ? stateIso(ctx.kb, f) : null;
}

/** Whether token `t` is a participle opening a reduced relative clause ("sentenced by…", "working for…"). */
function opensParticipleClause(doc: Doc, t: number): boolean {
  const word = doc.tokenText(t);
  if (!/^\p{Ll}+(?:ed|en|ing)$/u.test(word)) return false;
  return !doc.has('pos') || doc.pos(t) === 'VERB';
}

/** A lower-case past-tense verb: regular "-ed" forms and the irregular ones news opens a predicate with. */
const CLAUSE_VERB = /^(?:\p{Ll}+ed|said|told|met|held|sent|made|took|gave|led|won|brought|sought|spoke|saw|became|left|began)$/u;

/** Roles that study or cover a subject, which a state's name before them names ("a China expert"). */
const STUDIES_A_SUBJECT = /\b(?:analyst|expert|specialist|scholar|researcher|watcher|hand|correspondent|commentator|historian|economist|observer|strategist)s?$/i;

/** Role phrases of offices held in one place ("the mayor", "the provincial governor"). */
const LOCAL_OFFICES = /\b(?:mayor|governor|prefect)$/i;

/** The country of the one place the gazetteer knows by the capitalised words after "of" in `[from, to)`; else null. */
export function placeCountryAfterOf(ctx: ComposeContext, from: number, to: number): string | null {
  const { doc, gazetteer } = ctx;
  if (doc.tokenText(from)?.toLowerCase() !== 'of') return null;
  let end = from + 1;
  while (end < to && /^\p{Lu}/u.test(doc.tokenText(end))) end++;
  for (let e = end; e > from + 1; e--) {
    const countries = new Set(gazetteer.lookup(doc.text.slice(doc.tokens.start[from + 1], doc.tokens.end[e - 1])).map((p) => p.country));
    if (countries.size === 1) return [...countries][0] ?? null;
    if (countries.size > 1) return null;
  }
  return null;
}

/**
 * The state a role phrase's tail names after "of" ("Secretary of National Defense of the Republic of
 * the Philippines" → PHL), by its name or alias, whether or not the units read it inside a longer
 * name; null when there is none.
 */
export function stateAfterOf(ctx: ComposeContext, from: number, to: number): string | null {
  const { doc, kb } = ctx;
  for (let t = from; t < to; t++) {
    if (doc.tokenText(t).toLowerCase() !== 'of') continue;
    const start = doc.tokenText(t + 1).toLowerCase() === 'the' ? t + 2 : t + 1;
    // The capitalised words after "of", through inner "of"/"the" ("Republic of the Philippines").
    let end = start;
    while (end < to && (/^\p{Lu}/u.test(doc.tokenText(end)) || (end > start && /^(of|the)$/.test(doc.tokenText(end))))) end++;
    while (end > start && /^(of|the)$/.test(doc.tokenText(end - 1))) end--;
    for (let e = end; e > start; e--) {
      const name = doc.text.slice(doc.tokens.start[start], doc.tokens.end[e - 1]);
      const f = kb.lookup(name).find((x) => x.kind === 'state' && (x.via === 'name' || x.via === 'alias'));
      if (f) return stateIso(kb, f);
    }
  }
  return null;
}
