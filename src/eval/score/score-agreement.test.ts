/**
 * Agreement with the referee: for several prediction folders derived from the shared gold files
 * (perfect copies, and copies with deliberate faults: dropped and invented actors, surname-only
 * names, swapped and negated events, organisations named by an alias, wrong metadata, boilerplate
 * in the text, missing files), `score.py --json --per-article` and this port must print the same
 * figures, field by field, and the same text report. Skipped, saying so, without python3 or ../shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { formatScoreJson, formatScoreText } from './format-score.js';
import { scoreCorpus } from './score-corpus.js';
import type { Json } from './types.js';

const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('[skip] python3 is not available: the agreement with score.py is not checked');
const ready = python && hasShared('tools', 'score.py') && hasShared('corpus', 'dev');

/** A small deterministic generator (mulberry32) so that every run builds the same folders. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Variant = 'perfect' | 'faulty' | 'harsh';

/** A prediction derived from a gold file, with faults drawn from `rnd` for the faulty variants. */
function predictionFrom(gold: Json, variant: Variant, rnd: () => number): Json | null {
  const p = (x: number) => variant !== 'perfect' && rnd() < (variant === 'harsh' ? Math.min(1, x * 2) : x);
  if (p(0.1)) return null;
  const actors = (gold.actors as Json[]).flatMap((a): Json[] => {
    if (p(0.25)) return [];
    const aliases = (a.aliases as string[] | undefined) ?? [];
    let name = a.name as string;
    if (a.type === 'person' && p(0.3)) name = name.split(' ').pop() ?? name;
    else if (a.type !== 'person' && a.type !== 'state' && aliases.length && p(0.5)) name = aliases[0];
    return [{ id: `x:${String(a.name)}`, name, type: p(0.05) ? 'org' : a.type, country: p(0.05) ? 'zzz' : a.country, aliases: p(0.3) ? [] : aliases }];
  });
  if (p(0.4)) actors.push({ name: 'Invented Person', type: 'person', country: 'FRA', aliases: [] }, { name: 'Ruritania', type: 'state', country: 'RUR', aliases: [] });
  const ref = (code: unknown): Json | null => {
    if (code === null || code === undefined) return null;
    const c = String(code);
    if (/^[A-Z]{3}$/.test(c)) return p(0.2) ? { name: `People of ${c}`, type: 'group', country: c } : { name: c, type: 'state', country: c };
    const org = (gold.actors as Json[]).find((a) => a.name === c);
    const alias = ((org?.aliases as string[] | undefined) ?? [])[0];
    if (alias && p(0.5)) return { name: alias, type: org?.type ?? 'org', country: null };
    if (p(0.2)) return { id: `x:${c}`, name: 'someone', type: 'org', country: null };
    return { name: c, type: org?.type ?? 'org', country: null };
  };
  const events = [...(gold.events as Json[]), ...((gold.optionalEvents as Json[] | undefined) ?? []), ...((gold.mustNot as Json[] | undefined) ?? [])].flatMap((e): Json[] => {
    if (p(0.2)) return [];
    let [s, t] = [ref(e.source), ref(e.target)];
    if (p(0.2)) [s, t] = [t, s];
    const type = p(0.1) ? 'ASSAULT' : p(0.1) ? String(e.type).toLowerCase() : e.type;
    return [{ type, source: s, target: t, negated: p(0.15), hypothetical: p(0.1) }];
  });
  const quotes = (gold.quotes as Json[]).flatMap((q): Json[] => {
    if (p(0.2)) return [];
    const words = String(q.text).split(' ');
    const text = p(0.2) ? words.slice(0, 3).join(' ') : p(0.1) ? `Something else entirely ${q.text}` : String(q.text);
    const speaker = p(0.2) ? null : { name: p(0.3) ? String(q.speaker).split(' ').pop() : q.speaker };
    return [{ text, kind: p(0.15) ? 'indirect' : p(0.1) ? null : q.kind, speaker }];
  });
  if (p(0.5)) quotes.push({ text: 'We will study the proposal carefully before we answer it', kind: 'direct', speaker: { name: 'Invented Person' } });
  const gm = (gold.meta ?? {}) as Json;
  const meta = {
    title: p(0.3) ? `${String(gm.title ?? '')} updated` : gm.title ?? null,
    authors: p(0.3) ? [] : gm.authors ?? [],
    published: p(0.3) ? '2001-01-01T00:00:00Z' : gm.published ?? null,
    publisher: p(0.3) ? null : gm.publisher ?? null,
  };
  const boiler = (gold.boilerplate as string[] | undefined) ?? [];
  const text = [...(gold.quotes as Json[]).map((q) => String(q.text)), ...(p(0.5) ? boiler.slice(0, 1) : [])].join('\n\n');
  return { meta, text, actors, quotes, events };
}

function writePredictions(goldDir: string, out: string, variant: Variant, seed: number): void {
  mkdirSync(out, { recursive: true });
  const rnd = random(seed);
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const pred = predictionFrom(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Json, variant, rnd);
    if (pred) writeFileSync(join(out, f.replace(/\.gold\.json$/, '.json')), JSON.stringify(pred));
  }
}

function python3(args: string[]): string {
  const r = spawnSync('python3', [sharedPath('tools', 'score.py'), ...args], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  if (r.status !== 0) throw new Error(`score.py failed: ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!ready)('agreement with score.py', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'entente-agree-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const cases: [string, string, Variant | 'empty', number][] = [
    ['dev, perfect copies', sharedPath('corpus', 'dev'), 'perfect', 1],
    ['dev, faulty copies (seed 7)', sharedPath('corpus', 'dev'), 'faulty', 7],
    ['dev, faulty copies (seed 42)', sharedPath('corpus', 'dev'), 'faulty', 42],
    ['dev, harsh faults (seed 3)', sharedPath('corpus', 'dev'), 'harsh', 3],
    ['seed article, faulty copy', sharedPath('corpus'), 'faulty', 11],
    ['dev, no predictions at all', sharedPath('corpus', 'dev'), 'empty', 0],
  ];

  it.each(cases)('%s: same figures and same report', (label, goldDir, variant, seed) => {
    const pred = join(tmp, label.replace(/\W+/g, '-'));
    if (variant === 'empty') mkdirSync(pred, { recursive: true });
    else writePredictions(goldDir, pred, variant, seed);
    const ours = scoreCorpus(goldDir, pred);
    // The faulty folders must exercise the matching rules: partial, not all-or-nothing, figures.
    if ((variant === 'faulty' || variant === 'harsh') && ours.summary.articles > 1) {
      for (const k of ['actors_f1', 'events_f1', 'events_quad_f1', 'quotes_precision'] as const) {
        expect(ours.summary[k], k).toBeGreaterThan(0);
        expect(ours.summary[k], k).toBeLessThan(1);
      }
    }
    const theirs = JSON.parse(python3([goldDir, pred, '--json', '--per-article'])) as Json;
    expect(JSON.parse(formatScoreJson(ours.summary, ours.articles, true))).toEqual(theirs);
    expect(formatScoreJson(ours.summary, ours.articles, true)).toBe(python3([goldDir, pred, '--json', '--per-article']));
    expect(formatScoreText(ours.summary, ours.articles, true)).toBe(python3([goldDir, pred, '--per-article']));
    expect(formatScoreText(ours.summary, ours.articles, false)).toBe(python3([goldDir, pred]));
  });
});
