/**
 * Which two parties a text has presented as a pair, for a collective description of the pair to
 * stand for ("the two sides", "both countries", "the two men"). A news text presents the two sides
 * of a relationship by joining them ("Ethiopia and Eritrea agreed", "talks between Serbia and
 * Kosovo"), by a meeting of one with the other ("Maduro met Ali", "X spoke by telephone with Y"),
 * or by a description of the pair already resolved ("the two countries" again); the latest such
 * pair is the one the next description means — not merely the last two states named, which may
 * be a mediator and a commentator ("Malaysia urged both sides … China called on the two
 * neighbours"). Also: who acts on the description in its own clause ("Iraq and Oman hosted talks
 * between the two sides", "Malaysia urged both sides"), which is no side of it.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { endsList, joinedByAnd, wordsBetween } from './pronouns.js';

/** How many sentences back (the description's own included) a pair may have been presented. */
const WINDOW = 2;

/** Words of a meeting between a party and the next one named ("met", "talks with", "spoke … with"). */
const MEETING = new Set(['met', 'meet', 'meets', 'meeting', 'talks', 'talked', 'spoke', 'speaks', 'called', 'phoned', 'hosted', 'hosts', 'received', 'receives', 'visited', 'visits', 'summit', 'call', 'conversation']);
/** How many tokens a meeting word and what follows it may span between the two parties. */
const MEETING_GAP = 8;
/**
 * Lemmas of verbs whose two joined subjects act as one side on a third: they report, broker, host,
 * watch over or urge ("Saudi Arabia and the United States will monitor the ceasefire", "Egypt and
 * Qatar brokered the truce") — they are not the two sides of what they speak of.
 */
const ONE_SIDE = new Set([
  'say', 'tell', 'announce', 'report', 'state', 'add', 'confirm', 'write', 'claim',
  'broker', 'mediate', 'host', 'monitor', 'guarantee', 'facilitate', 'sponsor', 'oversee', 'supervise',
  'urge', 'call', 'welcome', 'praise', 'condemn', 'warn', 'press', 'send', 'impose',
]);

/** Reporting verbs right after a pair that reports together. */
const SAID = new Set(['said', 'say', 'says', 'announced', 'announce', 'reported', 'stated', 'confirmed', 'told']);

/** A pair the text presented: the two sides' ids, the sentence, and whether it was only two co-reporters. */
export interface PresentedPair {
  ids: [string, string];
  sentence: number;
  /** "Saudi Arabia and the United States said …", "… will monitor the truce": joined as one side acting on a third. */
  weak: boolean;
}

/**
 * The pair presented most recently before `drafts[k]` within `window` sentences back, none of whose
 * sides is in `excluded` — a pair presented otherwise than as co-reporters first — or null.
 * `sideOf` gives the side a draft names ([] when it does not fit the description: a state for
 * "the two countries", a person for "the two men").
 */
export function latestPresentedPair(doc: Doc, drafts: readonly Draft[], k: number, sideOf: (x: Draft) => string[], excluded: ReadonlySet<string>, window = WINDOW): PresentedPair | null {
  const sentence = doc.sentenceOf(drafts[k].tokStart);
  const pairs = presentedPairs(doc, drafts, k, sideOf).filter((p) => sentence - p.sentence <= window && !p.ids.some((id) => excluded.has(id)));
  const strong = pairs.filter((p) => !p.weak);
  const latest = strong.pop() ?? pairs.pop();
  if (!latest) return null;
  // Another pair presented in view, the latest not in this sentence or the one before: the text
  // does not say which ("Kazakhstan met Russia and China met Turkey. Then India spoke. Iran urged both …").
  const rival = (latest.weak ? pairs : strong).some((p) => !p.ids.every((id) => latest.ids.includes(id)));
  return rival && sentence - latest.sentence > 1 ? null : latest;
}

/** Every pair presented before `drafts[k]`, in text order. */
function presentedPairs(doc: Doc, drafts: readonly Draft[], k: number, sideOf: (x: Draft) => string[]): PresentedPair[] {
  const out: PresentedPair[] = [];
  // the side each earlier single mention named, for descriptions of a pair resolved before
  const sideOfRef = new Map<string, string>();
  const push = (a: string | undefined, b: string | undefined, at: number, weak = false) => {
    if (a && b && a !== b) out.push({ ids: [a, b], sentence: doc.sentenceOf(at), weak });
  };
  for (let p = 0; p < k; p++) {
    const x = drafts[p];
    const side = sideOf(x);
    if (side.length === 1 && x.refs.length === 1) sideOfRef.set(x.refs[0], side[0]);
    // "the two countries" before: the same pair again
    if (x.kind === 'description' && x.plural && x.refs.length === 2) {
      push(sideOfRef.get(x.refs[0]), sideOfRef.get(x.refs[1]), x.tokStart);
      continue;
    }
    if (side.length !== 1) continue;
    for (let q = p - 1; q >= 0 && doc.sentenceOf(drafts[q].tokStart) === doc.sentenceOf(x.tokStart); q--) {
      const other = sideOf(drafts[q]);
      if (other.length !== 1 || other[0] === side[0]) continue;
      if (joinedPair(doc, drafts, q, p)) push(other[0], side[0], x.tokStart, actAsOneSide(doc, drafts[q], x));
      else if (meets(doc, drafts[q], x) && !drafts.slice(q + 1, p).some((y) => y.plural || sideOf(y).some((id) => id !== side[0]))) push(other[0], side[0], x.tokStart);
      break;
    }
  }
  return out;
}

/**
 * True when `drafts[q]` and `drafts[p]` are joined by "and" ("Ethiopia and Eritrea", "Sudan's army
 * and the paramilitary RSF"), and are no tail of a longer list.
 */
