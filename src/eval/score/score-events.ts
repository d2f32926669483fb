/**
 * Event scoring with the referee's rules: unique (source, target, PLOVER type) triples per article,
 * participants keyed by ISO3 country for states and the people and bodies acting for them, else by
 * folded name (gold aliases mapped to the gold key; a group or organisation may be named more or less
 * fully). Negated and hypothetical predictions are not counted; optional gold events neither reward
 * nor punish; hitting a `mustNot` triple is a violation. Also scored at the level of the quad class
 * and of the (source, target) dyad.
 */
import { byCodePoint, fold, repr, sortedPy, truthy } from './fold.js';
import { asList, get, namesOf } from './score-actors.js';
import type { Json } from './types.js';

/** PLOVER type → quad class. */
export const QUAD: Readonly<Record<string, string>> = {
  AGREE: 'verbal-coop', CONSULT: 'verbal-coop', SUPPORT: 'verbal-coop', CONCEDE: 'verbal-coop',
  COOPERATE: 'material-coop', AID: 'material-coop', RETREAT: 'material-coop',
  REQUEST: 'verbal-conf', ACCUSE: 'verbal-conf', REJECT: 'verbal-conf', THREATEN: 'verbal-conf',
  PROTEST: 'material-conf', SANCTION: 'material-conf', MOBILIZE: 'material-conf', COERCE: 'material-conf', ASSAULT: 'material-conf',
};
const STOP = new Set(['the', 'of', 'in', 'and', 'for', 'a', 'an', 's']);
const ISO3 = /^[A-Z]{3}$/;

type Key = string | null;
type Triple = [Key, Key, string];
type Predicted = [Set<Key>, Set<Key>, string];

/** Event figures of one article. */
export interface EventScore {
  tp: number; pred: number; gold: number;
  quad_tp: number; quad_pred: number; quad_gold: number;
  dyad_tp: number; dyad_pred: number; dyad_gold: number;
  must_not_hit: string[]; must_not: number; missed: string[]; spurious: string[];
}

function actorKey(ref: unknown): Key {
  if (ref === null || ref === undefined) return null;
  if (typeof ref === 'string') return /^[A-Za-z]{3}$/.test(ref) ? ref.toUpperCase() : fold(ref);
  const r = ref as Json;
  const country = truthy(r.country) ? r.country : r.code;
  const kind = (truthy(r.type) ? String(r.type) : '').toLowerCase();
  if (truthy(country) && kind !== 'igo') return String(country).toUpperCase();
  return fold(truthy(r.name) ? r.name : truthy(r.text) ? r.text : '');
}

function aliasMap(gold: Json): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of asList(gold.actors) as Json[]) {
    const key = truthy(a.country) && a.type === 'state' ? String(a.country) : fold(a.name);
    for (const n of namesOf(a)) if (!out.has(n)) out.set(n, key);
  }
  return out;
}

function goldKey(ref: unknown, amap: Map<string, string>): Key {
  const k = actorKey(ref);
  if (k === null || ISO3.test(k)) return k;
  return amap.get(k) ?? k;
}

function predKeys(ref: unknown, amap: Map<string, string>, actors: Map<unknown, Json>): Set<Key> {
  if (ref === null || ref === undefined || ref === '') return new Set([null]);
  if (typeof ref === 'string') return new Set([goldKey(ref, amap)]);
  const r = ref as Json;
  const keys = new Set<Key>();
  if (truthy(r.country) && (truthy(r.type) ? String(r.type) : '').toLowerCase() !== 'igo') keys.add(String(r.country).toUpperCase());
  const names: unknown[] = [truthy(r.name) ? r.name : truthy(r.text) ? r.text : '', ...asList(r.aliases)];
  const actor = pick(actors.get(r.id)) ?? pick(actors.get(fold(truthy(r.name) ? r.name : '')));
  if (actor) names.push(truthy(actor.name) ? actor.name : '', ...asList(actor.aliases));
  for (const n of names) {
    const f = fold(n);
    if (f) keys.add(amap.get(f) ?? f);
  }
  return keys;
}

function pick(a: Json | undefined): Json | null {
  return a !== undefined && truthy(a) ? a : null;
}

