/**
 * Evaluation on the PLOVER gold-standard records (`PLOVER_GSR_CAMEO.txt`: a JSON array of
 * sentences from the CAMEO manual, each with one event, its type and its actors' country codes).
 * Old PLOVER labels are mapped to today's (DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT,
 * INVESTIGATE→ACCUSE), and a few legacy CAMEO country codes to ISO 3166 (JAP→JPN, ITL→ITA, VTN→VNM).
 *
 * Scores, over the records:
 * - event type: the gold type is among the asserted events Entente codes for the sentence
 *   (`typeAccuracy`); stricter, the most confident event has it (`topTypeAccuracy`);
 * - source and target country: the matched event's (the gold type's most confident event, else the
 *   most confident event) source/target country is one of the gold ones, over records whose gold
 *   participant has a country; a sentence with no event counts as wrong.
 */
import { readFileSync } from 'node:fs';
import type { AnalysisEvent, EventActorRef } from '../../core/analysis/contract.js';
import { EntenteError } from '../../core/errors/errors.js';
import { asserted, inSplit, type EventAnalyzer, type Split } from './analyzer.js';

/** The date every PLOVER gold-standard record carries in place of its own (the set's readme). */
const PLACEHOLDER_DATE = '2000-01-01';

/** PLOVER's old labels and what they are called now. */
export const PLOVER_LABELS: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };
/** Legacy CAMEO country codes still found in the records. */
const LEGACY: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
/** CAMEO codes of actors that are not states. */
const NOT_STATES = new Set(['IGO', 'IMG', 'NGO', 'MNC', 'ISM', 'UAF', 'REB']);

/** One gold record. */
export interface PloverRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  /** Today's PLOVER type. */
  readonly type: string;
  /** ISO3 countries of the gold source and target actors (empty when none is a state). */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

function countries(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const a of v) {
    const code = typeof a === 'object' && a !== null ? String((a as { code?: unknown }).code ?? '') : '';
    const c = LEGACY[code] ?? code;
    if (/^[A-Z]{3}$/.test(c) && !NOT_STATES.has(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Reads the records file (E501 when missing, E500 when malformed). */
export function readPloverRecords(path: string): PloverRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new EntenteError(missing ? 'E501' : 'E500', missing ? 'the PLOVER gold-standard file is missing' : `not a JSON array of records: ${(e as Error).message}`, { input: path });
  }
  if (!Array.isArray(raw)) throw new EntenteError('E500', 'expected a JSON array of records', { input: path });
  const out: PloverRecord[] = [];
  for (const r of raw as Record<string, unknown>[]) {
    if (typeof r?.text !== 'string' || !r.text.trim() || typeof r.event !== 'string' || r.event === 'DOCUMENT') continue;
    out.push({
      id: String(r.id),
      text: r.text,
      // The set's readme: "All date fields are set to 2000-01-01" — a placeholder, not the story's
      // date, so the records are coded undated (roles not bounded by a false date).
      date: typeof r.date === 'string' && r.date !== PLACEHOLDER_DATE ? r.date : null,
      type: PLOVER_LABELS[r.event] ?? r.event,
      sources: countries(r.source),
      targets: countries(r.target),
    });
  }
  return out;
}

/** What happened on one record. */
export interface PloverResult {
  readonly id: string;
  readonly gold: PloverRecord;
  /** The events coded (asserted only). */
  readonly predicted: readonly string[];
  readonly typeHit: boolean;
  readonly topTypeHit: boolean;
  /** null when the gold participant has no country. */
  readonly sourceHit: boolean | null;
  readonly targetHit: boolean | null;
}

/** Figures over a set of records. */
export interface PloverScore {
  readonly records: number;
  readonly typeAccuracy: number;
  readonly topTypeAccuracy: number;
  readonly sourceCountryAccuracy: number;
  readonly sourceScored: number;
  readonly targetCountryAccuracy: number;
  readonly targetScored: number;
  readonly results: readonly PloverResult[];
}

// PLOVER, like CAMEO, counts a non-state group with the state it is based in (SDNREB is Sudan's).
const countryOf = (r: EventActorRef | null): string | null => (r && r.type !== 'igo' ? (r.country ?? r.basedIn ?? null) : null);

/** Codes each record with `analyze` and scores it. */
export async function scorePlover(records: readonly PloverRecord[], analyze: EventAnalyzer, split: Split = 'all'): Promise<PloverScore> {
  const results: PloverResult[] = [];
  for (const gold of records) {
    if (!inSplit(gold.id, split)) continue;
    const out = await analyze({ id: gold.id, text: gold.text, date: gold.date });
    const events = [...asserted(out.events)].sort((a, b) => b.confidence - a.confidence);
    const sameType = events.filter((e) => e.type === gold.type);
    // Among the events of the gold type (else the most confident event), the one that gets most participants right.
    const pool: AnalysisEvent[] = sameType.length ? sameType : events.slice(0, 1);
    const ok = (golds: readonly string[], ref: EventActorRef | null): boolean => golds.includes(countryOf(ref) ?? '');
    const best = pool.reduce<AnalysisEvent | undefined>((acc, e) => {
      const score = (x: AnalysisEvent): number => Number(ok(gold.sources, x.source)) + Number(ok(gold.targets, x.target));
      return acc === undefined || score(e) > score(acc) ? e : acc;
    }, undefined);
    results.push({
      id: gold.id,
      gold,
      predicted: events.map((e) => `${countryOf(e.source) ?? e.source?.name ?? '-'}>${countryOf(e.target) ?? e.target?.name ?? '-'} ${e.type} ${e.cameo}`),
      typeHit: sameType.length > 0,
      topTypeHit: events[0]?.type === gold.type,
      sourceHit: gold.sources.length ? best !== undefined && ok(gold.sources, best.source) : null,
      targetHit: gold.targets.length ? best !== undefined && ok(gold.targets, best.target) : null,
    });
  }
  const rate = (xs: (boolean | null)[]): [number, number] => {
    const scored = xs.filter((x) => x !== null);
    return [scored.length ? scored.filter(Boolean).length / scored.length : 0, scored.length];
  };
  const [src, srcN] = rate(results.map((r) => r.sourceHit));
  const [tgt, tgtN] = rate(results.map((r) => r.targetHit));
  return {
    records: results.length,
    typeAccuracy: rate(results.map((r) => r.typeHit))[0],
    topTypeAccuracy: rate(results.map((r) => r.topTypeHit))[0],
    sourceCountryAccuracy: src,
    sourceScored: srcN,
    targetCountryAccuracy: tgt,
    targetScored: tgtN,
    results,
  };
}
