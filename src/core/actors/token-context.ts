/**
 * Small questions about the words around a mention that the composition and coreference steps
 * ask: is it after a locative preposition, before a possessive, next to a speech verb.
 */
import type { Doc } from '../doc/doc.js';

/** Prepositions that make a following capital a place ("in Beijing"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'throughout', 'within', 'inside', 'beyond', 'along', 'via']);
/** Prepositions that do so only after a word of motion ("flew to Moscow", but "a lifeline to Moscow"). */
const DIRECTIONAL = new Set(['to', 'from', 'into', 'toward', 'towards', 'through']);
const MOTION = /^(travel|travell?ed|travels|trip|trips|visit|visits|visited|visiting|flew|fly|flies|flying|went|go|goes|going|arrive|arrived|arrives|arriving|return|returned|returns|returning|came|come|comes|move|moved|sent|send|deployed|deploy|headed|heading|back|journey|flight|flights|route|road|way|fled|flee|travelling|traveling|moved|relocated|evacuated|expelled|deported|extradited)$/;
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues', 'warned', 'warns', 'explained', 'stated', 'states', 'insisted', 'claimed', 'asked', 'replied', 'tweeted', 'posted', 'declared', 'announced', 'observed', 'commented', 'remarked', 'continued', 'concluded', 'acknowledged', 'admitted', 'suggested', 'predicted', 'cautioned']);

/** Lower-cased text of token `t`, or '' outside the sentence `[from, to)`. */
export function wordAt(doc: Doc, t: number, from = 0, to = doc.length): string {
  return t >= from && t < to ? doc.tokenText(t).toLowerCase() : '';
}

/** True when the mention starting at `t` follows a locative preposition ("in Beijing", "to the Kremlin"). */
export function afterLocative(doc: Doc, t: number, from: number): boolean {
  let p = t - 1;
  if (wordAt(doc, p, from) === 'the') p--;
  const w = wordAt(doc, p, from);
  if (LOCATIVE.has(w)) return true;
  // "in the south of Jaffna", "on the edge of the Jaffna peninsula": an "of" inside a place phrase.
  if (w === 'of') return inPlacePhrase(doc, p, from, OF_CHAIN);
  if (!DIRECTIONAL.has(w)) return false;
  for (let k = p - 1; k >= Math.max(from, p - 4); k--) if (MOTION.test(wordAt(doc, k, from))) return true;
  return false;
}

/** How many "of" phrases a place may sit below its locative preposition. */
const OF_CHAIN = 3;
/** Words between a preposition and the "of" after its noun: "the battle zones", "the southern sector". */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);
/** Nouns of a location's parts, after which "of" leads to a place whatever the preposition ("on the outskirts of"). */
const PLACE_PARTS = new Set(['outskirts', 'edge', 'suburbs', 'suburb', 'centre', 'center', 'heart', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'town', 'city', 'village', 'province', 'district', 'region', 'port']);

/**
 * True when the "of" at `of` ends a noun phrase that is itself after a locative preposition, or
 * after another such "of" (up to `depth` of them), or that a location's part heads ("the outskirts of").
 */
function inPlacePhrase(doc: Doc, of: number, from: number, depth: number): boolean {
  const hasPos = doc.has('pos');
  if (PLACE_PARTS.has(wordAt(doc, of - 1, from))) return true;
  for (let k = of - 1; k >= Math.max(from, of - 5); k--) {
    const w = wordAt(doc, k, from);
    if (LOCATIVE.has(w)) return k < of - 1;
    if (w === 'of') return depth > 1 && k < of - 1 && inPlacePhrase(doc, k, from, depth - 1);
    if (hasPos ? !NOUN_PHRASE_POS.has(doc.pos(k)) : !/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/**
 * Whether a token of the span `[from, to)` is a subject (`nsubj…`) of a word outside it — of the
 * sentence's root when `mainVerb` is set ("Russia struck…", not "…said Russia had struck").
 */
export function spanIsSubject(doc: Doc, from: number, to: number, mainVerb: boolean): boolean {
  for (let t = from; t < to; t++) {
    const h = doc.head(t);
    if (/^nsubj/.test(doc.deprel(t)) && h >= 0 && (h < from || h >= to) && (!mainVerb || doc.deprel(h) === 'root')) return true;
  }
  return false;
}

/** True when token `t` is a possessive marker ('s, ’s, or a bare apostrophe after -s). */
export function isPossessive(doc: Doc, t: number): boolean {
  if (t >= doc.length) return false;
  const w = doc.tokenText(t);
  return w === "'s" || w === '’s' || w === "'" || w === '’';
}

/** True when a speech verb sits right before or after the span ("said Pantucci", "Pantucci said", "…, Pantucci told"). */
export function nextToSpeechVerb(doc: Doc, tokStart: number, tokEnd: number, from: number, to: number): boolean {
  const before = wordAt(doc, tokStart - 1, from, to);
  const after = wordAt(doc, tokEnd, from, to);
  if (SPEECH.has(before) || SPEECH.has(after)) return true;
  // "…," said X / X, … said
  if (after === ',' && SPEECH.has(wordAt(doc, tokEnd + 1, from, to))) return true;
  // "according to X"
  return before === 'to' && wordAt(doc, tokStart - 2, from, to) === 'according';
}

/** True when `w` (lower case) is a determiner or possessive that opens a description ("the", "his"). */
export function isDescriptionOpener(w: string): boolean {
  return /^(the|this|that|these|those|his|her|its|their|our|both|a|an)$/.test(w);
}

/** A lower-case word that can modify a noun: an adjective or noun by its tag, or — untagged — not a verb form. */
export function isModifierWord(doc: Doc, t: number): boolean {
  const w = doc.tokenText(t);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
  if (doc.has('pos')) {
    const p = doc.pos(t);
    return p === 'ADJ' || p === 'NOUN' || p === 'PROPN';
  }
  return !/(ed|ing)$/.test(w) && !/^(said|says|told|tells|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|to|and|or|but|of|in|on|at|by|for|with|from|as|that|which|who)$/.test(w);
}

/**
 * Whether the tagger reads token `t`, right after a state's name or capital, as the verb of that
 * state: "as Ankara presses Baghdad" (not the press), "Moscow forces a vote" (not troops). A
 * demonym never stands as a subject this way, so only a name or metonym is asked about.
 */
export function verbOfStateName(doc: Doc, t: number, stateVia: string | undefined): boolean {
  return stateVia !== undefined && stateVia !== 'adjective' && stateVia !== 'demonym' && doc.has('pos') && (doc.pos(t) === 'VERB' || doc.pos(t) === 'AUX');
}
