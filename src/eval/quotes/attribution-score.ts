/**
 * Scores predicted attributions (source, cue, content spans) against gold ones, exact and overlap,
 * in the manner of BBC citron's evaluation (`citron/metrics.py`), over one tokenisation of the text
 * that does not depend on Entente's own tokenizer:
 *
 * - **tokens**: runs of letters and digits, and every other non-space character on its own. A span
 *   covers a token when they share a character. **Words** are the letter/digit tokens.
 * - **pairing**: a predicted and a gold attribution correspond when their cues share a token.
 * - **exact** (per attribution): a predicted attribution is right for a role when it corresponds to a
 *   gold attribution whose spans for that role cover the same words (punctuation, quote marks and the
 *   splitting of a role into several spans are ignored); precision is over predicted attributions,
 *   recall over gold ones. For the source only attributions that have one count (PolNeAR marks
 *   about 7% as having no source in the text).
 * - **overlap** (per token, as citron): precision is the share of the tokens predicted in a role that
 *   gold gives the same role (in any attribution), recall the share of gold role tokens predicted so.
 *
 * Counts add up over articles (micro-averaging).
 */
import type { Span } from '../../core/span.js';

/** Spans of one attribution, gold or predicted. */
export interface AttributionSpans {
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** Counts behind precision and recall. */
export interface RoleCounts {
  /** Exact: predicted attributions that match, predicted total, gold attributions matched, gold total. */
  exact: { tpPred: number; pred: number; tpGold: number; gold: number };
  /** Overlap: tokens in both, predicted tokens, gold tokens. */
  overlap: { both: number; pred: number; gold: number };
}

/** Counts of all roles, plus the number of attributions. */
export interface AttributionCounts {
  articles: number;
  gold: number;
  pred: number;
  roles: Record<Role, RoleCounts>;
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** Empty counts, to add articles into. */
export function emptyCounts(): AttributionCounts {
  const role = (): RoleCounts => ({ exact: { tpPred: 0, pred: 0, tpGold: 0, gold: 0 }, overlap: { both: 0, pred: 0, gold: 0 } });
  return { articles: 0, gold: 0, pred: 0, roles: { source: role(), cue: role(), content: role() } };
}

/** Token boundaries of `text` (see the module comment). */
export function scoringTokens(text: string): { start: Uint32Array; end: Uint32Array; word: Uint8Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  const word: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    word.push(/[\p{L}\p{N}]/u.test(m[0][0]) ? 1 : 0);
  }
  return { start: Uint32Array.from(starts), end: Uint32Array.from(ends), word: Uint8Array.from(word) };
}

type Tokens = ReturnType<typeof scoringTokens>;

/** Indices of the tokens `spans` cover (a token is covered when it shares a character with a span). */
function covered(tokens: Tokens, spans: readonly Span[]): number[] {
  const out = new Set<number>();
  for (const s of spans) {
    // first token ending after s.start
    let lo = 0;
    let hi = tokens.end.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.end[mid] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.start.length && tokens.start[i] < s.end; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** The words of a role as a comparable key (all tokens when it has no word). */
function wordKey(tokens: Tokens, spans: readonly Span[]): string {
  const all = covered(tokens, spans);
  const words = all.filter((i) => tokens.word[i]);
  return (words.length ? words : all).join(',');
}

/** Adds one article's comparison to `counts`. */
export function scoreArticle(counts: AttributionCounts, text: string, gold: readonly AttributionSpans[], pred: readonly AttributionSpans[]): void {
  const tokens = scoringTokens(text);
  counts.articles++;
  counts.gold += gold.length;
  counts.pred += pred.length;
  const cueTokens = (a: AttributionSpans) => new Set(covered(tokens, a.cue));
  const gCues = gold.map(cueTokens);
  const pCues = pred.map(cueTokens);
  const corresponds = (pi: number, gi: number) => [...pCues[pi]].some((t) => gCues[gi].has(t));
  for (const role of ROLES) {
    const c = counts.roles[role];
    const gKeys = gold.map((a) => (a[role].length ? wordKey(tokens, a[role]) : null));
    const pKeys = pred.map((a) => (a[role].length ? wordKey(tokens, a[role]) : null));
    const counted = (k: string | null) => role !== 'source' || k !== null;
    const matchedGold = new Set<number>();
    pred.forEach((_, pi) => {
      if (!counted(pKeys[pi])) return;
      c.exact.pred++;
      let hit = false;
      gold.forEach((__, gi) => {
        if (gKeys[gi] === pKeys[pi] && corresponds(pi, gi)) {
          hit = true;
          matchedGold.add(gi);
        }
      });
      if (hit) c.exact.tpPred++;
    });
    gold.forEach((_, gi) => {
      if (!counted(gKeys[gi])) return;
      c.exact.gold++;
      if (matchedGold.has(gi)) c.exact.tpGold++;
    });
    const gSet = new Set(gold.flatMap((a) => covered(tokens, a[role])));
    const pSet = new Set(pred.flatMap((a) => covered(tokens, a[role])));
    let both = 0;
    for (const t of pSet) if (gSet.has(t)) both++;
    c.overlap.both += both;
    c.overlap.pred += pSet.size;
    c.overlap.gold += gSet.size;
  }
}

function prf(tpP: number, nP: number, tpG: number, nG: number): Prf {
  const p = nP ? tpP / nP : 0;
  const r = nG ? tpG / nG : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Precision, recall and F1 of each role, exact and overlap. */
export function attributionFigures(counts: AttributionCounts): Record<Role, { exact: Prf; overlap: Prf }> {
  const out = {} as Record<Role, { exact: Prf; overlap: Prf }>;
  for (const role of ROLES) {
    const { exact, overlap } = counts.roles[role];
    out[role] = {
      exact: prf(exact.tpPred, exact.pred, exact.tpGold, exact.gold),
      overlap: prf(overlap.both, overlap.pred, overlap.both, overlap.gold),
    };
  }
  return out;
}
