/**
 * How a quoted stretch relates to the attributions around it: which attribution it belongs to, whether
 * it is a direct quotation (a clause of its own, introduced or followed by the attribution) or a
 * partial one (words quoted inside the writer's sentence), and, for a partial quotation with no
 * attribution of its own, the reporting verb that governs it ('praised his "balanced" position').
 */
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import type { FoundAttribution, TokenSpan } from './attribution.js';
import type { CueLexicon } from './cue-lexicon.js';
import type { QuotedTokens } from './syntax-spans.js';

const OPENING_CONTEXT = new Set([':', ',', '—', '–', '-', '(', '"', '“', '«', "'", '‘', ';']);
const CLOSING_CONTEXT = new Set(['.', ',', '!', '?', ':', ';', '—', '–', '-', ')', '"', '”', '»', "'", '’', '…']);

/** Tokens `a` and `b` share. */
export function overlapCount(a: readonly TokenSpan[], b: readonly TokenSpan[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.to, y.to) - Math.max(x.from, y.from));
  return n;
}

/** Tokens other than punctuation that `a` and `b` share. */
function sharedWords(doc: Doc, a: readonly TokenSpan[], b: readonly TokenSpan[]): number {
  let n = 0;
  for (const x of a) for (const y of b) for (let t = Math.max(x.from, y.from); t < Math.min(x.to, y.to); t++) if (doc.pos(t) !== 'PUNCT') n++;
  return n;
}

/**
 * True when `q` stands as a clause of its own: nothing of the writer's sentence runs into it — it
 * opens the sentence or follows a colon, comma or dash, and it closes the sentence or is followed by
 * punctuation (the attribution then follows: '"…," she said').
 */
export function isDirect(doc: Doc, q: QuotedTokens): boolean {
  if (!q.quote.closed) return true;
  const first = q.outer.from;
  const s = doc.sentenceOf(first);
  const before = first - 1;
  const opens = first === doc.sentences.tokStart[s] || before < 0 || OPENING_CONTEXT.has(doc.tokenText(before));
  const after = q.outer.to;
  const lastIn = q.parts[q.parts.length - 1].to - 1;
  const closes =
    after >= doc.length ||
    doc.sentenceOf(after) !== doc.sentenceOf(q.outer.to - 1) ||
    CLOSING_CONTEXT.has(doc.tokenText(after)) ||
    CLOSING_CONTEXT.has(doc.tokenText(lastIn)); // '"We are ready," she said': the comma is inside the marks
  return opens && closes;
}

/** Sentences `q` touches, first and last. */
function sentenceRange(doc: Doc, q: QuotedTokens): [number, number] {
  // by the words, not the marks: a closing mark after the full stop may open the next sentence
  const first = q.parts[0].from;
  const last = q.parts[q.parts.length - 1].to - 1;
  return [doc.sentenceOf(first), doc.sentenceOf(Math.max(first, last))];
}

/**
 * The attribution `q` belongs to: the one whose content shares most tokens with it (see the tie
 * rules below); else one whose
 * cue stands in the sentences `q` touches, outside it (the nearest); else one ending with a colon in
 * the sentence just before ("The spokesperson stated:"). Null when none.
 */
export function attributionOf(doc: Doc, q: QuotedTokens, attributions: readonly FoundAttribution[]): FoundAttribution | null {
  // Most shared words wins (punctuation aside: one attribution's content may take in the comma after
  // '"We are ready,"' and another's not); on a tie, a reporting verb with a source over a phrase
  // such as "according to" (the readout is the medium of '"…," Xi said, according to a readout'),
  // then the cue nearest the quotation.
  let best: FoundAttribution | null = null;
  let bestScore = 0;
  for (const a of attributions) {
    const n = sharedWords(doc, a.content, q.parts);
    if (!n) continue;
    const dist = Math.min(Math.abs(a.cueHead - q.outer.from), Math.abs(a.cueHead - q.outer.to));
    const score = n * 1000 + (doc.pos(a.cueHead) === 'VERB' && a.source ? 500 : 0) - Math.min(dist, 499);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  if (best) return best;
  const [s0, s1] = sentenceRange(doc, q);
  const inSentences = attributions.filter((a) => {
    const s = doc.sentenceOf(a.cueHead);
    return s >= s0 && s <= s1 && !(q.outer.from <= a.cueHead && a.cueHead < q.outer.to);
  });
  if (inSentences.length) {
    const dist = (a: FoundAttribution) => Math.min(Math.abs(a.cueHead - q.outer.from), Math.abs(a.cueHead - q.outer.to));
    return inSentences.reduce((x, y) => (dist(y) < dist(x) ? y : x));
  }
  if (s0 > 0) {
    const prevEnd = doc.sentences.tokEnd[s0 - 1] - 1;
    if (doc.tokenText(prevEnd) === ':') {
      const prev = attributions.filter((a) => doc.sentenceOf(a.cueHead) === s0 - 1);
      if (prev.length) return prev[prev.length - 1];
    }
  }
  return null;
}

/** The token of `q`'s content whose head lies outside it (its syntactic head), or -1. */
export function quoteHead(doc: Doc, q: QuotedTokens): number {
  for (const p of q.parts) {
    for (let t = p.from; t < p.to; t++) {
      const h = doc.head(t);
      if (h < 0 || !q.parts.some((r) => r.from <= h && h < r.to)) {
        if (doc.pos(t) !== 'PUNCT') return t;
      }
    }
  }
  return -1;
}

/**
 * For a partial quotation with no attribution: the nearest ancestor of its head that is the cue of an
 * attribution, or a speech or thought verb of the lexicon ("praised", "called", "deemed"). Returns the attribution when
 * there is one, else the verb's token; null when nothing governs the quote (a scare quote).
 */
export function governingCue(
  doc: Doc,
  walker: DepWalker,
  lexicon: CueLexicon,
  q: QuotedTokens,
  attributions: readonly FoundAttribution[],
): FoundAttribution | number | null {
  let t = quoteHead(doc, q);
  const sentence = t >= 0 ? doc.sentenceOf(t) : -1;
  for (let d = 0; t >= 0 && d < 32; d++) {
    const a = attributions.find((x) => x.cueHead === t);
    if (a) return a;
    const cls = doc.pos(t) === 'VERB' ? lexicon.verbs.get(doc.lemma(t)) : undefined;
    // called it "provocative"; deemed a "unipolar" order; was called for "immediate release" by the bloc
    if ((cls === 'speech' || cls === 'thought') && (walker.isPassive(doc, t) ? walker.agents(doc, t) : walker.subjects(doc, t)).length) return t;
    t = doc.head(t);
  }
  // no cue above the quote: one in the same sentence whose content holds it
  const holding = attributions.find((a) => doc.sentenceOf(a.cueHead) === sentence && a.content.some((c) => c.from <= q.parts[0].from && q.parts[0].from < c.to));
  return holding ?? null;
}
