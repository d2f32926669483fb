/**
 * Transcripts: a paragraph that opens with a speaker's name in capitals and a colon ("WALLACE: Let's
 * start with the debate.", "JAKE TAPPER: Governor, …") is that speaker's turn. The colon is the cue,
 * the name the source, the rest of the paragraph the content. No reporting verb marks it, so neither
 * the rules nor the model find it. Capitals followed by a colon also open other paragraphs
 * ("UPDATE:", "WATCH:", "EXCLUSIVE:"), so the label counts as a speaker only when the article also
 * writes it as a name after another capitalised word ("Chris Wallace", "Gov. Pence"), or when two
 * labels each open several paragraphs (an interview whose host the article does not name).
 */
import type { Doc } from '../doc/doc.js';
import type { FoundAttribution } from './attribution.js';

/** Most words a speaker label holds ("KATE BOLDUAN", "SEN. TIM KAINE"). */
const MAX_LABEL = 4;
const QUOTE_MARK = /^["'“”‘’«»]$/;

/** True when `surname` (any case) stands in `text` after a capitalised word, not itself in capitals. */
function namedInText(text: string, surname: string): boolean {
  const lower = surname.toLowerCase();
  for (const m of text.matchAll(/(?<=\p{Lu}[\p{L}.’']*\s+)(\p{L}+)/gu)) {
    if (m[1].toLowerCase() === lower && m[1] !== m[1].toUpperCase()) return true;
  }
  return false;
}

/** The speaker turns of `doc`'s transcript paragraphs. */
export function findTranscriptAttributions(doc: Doc): FoundAttribution[] {
  const turns: { label: string; found: FoundAttribution }[] = [];
  const n = doc.length;
  let t = 0;
  for (const block of doc.blocks) {
    while (t < n && doc.tokens.start[t] < block.start) t++;
    let first = t;
    while (first < n && doc.tokens.start[first] < block.end && QUOTE_MARK.test(doc.tokenText(first))) first++;
    let colon = first;
    while (colon < n && colon - first < MAX_LABEL && /^\p{Lu}[\p{Lu}.’']*$/u.test(doc.tokenText(colon)) && /\p{Lu}{2}/u.test(doc.tokenText(colon))) colon++;
    if (colon === first || colon >= n || doc.tokenText(colon) !== ':') continue;
    let end = colon + 1;
    while (end < n && doc.tokens.start[end] < block.end) end++;
    if (end <= colon + 1) continue;
    const label = doc.tokenText(colon - 1).replace(/[.’']+$/, '');
    if (label.length < 2) continue;
    turns.push({ label, found: { cue: { from: colon, to: colon + 1 }, cueHead: colon, cls: 'speech', source: { from: first, to: colon }, sourceHead: colon - 1, content: [{ from: colon + 1, to: end }] } });
  }
  // an interview: two speakers who each take several turns, whether or not the article names them
  const count = new Map<string, number>();
  for (const x of turns) count.set(x.label, (count.get(x.label) ?? 0) + 1);
  const recurring = [...count.values()].filter((c) => c >= 2).length >= 2;
  return turns.filter((x) => (recurring && (count.get(x.label) as number) >= 2) || namedInText(doc.text, x.label)).map((x) => x.found);
}
