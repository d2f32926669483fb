/**
 * Evaluation on PETRARCH-2's real-actor validation set (`petr2_gsr_validation.jsonl`: 78 sentences
 * with gold (source, target, CAMEO code) triples, or none). Entente codes each sentence from its raw
 * text; the triples are compared at three levels:
 * - `root`: (source country, target country, CAMEO root) — the level the issue's targets use;
 * - `code`: (source country, target country, full CAMEO code);
 * - `exact`: (source CAMEO actor code, target CAMEO actor code, full CAMEO code), PETRARCH's own.
 * A participant's country is its ISO3, `IGO` for an intergovernmental organisation, `---` when
 * unknown (as PETRARCH writes it). Precision is over the predicted triples of every sentence,
 * recall over the gold triples.
 */
import { readFileSync } from 'node:fs';
import type { AnalysisEvent, EventActorRef } from '../../core/analysis/contract.js';
import { EntenteError } from '../../core/errors/errors.js';
import { asserted, inSplit, type EventAnalyzer, type Split } from './analyzer.js';

/** One validation sentence. */
export interface PetrarchRecord {
  readonly id: string;
  readonly category: string;
  readonly date: string | null;
  readonly text: string;
  readonly conllu: string | null;
  /** Gold triples `[source, target, code]` in PETRARCH's codes; empty for "no events". */
  readonly gold: readonly (readonly [string, string, string])[];
}

/** `20080804` or `080804` → `2008-08-04`. */
function isoDate(d: unknown): string | null {
  const s = String(d ?? '');
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? (/^(\d{2})(\d{2})(\d{2})$/.exec(s) as RegExpExecArray | null);
  if (!m) return null;
  const year = m[1].length === 2 ? `20${m[1]}` : m[1];
  return `${year}-${m[2]}-${m[3]}`;
}

/** Reads the JSON Lines file (E501 when missing, E500 naming the line when malformed). */
export function readPetrarchRecords(path: string): PetrarchRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new EntenteError('E501', 'the PETRARCH-2 validation file is missing', { input: path });
  }
  const out: PetrarchRecord[] = [];
  text.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new EntenteError('E500', `line ${n + 1} is not JSON: ${(e as Error).message}`, { input: path });
    }
    const gold = Array.isArray(r.gold) ? (r.gold as Record<string, unknown>[]) : [];
    out.push({
      id: String(r.id),
      category: String(r.category ?? ''),
      date: isoDate(r.date),
      text: typeof r.text === 'string' ? r.text : '',
      conllu: typeof r.parse_ud_conllu === 'string' ? r.parse_ud_conllu : null,
      gold: gold.filter((g) => g.eventcode).map((g) => [String(g.sourcecode ?? '---'), String(g.targetcode ?? '---'), String(g.eventcode)] as const),
    });
  });
  return out;
}

export type Level = 'root' | 'code' | 'exact';
const LEVELS: readonly Level[] = ['root', 'code', 'exact'];

/** The country part of a PETRARCH actor code: `USAGOV` → `USA`, `IGOUNO` → `IGO`, `---REB` → `---`. */
function goldCountry(code: string): string {
  return code.slice(0, 3) || '---';
}

/** The same for Entente's participant: its CAMEO code's first three letters (`IGO…`, `IMG…`), else its country. */
function refCountry(r: EventActorRef | null): string {
  if (!r) return '---';
  if (r.code && /^[A-Z]{3}/.test(r.code)) return r.code.slice(0, 3);
  if (r.type === 'igo') return 'IGO';
  return r.country ?? '---';
}

function goldKey(level: Level, [s, t, c]: readonly [string, string, string]): string {
  if (level === 'exact') return `${s}|${t}|${c}`;
  return `${goldCountry(s)}|${goldCountry(t)}|${level === 'root' ? c.slice(0, 2) : c}`;
}

function predKey(level: Level, e: AnalysisEvent): string {
  if (level === 'exact') return `${e.source?.code ?? '---'}|${e.target?.code ?? '---'}|${e.cameo}`;
  return `${refCountry(e.source)}|${refCountry(e.target)}|${level === 'root' ? e.cameo.slice(0, 2) : e.cameo}`;
}

/** One sentence's outcome. */
export interface PetrarchResult {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly string[];
  readonly predicted: readonly string[];
  /** At the root level: gold triples missed and predicted triples not in the gold. */
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
}

export interface LevelScore {
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface PetrarchScore {
  readonly sentences: number;
  readonly levels: Readonly<Record<Level, LevelScore>>;
  readonly results: readonly PetrarchResult[];
}

/** Codes each sentence with `analyze` and scores the triples. */
export async function scorePetrarch(records: readonly PetrarchRecord[], analyze: EventAnalyzer, split: Split = 'all'): Promise<PetrarchScore> {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, predicted: 0, gold: 0 }])) as Record<Level, { tp: number; predicted: number; gold: number }>;
  const results: PetrarchResult[] = [];
  for (const r of records) {
    if (!inSplit(r.id, split)) continue;
    const events = r.text.trim() ? asserted((await analyze({ id: r.id, text: r.text, date: r.date, conllu: r.conllu })).events) : [];
    for (const level of LEVELS) {
      const gold = new Set(r.gold.map((g) => goldKey(level, g)));
      const pred = new Set(events.map((e) => predKey(level, e)));
      counts[level].gold += gold.size;
      counts[level].predicted += pred.size;
      for (const p of pred) if (gold.has(p)) counts[level].tp++;
    }
    const gold = [...new Set(r.gold.map((g) => goldKey('root', g)))];
    const pred = [...new Set(events.map((e) => predKey('root', e)))];
    results.push({
      id: r.id,
      text: r.text,
      gold: r.gold.map((g) => g.join(' ')),
      predicted: events.map((e) => `${e.source?.code ?? '---'} ${e.target?.code ?? '---'} ${e.cameo}`),
      missed: gold.filter((g) => !pred.includes(g)),
      spurious: pred.filter((p) => !gold.includes(p)),
    });
  }
  const levels = Object.fromEntries(
    LEVELS.map((l) => {
      const { tp, predicted, gold } = counts[l];
      const precision = predicted ? tp / predicted : gold ? 0 : 1;
      const recall = gold ? tp / gold : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [l, { tp, predicted, gold, precision, recall, f1 }];
    }),
  ) as Record<Level, LevelScore>;
  return { sentences: results.length, levels, results };
}
