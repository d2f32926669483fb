/**
 * Scoring a folder of predictions against a folder of gold files: the TypeScript port of the
 * referee scorer (`../shared/tools/score.py`), same matching rules, same figures. Gold files are
 * `NAME.gold.json` (or `NAME.json` without a `.gold.json` twin); predictions are `PRED/NAME.json`;
 * a missing prediction counts as an empty analysis.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError } from '../../core/errors/errors.js';
import { byCodePoint, fold, headPy, truthy } from './fold.js';
import { asList, get, scoreActors, scoreQuotes, type ActorScore, type QuoteScore } from './score-actors.js';
import { scoreEvents, type EventScore } from './score-events.js';
import type { Json } from './types.js';

/** Meta checks of one article: check name → passed, in the scorer's order. */
export type MetaScore = Record<string, boolean>;

/** Everything scored for one article. */
export interface ArticleScore {
  actors: ActorScore;
  quotes: QuoteScore;
  events: EventScore;
  meta: MetaScore;
}

/** The summary figures, in the scorer's order. */
export interface ScoreSummary {
  articles: number;
  actors_f1: number; actors_p: number; actors_r: number;
  orgs_recall: number;
  direct_quotes_found: number; direct_quotes_attributed: number; partial_quotes_found: number; quotes_precision: number;
  events_f1: number; events_p: number; events_r: number; events_quad_f1: number; events_dyad_f1: number;
  must_not_violations: number; must_not_total: number;
  meta_checks: string;
}

/** The figures that are floats in the scorer's output (the others are integers or strings). */
export const FLOAT_FIGURES = new Set([
  'actors_f1', 'actors_p', 'actors_r', 'orgs_recall', 'direct_quotes_found', 'direct_quotes_attributed', 'partial_quotes_found',
  'quotes_precision', 'events_f1', 'events_p', 'events_r', 'events_quad_f1', 'events_dyad_f1',
]);

export function scoreMeta(gold: Json, pred: Json): MetaScore {
  const gm = (gold.meta ?? {}) as Json;
  const pm = (truthy(pred.meta) ? pred.meta : {}) as Json;
  const or = (v: unknown, d: unknown) => (truthy(v) ? v : d);
  const checks: MetaScore = {};
  if (truthy(gm.title)) checks.title = fold(gm.title) === fold(or(pm.title, ''));
  if (truthy(gm.published)) checks.published = headPy(String(or(pm.published, '')), 10) === gm.published;
  if (truthy(gm.authors)) {
    const g = new Set(asList(gm.authors).map(fold));
    const p = new Set(asList(or(pm.authors, [])).map(fold));
    checks.authors = g.size === p.size && [...g].every((x) => p.has(x));
  }
  if (truthy(gm.publisher)) {
    checks.publisher = fold(or(pm.publisher, '')).includes(fold(gm.publisher)) || fold(gm.publisher).includes(fold(or(pm.publisher, 'x')));
  }
  const body = String(or(pred.text, ''));
  for (const line of asList(get(gold, 'boilerplate', []))) {
    checks[`no boilerplate: ${headPy(String(line), 40)}`] = body.trim() !== '' && !fold(body).includes(fold(line));
  }
  return checks;
}

/** `(precision, recall, F1)` as the scorer computes them. */
export function prf(tp: number, nPred: number, nGold: number): [number, number, number] {
  const p = nPred ? tp / nPred : nGold === 0 ? 1.0 : 0.0;
  const r = nGold ? tp / nGold : 1.0;
  const f = p + r ? (2 * p * r) / (p + r) : 0.0;
  return [p, r, f];
}

