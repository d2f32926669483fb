/**
 * Hand-made articles and analyses for store and corpus tests. The texts are short invented news
 * sentences; spans are computed from the text so every offset is right by construction.
 */
import type { Analysis, AnalysisActor, AnalysisEvent, AnalysisQuote, EventActorRef, QuadClass } from '../../core/analysis/contract.js';
import { contentId } from '../../core/analysis/content-id.js';
import { emptyMeta, type Article, type ArticleMeta, type Block } from '../../core/article/article.js';
import { OffsetMap } from '../../core/article/offset-map.js';
import { lshKeys, minhash } from '../../corpus/minhash.js';
import type { PutOptions } from '../store.js';

/** An article from paragraphs of plain text. */
export function makeArticle(text: string, meta: Partial<ArticleMeta> = {}, sourceKind: Article['sourceKind'] = 'text'): Article {
  const blocks: Block[] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    blocks.push({ start: at, end: at + p.length, kind: 'paragraph' });
    at += p.length + 2;
  }
  return { text, meta: { ...emptyMeta(), language: 'en', ...meta }, blocks, offsets: OffsetMap.identity(text.length), sourceKind };
}

function spanOf(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** Sentence spans: split after . ! ? followed by a space or a paragraph break. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]+["”]?/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index! + lead, end: m.index! + m[0].length });
  }
  return out;
}

/** A known actor for the fixtures. */
export const ACTORS = {
  FRA: { id: 'state:FRA', name: 'France', type: 'state', country: 'FRA', cameo: 'FRA', aliases: ['French'] },
  DEU: { id: 'state:DEU', name: 'Germany', type: 'state', country: 'DEU', cameo: 'DEU', aliases: ['German'] },
  POL: { id: 'state:POL', name: 'Poland', type: 'state', country: 'POL', cameo: 'POL', aliases: ['Polish'] },
  NATO: { id: 'igo:nato', name: 'NATO', type: 'igo', country: null, cameo: 'IGOWSTNAT', aliases: ['the alliance'] },
  MARTIN: { id: 'person:claire-martin', name: 'Claire Martin', type: 'person', country: 'FRA', cameo: 'FRAGOV', aliases: ['Martin'] },
  WEBER: { id: 'person:jonas-weber', name: 'Jonas Weber', type: 'person', country: 'DEU', cameo: 'DEUGOV', aliases: ['Weber'] },
  ZMB: { id: 'state:ZMB', name: 'Zambia', type: 'state', country: 'ZMB', cameo: 'ZMB', aliases: ['Zambian'] },
  // A non-state group as contract 1.2.0 writes it: no country (it acts for none), based in Zambia.
  NLF: { id: 'org:northern-liberation-front', name: 'Northern Liberation Front', type: 'org', country: null, basedIn: 'ZMB', sector: 'REB', cameo: 'ZMBREB', aliases: ['the NLF'] },
} as const;

type FixtureActor = (typeof ACTORS)[keyof typeof ACTORS];

/** Where a fixture actor is based, for the non-state groups that say so. */
const basedInOf = (a: FixtureActor): { basedIn?: string } => ('basedIn' in a ? { basedIn: a.basedIn } : {});

/** An event read from `sentence` (a substring of the text) with `trigger` inside it. */
export interface EventSpec {
  sentence: string;
  trigger: string;
  source: FixtureActor | null;
  target: FixtureActor | null;
  type: string;
  cameo: string;
  quadClass: QuadClass;
  goldstein: number;
  date?: string | null;
  negated?: boolean;
  hypothetical?: boolean;
}

export interface QuoteSpec {
  text: string;
  speaker: FixtureActor | null;
  cue?: string;
}

function ref(a: FixtureActor | null, text: string): EventActorRef | null {
  if (!a) return null;
  const m = text.indexOf(a.name) >= 0 ? spanOf(text, a.name) : null;
  return { id: a.id, name: a.name, type: a.type, country: a.country, ...basedInOf(a), code: a.cameo, mention: m };
}

/** The analysis of `article` with the given actors, quotes and events. */
export function makeAnalysis(article: Article, spec: { actors?: FixtureActor[]; quotes?: QuoteSpec[]; events?: EventSpec[] } = {}): Analysis {
  const text = article.text;
  const sentences = sentencesOf(text);
  const actors: AnalysisActor[] = (spec.actors ?? []).map((a) => {
    const mentions = [];
    for (let at = text.indexOf(a.name); at >= 0; at = text.indexOf(a.name, at + 1)) mentions.push({ start: at, end: at + a.name.length, text: a.name, via: 'name' as const });
    const sector = 'sector' in a ? a.sector : null;
    return { id: a.id, name: a.name, type: a.type, country: a.country, ...basedInOf(a), role: null, sector, cameo: a.cameo, aliases: [...a.aliases], mentions };
  });
  const quotes: AnalysisQuote[] = (spec.quotes ?? []).map((q, i) => {
    const s = spanOf(text, q.text);
    return {
      id: `q${i + 1}`,
      text: q.text,
      kind: 'direct',
      start: s.start,
      end: s.end,
      speaker: q.speaker ? { id: q.speaker.id, name: q.speaker.name, type: q.speaker.type, country: q.speaker.country } : null,
      cue: q.cue ? spanOf(text, q.cue) : null,
      sentence: Math.max(0, sentences.findIndex((x) => x.start <= s.start && s.start < x.end)),
    };
  });
  const events: AnalysisEvent[] = (spec.events ?? []).map((e, i) => {
    const ev = spanOf(text, e.sentence);
    const sentence = Math.max(0, sentences.findIndex((x) => x.start <= ev.start && ev.start < x.end));
    return {
      id: `e${i + 1}`,
      type: e.type,
      mode: null,
      context: null,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quadClass: e.quadClass,
      source: ref(e.source, text),
      target: ref(e.target, text),
      date: e.date ?? null,
      place: null,
      negated: e.negated ?? false,
      hypothetical: e.hypothetical ?? false,
      trigger: spanOf(text, e.trigger, ev.start),
      evidence: { ...ev, sentence },
      confidence: 0.9,
    };
  });
  return {
    schemaVersion: '1.0.0',
    generator: { name: 'entente', version: 'test' },
    id: contentId(text),
    meta: article.meta,
    text,
    paragraphs: article.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    sentences,
    actors,
    places: [],
    dates: [],
    quotes,
    events,
  };
}

/** Put options with the MinHash signature and LSH keys the corpus layer computes. */
export function similarityOptions(article: Article, input?: string): PutOptions {
  const signature = minhash(article.text);
  return { input, signature, lshKeys: lshKeys(signature) };
}
