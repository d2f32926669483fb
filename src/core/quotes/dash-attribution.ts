/**
 * Quotations signed with a dash: '“We will not give up.” ― Maria Lopez, a nurse'. The dash is the
 * cue, the name after it the source, the quotation the content. A convention of testimonials,
 * epigraphs and social-media round-ups that no reporting verb marks, so neither the rules nor the
 * model (which never saw it in training) would find it.
 */
import type { Doc } from '../doc/doc.js';
import type { FoundAttribution } from './attribution.js';
import type { QuotedTokens } from './syntax-spans.js';

const DASHES = new Set(['―', '—', '–', '--', '-']);
/** Most words a signature's name holds before its description. */
const MAX_NAME = 6;

/** The dash-signed quotations of `doc`. */
export function findDashAttributions(doc: Doc, quotes: readonly QuotedTokens[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const q of quotes) {
    if (!q.quote.closed || q.quote.single) continue;
    const dash = q.outer.to;
    if (dash >= doc.length || !DASHES.has(doc.tokenText(dash))) continue;
    // the signature: capitalised words up to a comma, a full stop, a paragraph end or the next quotation
    const first = dash + 1;
    if (first >= doc.length || !/^\p{Lu}/u.test(doc.tokenText(first)) || doc.pos(first) === 'PRON') continue;
    let end = first;
    while (end < doc.length && end - first < MAX_NAME) {
      const w = doc.tokenText(end);
      if (end > first && doc.tokens.start[end] > doc.tokens.end[end - 1] && /\n/.test(doc.text.slice(doc.tokens.end[end - 1], doc.tokens.start[end]))) break;
      if (!/^[\p{Lu}\p{Ll}.'’-]/u.test(w) || /^[.,;:!?]$/.test(w) || /^["“”«»]$/.test(w)) break;
      end++;
    }
    if (end === first || !doc.tokenText(first).match(/^\p{Lu}/u)) continue;
    // every word of a name is capitalised, or a particle ("de", "van", "bin")
    let ok = true;
    for (let t = first; t < end; t++) if (!/^(\p{Lu}|de$|van$|von$|bin$|al$|da$|del$|la$|le$)/u.test(doc.tokenText(t))) ok = false;
    if (!ok) continue;
    out.push({ cue: { from: dash, to: dash + 1 }, cueHead: dash, cls: 'speech', source: { from: first, to: end }, sourceHead: first, content: [...q.parts] });
  }
  return out;
}