/** The gold files of a folder, as (name, path), in name order. */
export function goldFiles(goldDir: string): [string, string][] {
  let names: string[];
  try {
    names = readdirSync(goldDir).sort(byCodePoint);
  } catch (e) {
    throw new EntenteError('E501', `the gold folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { input: goldDir, cause: e });
  }
  const out: [string, string][] = [];
  for (const n of names) {
    if (n.endsWith('.gold.json')) out.push([n.slice(0, -'.gold.json'.length), join(goldDir, n)]);
    else if (n.endsWith('.json') && !existsSync(join(goldDir, n.slice(0, -5) + '.gold.json'))) out.push([n.slice(0, -5), join(goldDir, n)]);
  }
  return out;
}

function load(path: string): Json {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new EntenteError('E500', `cannot be read as JSON (${(e as Error).message.split('\n')[0]})`, { input: path, cause: e });
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new EntenteError('E500', 'is not a JSON object', { input: path });
  return v as Json;
}

/** Scores every gold file of `goldDir` against `predDir`. */
export function scoreCorpus(goldDir: string, predDir: string): { summary: ScoreSummary; articles: Record<string, ArticleScore> } {
  const tot = { a: [0, 0, 0], org: [0, 0], qd: [0, 0, 0], qp: [0, 0, 0], qpred: [0, 0], e: [0, 0, 0], eq: [0, 0, 0], ed: [0, 0, 0], mn: [0, 0], meta: [0, 0] };
  const per: Record<string, ArticleScore> = {};
  for (const [name, gpath] of goldFiles(goldDir)) {
    const gold = load(gpath);
    if (!('meta' in gold)) gold.meta = {};
    const gm = gold.meta as Json;
    if ('published' in gold && !('published' in gm)) gm.published = gold.published;
    const ppath = join(predDir, `${name}.json`);
    const pred = existsSync(ppath) ? load(ppath) : {};
    const a = scoreActors(gold, pred);
    const q = scoreQuotes(gold, pred);
    const e = scoreEvents(gold, pred);
    const m = scoreMeta(gold, pred);
    per[name] = { actors: a, quotes: q, events: e, meta: m };
    (['tp', 'pred', 'gold'] as const).forEach((k, i) => {
      tot.a[i] += a[k];
      tot.e[i] += e[k];
      tot.eq[i] += e[`quad_${k}`];
      tot.ed[i] += e[`dyad_${k}`];
    });
    tot.org[0] += a.org_hits;
    tot.org[1] += a.org_gold;
    for (const [key, kind] of [['qd', 'direct'], ['qp', 'partial']] as const) {
      (['gold', 'found', 'attributed'] as const).forEach((k, i) => (tot[key][i] += q[kind][k]));
    }
    tot.qpred[0] += q.pred_matched;
    tot.qpred[1] += q.pred;
    tot.mn[0] += e.must_not_hit.length;
    tot.mn[1] += e.must_not;
    tot.meta[0] += Object.values(m).filter(Boolean).length;
    tot.meta[1] += Object.keys(m).length;
  }
  const ratio = (x: number, n: number) => (n ? x / n : 1.0);
  const [ap, ar, af] = prf(tot.a[0], tot.a[1], tot.a[2]);
  const [ep, er, ef] = prf(tot.e[0], tot.e[1], tot.e[2]);
  const summary: ScoreSummary = {
    articles: Object.keys(per).length,
    actors_f1: af, actors_p: ap, actors_r: ar,
    orgs_recall: ratio(tot.org[0], tot.org[1]),
    direct_quotes_found: ratio(tot.qd[1], tot.qd[0]),
    direct_quotes_attributed: ratio(tot.qd[2], tot.qd[0]),
    partial_quotes_found: ratio(tot.qp[1], tot.qp[0]),
    quotes_precision: ratio(tot.qpred[0], tot.qpred[1]),
    events_f1: ef, events_p: ep, events_r: er,
    events_quad_f1: prf(tot.eq[0], tot.eq[1], tot.eq[2])[2],
    events_dyad_f1: prf(tot.ed[0], tot.ed[1], tot.ed[2])[2],
    must_not_violations: tot.mn[0], must_not_total: tot.mn[1],
    meta_checks: `${tot.meta[0]}/${tot.meta[1]}`,
  };
  return { summary, articles: per };
}
