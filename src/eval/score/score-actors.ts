/**
 * Actor and quotation scoring, with the referee's matching rules: a person matches by full name,
 * alias, or surname with the same first initial (or a one-word name on either side); states by
 * ISO code; organisations (recall only) by any folded name or alias. A gold quotation is found when
 * a predicted direct or partial quotation contains its first six words (or, for three words or
 * more, the prediction's first six words are in the gold text), attributed when the speaker matches.
 */
import { fold, sortedPy, truthy, words } from './fold.js';
import type { Json } from './types.js';

/** Folded name and aliases of a gold actor. */
export function namesOf(actor: Json): Set<string> {
  const out = new Set([fold(actor.name)]);
  for (const a of asList(actor.aliases)) out.add(fold(a));
  return out;
}

/** True when the predicted name denotes the same person as one of the gold names. */
export function samePerson(predName: unknown, goldNames: Set<string>): boolean {
  const p = fold(predName);
  if (!p) return false;
  if (goldNames.has(p)) return true;
  const pw = p.split(' ');
  for (const g of goldNames) {
    const gw = g.split(' ').filter(Boolean);
    if (gw.length && pw.length && gw[gw.length - 1] === pw[pw.length - 1] && (pw.length === 1 || gw.length === 1 || pw[0][0] === gw[0][0])) return true;
  }
  return false;
}

/** Actor figures of one article. */
export interface ActorScore {
  tp: number;
  pred: number;
  gold: number;
  org_hits: number;
  org_gold: number;
  missed: string[];
  spurious: string[];
}

export function scoreActors(gold: Json, pred: Json): ActorScore {
  const gActors = asList(gold.actors) as Json[];
  const pActors = asList(pred.actors) as Json[];
  const gPeople = gActors.filter((a) => a.type === 'person');
  const gStates = new Set(gActors.filter((a) => a.type === 'state' && truthy(a.country)).map((a) => String(a.country)));
  const gOrgs = gActors.filter((a) => a.type !== 'person' && a.type !== 'state');
  const pPeople = pActors.filter((a) => a.type === 'person');
  const pStates = new Set(pActors.filter((a) => a.type === 'state' && truthy(a.country)).map((a) => String(a.country).toUpperCase()));
  const matched = new Set<number>();
  let tpP = 0;
  for (const a of pPeople) {
    for (let i = 0; i < gPeople.length; i++) {
      if (!matched.has(i) && samePerson(get(a, 'name', ''), namesOf(gPeople[i]))) {
        matched.add(i);
        tpP++;
        break;
      }
    }
  }
  const tpS = [...gStates].filter((s) => pStates.has(s)).length;
  const orgNames = new Set(pActors.filter((a) => a.type !== 'person' && a.type !== 'state').map((a) => fold(get(a, 'name', ''))));
  for (const a of pActors) for (const al of asList(a.aliases)) orgNames.add(fold(al));
  const orgHits = gOrgs.filter((g) => [...namesOf(g)].some((n) => orgNames.has(n))).length;
  return {
    tp: tpP + tpS,
    pred: pPeople.length + pStates.size,
    gold: gPeople.length + gStates.size,
    org_hits: orgHits,
    org_gold: gOrgs.length,
    missed: sortedPy([...gPeople.filter((_, i) => !matched.has(i)).map((g) => String(g.name)), ...sortedPy([...gStates].filter((s) => !pStates.has(s)))]),
    spurious: sortedPy([
      ...pPeople.filter((a) => !gPeople.some((g) => samePerson(get(a, 'name', ''), namesOf(g)))).map((a) => String(get(a, 'name', ''))),
      ...sortedPy([...pStates].filter((s) => !gStates.has(s))),
    ]),
  };
}

function quoteMatches(goldQ: Json, predQ: Json): boolean {
  const all = words(goldQ.text);
  const gw = all.slice(0, 6);
  const pw = words(get(predQ, 'text', ''));
  if (!gw.length || !pw.length) return false;
  return pw.join(' ').includes(gw.join(' ')) || (pw.length >= 3 && all.join(' ').includes(pw.slice(0, 6).join(' ')));
}

/** Quotation figures of one article, per gold kind. */
export interface QuoteKindScore {
  gold: number;
  found: number;
  attributed: number;
  misses: [string, string][];
}
export interface QuoteScore {
  direct: QuoteKindScore;
  partial: QuoteKindScore;
  pred: number;
  pred_matched: number;
}

export function scoreQuotes(gold: Json, pred: Json): QuoteScore {
  const speakers = new Map<unknown, Set<string>>();
  for (const a of asList(gold.actors) as Json[]) speakers.set(a.name, namesOf(a));
  const pq = (asList(pred.quotes) as Json[]).filter((q) => (truthy(q.kind) ? q.kind : 'direct') !== 'indirect');
  const goldQuotes = asList(gold.quotes) as Json[];
  const used = new Set<number>();
  const out: Partial<QuoteScore> = {};
  for (const kind of ['direct', 'partial'] as const) {
    const gq = goldQuotes.filter((q) => ('kind' in q ? q.kind : 'direct') === kind);
    let found = 0;
    let attributed = 0;
    const misses: [string, string][] = [];
    for (const g of gq) {
      let hit = pq.findIndex((p, j) => !used.has(j) && quoteMatches(g, p));
      if (hit < 0) hit = pq.findIndex((p) => quoteMatches(g, p));
      if (hit < 0) {
        misses.push(['not found', String(g.text)]);
        continue;
      }
      used.add(hit);
      found++;
      const sp = truthy(pq[hit].speaker) ? pq[hit].speaker : {};
      const spName = isDict(sp) ? get(sp as Json, 'name', '') : String(sp);
      const gnames = speakers.get(g.speaker) ?? new Set([fold(g.speaker)]);
      if (samePerson(spName, gnames) || gnames.has(fold(spName))) attributed++;
      else misses.push([`speaker ${truthy(spName) ? String(spName) : 'none'}`, String(g.text)]);
    }
    out[kind] = { gold: gq.length, found, attributed, misses };
  }
  out.pred = pq.length;
  out.pred_matched = pq.filter((p) => goldQuotes.some((g) => quoteMatches(g, p))).length;
  return out as QuoteScore;
}

/** `d.get(key, fallback)`: the value when the key is present (even null), else the fallback. */
export function get(d: Json, key: string, fallback: unknown): unknown {
  return key in d ? d[key] : fallback;
}

/** A JSON list, or [] for null/absent (where Python would use the `[]` default). */
export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isDict(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