function joinedPair(doc: Doc, drafts: readonly Draft[], q: number, p: number): boolean {
  const [a, b] = [drafts[q], drafts[p]];
  if (endsList(doc, drafts, q)) return false;
  if (joinedByAnd(doc, a, b)) return true;
  const words = wordsBetween(doc, a, b, 4)?.split(' ') ?? [];
  let i = words[0] === ',' ? 1 : 0;
  if (words[i++] !== 'and' || words[i++] !== 'the') return false;
  // adjectives only after "and the" ("the paramilitary", "the rival")
  for (let t = b.tokStart - (words.length - i); t < b.tokStart; t++) if (!doc.has('pos') || doc.pos(t) !== 'ADJ') return false;
  return true;
}

/**
 * True when a meeting word stands between `a` and the later `b` of one sentence, and nothing ends
 * a clause there ("Li met Volkov", "Li's talks with Volkov"), or just before `a` with "with" before
 * `b` ("the meeting of Egypt with Ethiopia").
 */
function meets(doc: Doc, a: Draft, b: Draft): boolean {
  if (b.tokStart - a.tokEnd < 1 || b.tokStart - a.tokEnd > MEETING_GAP) return false;
  // "talks hosted by Kazakhstan": the host is no side of the talks
  if (doc.tokenText(b.tokStart - 1).toLowerCase() === 'by') return false;
  const sentenceStart = doc.sentences.tokStart[doc.sentenceOf(a.tokStart)];
  let meeting = false;
  for (let t = a.tokEnd; t < b.tokStart; t++) {
    const w = doc.tokenText(t).toLowerCase();
    if (/^[,;:()]$/.test(w) || w === 'and' || w === 'but') return false;
    if (MEETING.has(w)) meeting = true;
  }
  if (!meeting && b.tokStart - a.tokEnd === 1 && doc.tokenText(a.tokEnd).toLowerCase() === 'with') {
    for (let t = a.tokStart - 1; t >= Math.max(sentenceStart, a.tokStart - 3); t--) if (MEETING.has(doc.tokenText(t).toLowerCase())) meeting = true;
  }
  return meeting;
}

/** True when the pair `a` and `b` is the subject of a verb of {@link ONE_SIDE} ("…, Saudi Arabia and the United States said"). */
function actAsOneSide(doc: Doc, a: Draft, b: Draft): boolean {
  if (b.tokEnd < doc.length && SAID.has(doc.tokenText(b.tokEnd).toLowerCase())) return true;
  if (!doc.has('deps') || !doc.has('lemmas')) return false;
  for (let t = a.tokStart; t < a.tokEnd; t++) {
    const h = doc.head(t);
    if (h >= 0 && (h < a.tokStart || h >= a.tokEnd) && /^nsubj/.test(doc.deprel(t))) return ONE_SIDE.has(doc.lemma(h).toLowerCase());
  }
  return false;
}

/**
 * The drafts (indices) that act on the description `drafts[k]` in its own clause: the subject of
 * the first verb above it, or of the verb that verb continues ("Kenya offered to host talks between
 * the two sides", "Britain welcomed the truce and urged the two countries …"), or the object that
 * controls it ("asked the Council to hold talks between …") — unless that phrase holds the
 * description itself ("officials in both countries said"). Nobody acts on a possessor.
 */
export function actorsOnDescription(doc: Doc, drafts: readonly Draft[], k: number): number[] {
  const d = drafts[k];
  if (!doc.has('deps') || !doc.has('pos')) return [];
  const sentence = doc.sentenceOf(d.tokStart);
  const from = doc.sentences.tokStart[sentence];
  const to = doc.sentences.tokEnd[sentence];
  const inside = (t: number, top: number) => {
    for (let i = t, steps = 0; i >= 0 && steps <= to - from; i = doc.head(i), steps++) if (i === top) return true;
    return false;
  };
  let top = d.tokStart;
  while (doc.head(top) >= d.tokStart && doc.head(top) < d.tokEnd) top = doc.head(top);
  // a possessor is nobody's object ("on the two countries' border")
  if (doc.deprel(top) === 'nmod:poss') return [];
  const draftsIn = (root: number): number[] => {
    if (inside(d.tokStart, root)) return [];
    const out: number[] = [];
    for (let p = 0; p < drafts.length; p++) if (p !== k && doc.sentenceOf(drafts[p].tokStart) === sentence && inside(drafts[p].tokStart, root)) out.push(p);
    return out;
  };
  let verb = -1;
  for (let h = doc.head(top), steps = 0; h >= 0 && steps <= to - from; h = doc.head(h), steps++) {
    if (doc.pos(h) === 'VERB') {
      verb = h;
      break;
    }
  }
  for (let steps = 0; verb >= 0 && steps <= to - from; steps++) {
    let subject = -1;
    for (let t = from; t < to; t++) if (doc.head(t) === verb && (doc.deprel(t) === 'nsubj' || doc.deprel(t) === 'csubj')) subject = t;
    if (subject >= 0) return draftsIn(subject);
    // a verb with no subject of its own takes the one of the verb it continues, or of the verb it
    // completes — or that verb's object ("asked the Council to hold a meeting")
    if (doc.deprel(verb) !== 'xcomp' && doc.deprel(verb) !== 'conj') return [];
    const above = doc.head(verb);
    if (doc.deprel(verb) === 'xcomp') {
      for (let t = from; t < to; t++) if (doc.head(t) === above && (doc.deprel(t) === 'obj' || doc.deprel(t) === 'iobj')) return draftsIn(t);
    }
    verb = above;
  }
  return [];
}
