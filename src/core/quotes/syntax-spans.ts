/**
 * Token sets over the parse that attribution finders need: a token's subtree, a subtree with parts
 * cut out, the run of a set that holds a given token, and the quoted spans as token runs.
 */
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import { subtreeRange } from '../doc/span-view.js';
import { runsOf, type TokenSpan } from './attribution.js';
import type { QuotedSpan } from './find-quoted-spans.js';

/** The tokens of `t`'s subtree, as a range. */
export function subtreeTokens(doc: Doc, walker: DepWalker, t: number): TokenSpan {
  const r = subtreeRange(doc, walker, t);
  return { from: r.tokStart, to: r.tokEnd };
}

/** The tokens of `spans`, minus those in `cut`. */
export function tokensMinus(spans: readonly TokenSpan[], cut: readonly TokenSpan[]): number[] {
  const out: number[] = [];
  for (const s of spans) {
    for (let t = s.from; t < s.to; t++) if (!cut.some((c) => c.from <= t && t < c.to)) out.push(t);
  }
  return out;
}

/** The run of `tokens` that holds `t` (or the run nearest to it), or null for an empty set. */
export function runHolding(tokens: readonly number[], t: number): TokenSpan | null {
  const runs = runsOf(tokens);
  if (!runs.length) return null;
  return runs.find((r) => r.from <= t && t < r.to) ?? runs.reduce((a, b) => (Math.abs(a.from - t) <= Math.abs(b.from - t) ? a : b));
}

/** A quoted span as tokens: the content parts (without the marks) and the whole stretch with them. */
export interface QuotedTokens {
  readonly quote: QuotedSpan;
  /** Content tokens of each part, without the marks. */
  readonly parts: readonly TokenSpan[];
  /** From the opening mark to the closing one. */
  readonly outer: TokenSpan;
}

/** The quoted spans of `quotes` mapped onto `doc`'s tokens (spans holding no token are dropped). */
export function quotedTokens(doc: Doc, quotes: readonly QuotedSpan[]): QuotedTokens[] {
  const out: QuotedTokens[] = [];
  const ends = doc.tokens.end;
  for (const q of quotes) {
    const parts: TokenSpan[] = [];
    for (const p of q.parts) {
      const from = doc.tokenAt(p.start);
      let to = from;
      while (to < doc.length && ends[to] <= p.end) to++;
      if (to > from) parts.push({ from, to });
    }
    if (!parts.length) continue;
    const from = doc.tokenAt(q.open);
    let to = from;
    while (to < doc.length && doc.tokens.start[to] < q.close) to++;
    out.push({ quote: q, parts, outer: { from, to: Math.max(to, from + 1) } });
  }
  return out;
}
