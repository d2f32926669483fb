/**
 * The medium or source of a statement: "on Twitter", "in a statement", "in an interview with RFE/RL",
 * "told Reuters", "according to a Kremlin readout", "state television reported". Read from the cue's
 * obliques and objects, or from the source itself when it names a medium rather than a speaker.
 */
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import type { TokenSpan } from './attribution.js';
import type { CueLexicon } from './cue-lexicon.js';
import { subtreeTokens } from './syntax-spans.js';

const MEDIUM_PREPS = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'to', 'according']);

/** The words of tokens `[from, to)`, lower case, single-spaced. */
function words(doc: Doc, from: number, to: number): string {
  const out: string[] = [];
  for (let t = from; t < to; t++) out.push(doc.tokenText(t).toLowerCase());
  return out.join(' ');
}

/** True when the noun phrase headed by `head` (tokens `span`) names a medium or an outlet. */
export function namesMedium(doc: Doc, lexicon: CueLexicon, head: number, span: TokenSpan): boolean {
  if (lexicon.mediaNouns.has(doc.lemma(head)) || lexicon.outlets.has(doc.tokenText(head).toLowerCase())) return true;
  // multi-word media and outlets ("press conference", "state television", "Associated Press")
  for (let a = span.from; a <= head; a++) {
    for (let b = head + 1; b <= Math.min(span.to, head + 4); b++) {
      const w = words(doc, a, b);
      if (lexicon.mediaNouns.has(w) || lexicon.outlets.has(w) || lexicon.outlets.has(w.replace(/^the /, ''))) return true;
    }
  }
  return false;
}

/**
 * The medium of the attribution cued by `cueHead` whose source is `source` (head `sourceHead`), as
 * tokens, or null. A source that is itself a medium ("state television reported") is returned whole.
 */
export function findMedium(doc: Doc, walker: DepWalker, lexicon: CueLexicon, cueHead: number, source: TokenSpan | null, sourceHead: number): TokenSpan | null {
  if (source && sourceHead >= 0 && namesMedium(doc, lexicon, sourceHead, source)) return source;
  if (doc.pos(cueHead) !== 'VERB') return null;
  for (const m of walker.obliques(doc, cueHead)) {
    if (!m.prep || !MEDIUM_PREPS.has(m.prep.split(' ')[0])) continue;
    const span = subtreeTokens(doc, walker, m.token);
    if (!namesMedium(doc, lexicon, m.token, span)) continue;
    // drop the preposition: "on Twitter" → "Twitter"
    let from = span.from;
    while (from < m.token && ['ADP', 'PUNCT'].includes(doc.pos(from))) from++;
    return { from, to: span.to };
  }
  for (const o of walker.objects(doc, cueHead)) {
    const span = subtreeTokens(doc, walker, o);
    if (lexicon.outlets.has(words(doc, span.from, span.to)) || lexicon.outlets.has(doc.tokenText(o).toLowerCase())) return span;
  }
  return null;
}
