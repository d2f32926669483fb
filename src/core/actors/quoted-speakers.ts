/**
 * Who speaks a quotation, for pronouns inside it: in "''It's not a question of whether he can win
 * it,'' said Tim Pawlenty" or "Cruz spokesman Rick Tyler said, "and he has the record"" the speaker
 * says "I", so a "he" or "she" inside the quotation is someone else. The quotation is found from
 * the paragraph's quote marks; its speakers are the people named in the paragraph, outside any
 * quotation, next to a verb of saying.
 */
import type { Doc } from '../doc/doc.js';
import { TokenFlag } from '../doc/doc.js';

/** A person as coreference tracks them: entity key and token span. */
interface Spanned {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Verbs of saying that attribute a quotation to the name next to them. */
const SAYING = new Set(['said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'asked', 'asks', 'wrote', 'writes', 'continued', 'recalled', 'explained', 'noted', 'argued', 'insisted', 'declared', 'replied', 'responded', 'stated', 'remarked', 'tweeted']);

/** Quote marks that open and close alike (straight quotes, the doubled single quotes some papers print). */
const STRAIGHT = new Set(['"', "''", '``']);

/**
 * For each token of the paragraph holding token `t`, whether it stands inside a quotation:
 * returns the paragraph's first token and the flags from there.
 */
function quotedTokens(doc: Doc, t: number): { from: number; inside: boolean[] } {
  let from = t;
  while (from > 0 && !(doc.tokens.flags[from] & TokenFlag.BlockStart)) from--;
  let to = t + 1;
  while (to < doc.length && !(doc.tokens.flags[to] & TokenFlag.BlockStart)) to++;
  const inside: boolean[] = [];
  let open = -1;
  const toggle = (at: number) => {
    for (let k = open + 1; open >= 0 && k < at; k++) inside[k - from] = true;
    open = open >= 0 ? -1 : at;
  };
  for (let i = from; i < to; i++) {
    const w = doc.tokenText(i);
    inside.push(false);
    // A second opening mark before a closing one: the first was never closed (a typo), so nothing
    // since it is taken for quoted.
    if (w === '“' || w === '«') open = i;
    else if (w === '”' || w === '»') {
      if (open >= 0) toggle(i);
    } else if (STRAIGHT.has(w)) toggle(i);
    else if (w === "'" && i + 1 < to && doc.tokenText(i + 1) === "'" && doc.tokens.end[i] === doc.tokens.start[i + 1]) {
      // A doubled single quote split into two tokens.
      inside.push(false);
      toggle(i);
      i++;
    }
  }
  return { from, inside };
}

/**
 * The keys of the people who speak the quotation that token `t` stands in: named in its paragraph
 * outside quotations, right before or after a verb of saying ("said Tim Pawlenty", "Rick Tyler
 * said"). Empty when `t` is not quoted.
 */
export function quotationSpeakers(doc: Doc, t: number, persons: readonly Spanned[]): Set<string> {
  const { from, inside } = quotedTokens(doc, t);
  const speakers = new Set<string>();
  if (!inside[t - from]) return speakers;
  const to = from + inside.length;
  const word = (i: number) => (i >= from && i < to ? doc.tokenText(i).toLowerCase() : '');
  // The attribution stands next to the quotation: in the unquoted stretch right before or after it.
  let q0 = t - from;
  while (q0 > 0 && inside[q0 - 1]) q0--;
  let q1 = t - from;
  while (q1 < inside.length - 1 && inside[q1 + 1]) q1++;
  let g0 = q0 - 1;
  while (g0 > 0 && !inside[g0 - 1]) g0--;
  let g1 = q1 + 1;
  while (g1 < inside.length - 1 && !inside[g1 + 1]) g1++;
  for (const c of persons) {
    const at = c.start - from;
    if (c.start < from || c.end > to || inside[at] || at < g0 || at > g1) continue;
    // "Rick Tyler said", or inverted after a quotation ("…,'' said Tim Pawlenty"); not "He says Obama “knows …”".
    const inverted = SAYING.has(word(c.start - 1)) && /^(?:[,”»"'’]|'')$/.test(word(c.start - 2));
    if (inverted || SAYING.has(word(c.end))) speakers.add(c.key);
  }
  return speakers;
}
