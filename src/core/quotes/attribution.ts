/**
 * An attribution found in a parsed Doc: the cue (said, told, according to), the source (who said it)
 * and the content (what was said), as token ranges. Attribution finders (rules over the parse, or
 * the trained model) produce these; the quote builder turns them, together with the quoted spans of
 * the text, into the analysis's quotations.
 */
import type { Doc } from '../doc/doc.js';
import type { CueClass } from './cue-lexicon.js';

/** Tokens `[from, to)`. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

/** One attribution relation. */
export interface FoundAttribution {
  /** The cue's tokens (usually one word or phrase: "said", "according to", "said in a statement"). */
  readonly cue: TokenSpan;
  /** The cue's main word (the reporting verb, or "according"). */
  readonly cueHead: number;
  readonly cls: CueClass;
  /** Who: the source's tokens ("the Chinese leader", "he"), or null when the text gives none. */
  readonly source: TokenSpan | null;
  /** The source's head token, or -1. */
  readonly sourceHead: number;
  /** What: the content's tokens, in text order (several runs when split by the cue or source). */
  readonly content: readonly TokenSpan[];
}

/** Token runs `[from, to)` of a set of token indices, in order. */
export function runsOf(tokens: Iterable<number>): TokenSpan[] {
  const sorted = [...new Set(tokens)].sort((a, b) => a - b);
  const out: TokenSpan[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && last.to === t) out[out.length - 1] = { from: last.from, to: t + 1 };
    else out.push({ from: t, to: t + 1 });
  }
  return out;
}

/** Drops punctuation at both ends of each run (quote marks included), and runs left empty. */
export function trimPunct(doc: Doc, runs: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const r of runs) {
    let { from, to } = r;
    while (from < to && doc.pos(from) === 'PUNCT') from++;
    while (to > from && doc.pos(to - 1) === 'PUNCT') to--;
    if (to > from) out.push({ from, to });
  }
  return out;
}

/** True when token `t` lies in one of `runs`. */
export function inRuns(runs: readonly TokenSpan[], t: number): boolean {
  return runs.some((r) => r.from <= t && t < r.to);
}
