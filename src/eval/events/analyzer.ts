/**
 * What the event evaluation adapters run: a function from one test sentence (its text, its date,
 * and for development its gold parse) to the events and actors Entente finds. The adapters take it
 * as a parameter so they run with whatever pipeline the engine provides.
 */
import type { AnalysisActor, AnalysisEvent } from '../../core/analysis/contract.js';
import { emptyMeta, type Article } from '../../core/article/article.js';
import { OffsetMap } from '../../core/article/offset-map.js';
import type { Engine } from '../../engine/engine.js';

/** One sentence to code. */
export interface EvalInput {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD` or null. */
  readonly date: string | null;
  /** The record's own UD parse (CoNLL-U), when it has one: used only by the development analyzer. */
  readonly conllu?: string | null;
}

/** What an analyzer returns for a sentence. */
export interface EvalOutput {
  readonly events: readonly AnalysisEvent[];
  readonly actors?: readonly AnalysisActor[];
}

export type EventAnalyzer = (input: EvalInput) => EvalOutput | Promise<EvalOutput>;

/** An article holding one sentence as one paragraph, dated `date`. */
export function sentenceArticle(text: string, date: string | null, name: string): Article {
  return {
    text,
    meta: { ...emptyMeta(), published: date, language: 'en', source: name },
    blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
    offsets: OffsetMap.identity(text.length),
    sourceKind: 'text',
  };
}

/** The analyzer of an engine: raw text through the full pipeline. */
export function engineAnalyzer(engine: Engine): EventAnalyzer {
  return (input) => {
    const a = engine.analyzeArticle(sentenceArticle(input.text, input.date, input.id));
    return { events: a.events, actors: a.actors };
  };
}

/** Which half of a data set a record falls in: a stable hash of its id, so dev and test never mix. */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'test';
}

/** Data-set splits the adapters accept. */
export type Split = 'dev' | 'test' | 'all';

/** True when a record with `id` belongs to `split`. */
export function inSplit(id: string, split: Split): boolean {
  return split === 'all' || splitOf(id) === split;
}

/** Events that count: neither negated nor hypothetical (as the referee scorer counts them). */
export function asserted(events: readonly AnalysisEvent[]): AnalysisEvent[] {
  return events.filter((e) => !e.negated && !e.hypothetical);
}