function namesOverlap(key: Key, keys: Set<Key>): boolean {
  if (key === null || ISO3.test(key)) return false;
  const kw = new Set(key.split(' ').filter((w) => w && !STOP.has(w)));
  for (const k of keys) {
    if (k === null || ISO3.test(k)) continue;
    const w = new Set(k.split(' ').filter((x) => x && !STOP.has(x)));
    if (kw.size && w.size && (subset(kw, w) || subset(w, kw))) return true;
  }
  return false;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

const covers = (keys: Set<Key>, key: Key) => keys.has(key) || namesOverlap(key, keys);
const id = (t: readonly unknown[]) => JSON.stringify(t);

function goldTriples(events: unknown, amap: Map<string, string>): Map<string, Triple> {
  const out = new Map<string, Triple>();
  for (const e of asList(events) as Json[]) {
    const t = (truthy(e.type) ? String(e.type) : '').toUpperCase();
    if (t in QUAD) {
      const tr: Triple = [goldKey(get(e, 'source', null), amap), goldKey(get(e, 'target', null), amap), t];
      out.set(id(tr), tr);
    }
  }
  return out;
}

export function scoreEvents(gold: Json, pred: Json): EventScore {
  const amap = aliasMap(gold);
  const actors = new Map<unknown, Json>();
  for (const a of asList(pred.actors) as Json[]) {
    if (truthy(a.id)) actors.set(a.id, a);
    actors.set(fold(truthy(a.name) ? a.name : ''), a);
  }
  const g = goldTriples(gold.events, amap);
  const opt = goldTriples(gold.optionalEvents, amap);
  for (const k of g.keys()) opt.delete(k);
  const bad = goldTriples(gold.mustNot, amap);
  const pe: Predicted[] = [];
  for (const e of asList(pred.events) as Json[]) {
    const t = (truthy(e.type) ? String(e.type) : '').toUpperCase();
    if (t in QUAD && !truthy(e.negated) && !truthy(e.hypothetical)) {
      pe.push([predKeys(get(e, 'source', null), amap, actors), predKeys(get(e, 'target', null), amap, actors), t]);
    }
  }
  const matches = ([s, t, x]: Triple, p: Predicted) => p[2] === x && covers(p[0], s) && covers(p[1], t);
  const primary = (p: Predicted): Triple => [first(p[0]), first(p[1]), p[2]];

  const found = [...g.values()].filter((tr) => pe.some((p) => matches(tr, p)));
  // score.py takes the first matching triple in set order; gold triples are tried before optional ones here.
  const candidates = [...sortedTriples(g), ...sortedTriples(opt)];
  const unique = new Map<string, Triple>();
  for (const p of pe) {
    const key = candidates.find((tr) => matches(tr, p)) ?? primary(p);
    unique.set(id(key), key);
  }
  const scored = [...unique.entries()].filter(([k]) => !opt.has(k)).map(([, t]) => t);
  const quad = (ts: Triple[]) => new Set(ts.map(([s, t, x]) => id([s, t, QUAD[x]])));
  const dyad = (ts: Triple[]) => new Set(ts.map(([s, t]) => id([s, t])));
  const gList = [...g.values()];
  const inter = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
  const foundIds = new Set(found.map(id));
  return {
    tp: found.length, pred: scored.length, gold: g.size,
    quad_tp: inter(quad(gList), quad(scored)), quad_pred: quad(scored).size, quad_gold: quad(gList).size,
    dyad_tp: inter(dyad(gList), dyad(scored)), dyad_pred: dyad(scored).size, dyad_gold: dyad(gList).size,
    must_not_hit: sortedPy([...bad.values()].filter((tr) => pe.some((p) => matches(tr, p))).map((tr) => repr(tr, true))),
    must_not: bad.size,
    missed: sortedPy(gList.filter((tr) => !foundIds.has(id(tr))).map((tr) => repr(tr, true))),
    spurious: sortedPy(scored.filter((tr) => !g.has(id(tr))).map((tr) => repr(tr, true))),
  };
}

/** The key `primary()` picks: a key before None, an ISO3 code before a name, then `str(k)` order. */
function first(keys: Set<Key>): Key {
  const rank = (k: Key): [number, number, string] => [k === null ? 1 : 0, k !== null && ISO3.test(k) ? 0 : 1, k === null ? 'None' : k];
  const sorted = [...keys].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || byCodePoint(x[2], y[2]);
  });
  return sorted.length ? sorted[0] : null;
}

function sortedTriples(m: Map<string, Triple>): Triple[] {
  return [...m.values()].sort((a, b) => byCodePoint(repr(a, true), repr(b, true)));
}
