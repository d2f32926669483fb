/**
 * Builds the analysis's quotations from the quoted spans of the text and the attributions found in
 * its parse:
 *
 * - every quoted span that an attribution claims, or that a reporting verb governs, becomes a direct
 *   or partial quotation with that attribution's speaker, cue and medium;
 * - a direct quotation with no attribution of its own continues the speaker of the quotation or
 *   attribution just before it (same or previous paragraph): the second paragraph of a long quote,
 *   '"…," said Pantucci. "…"';
 * - a source that is a pronoun the actor layer left unresolved takes the speaker before it;
 * - an attribution whose content is not (only) a quotation becomes an indirect quotation;
 * - a partial quotation nothing governs is a scare quote, not a quotation.
 *
 * Mode `speech` (the analysis) keeps indirect quotations cued by speech only; mode `all` (the
 * PolNeAR evaluation) keeps one record per attribution of any class (speech, thought, evidence) and
 * does not repeat a quotation inside an attribution's content as a quotation of its own.
 */
import type { AnalysisQuote, QuoteSpeaker } from '../analysis/contract.js';
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import { textSpan, type Span } from '../span.js';
import type { FoundAttribution, TokenSpan } from './attribution.js';
import type { CueLexicon } from './cue-lexicon.js';
import { findMedium } from './medium.js';
import { attributionOf, governingCue, isDirect, overlapCount, quoteHead } from './quote-links.js';
import type { SpeakerIndex } from './speaker.js';
import type { QuotedTokens } from './syntax-spans.js';

/** Which attributions become quotations. */
export type QuoteMode = 'speech' | 'all';

/** What {@link buildQuotes} reads. */
export interface BuildQuotesInput {
  readonly doc: Doc;
  readonly walker: DepWalker;
  readonly lexicon: CueLexicon;
  readonly speakers: SpeakerIndex;
  readonly attributions: readonly FoundAttribution[];
  readonly quotes: readonly QuotedTokens[];
  readonly mode: QuoteMode;
}

interface Draft {
  kind: AnalysisQuote['kind'];
  content: TokenSpan[];
  /** Character spans of the content (quote parts without their marks). */
  parts: Span[];
  attribution: FoundAttribution | null;
  /** A reporting verb governing a partial quote that no attribution claims. */
  verb: number;
  speaker: QuoteSpeaker | null;
  /** The speaker is to be taken from the quotation before (continuation or unresolved pronoun). */
  inherit: boolean;
}

/** Whether token `a` is an ancestor of token `t` in the dependency tree. */
function governs(doc: Doc, a: number, t: number): boolean {
  for (let k = t, d = 0; k >= 0 && d < 64; k = doc.head(k), d++) if (k === a) return true;
  return false;
}

/** The quotations of the Doc, in text order, with ids `q1`, `q2`… */
export function buildQuotes(input: BuildQuotesInput): AnalysisQuote[] {
  const { doc, mode } = input;
  const drafts: Draft[] = [];

  for (const q of input.quotes) {
    const direct = isDirect(doc, q);
    const parts = q.quote.parts.map((p) => ({ start: p.start, end: p.end }));
    let attribution = attributionOf(doc, q, input.attributions);
    let verb = -1;
    // A partial quotation belongs to the reporting verb above it ('Xi referred to Putin as an "old
    // friend" and Putin offered …') before an attribution that merely shares its sentence.
    const owned = attribution !== null && overlapCount(attribution.content, q.parts) > 0;
    if (owned && !direct) {
      // An attribution's content can run over a neighbouring clause ("… and Putin offered …"): a
      // reporting verb that governs the quotation wins over a cue that does not.
      const g = governingCue(doc, input.walker, input.lexicon, q, input.attributions);
      if (g !== null && !governs(doc, attribution!.cueHead, quoteHead(doc, q))) {
        if (typeof g === 'number') {
          verb = g;
          attribution = null;
        } else attribution = g;
      }
    } else if (!direct) {
      const g = governingCue(doc, input.walker, input.lexicon, q, input.attributions);
      if (g === null && !attribution) continue; // a scare quote
      if (typeof g === 'number') {
        verb = g;
        attribution = null;
      } else if (g !== null) attribution = g;
    }
    if (mode === 'all' && attribution) continue; // the attribution's own record holds the quotation
    drafts.push({ kind: direct ? 'direct' : 'partial', content: [...q.parts], parts, attribution, verb, speaker: null, inherit: !attribution && verb < 0 });
  }

  mergeSplitQuotes(drafts);

  for (const a of input.attributions) {
    if (!a.content.length) continue;
    // '"…," Xi said, according to a Kremlin readout': the phrase gives the medium of the reporting
    // verb inside its clause, not a second quotation
    if (mode === 'speech' && doc.pos(a.cueHead) !== 'VERB' && input.attributions.some((b) => b !== a && b.source && doc.pos(b.cueHead) === 'VERB' && a.content.some((c) => c.from <= b.cueHead && b.cueHead < c.to))) continue;
    const quoted = input.quotes.filter((q) => q.parts.some((p) => a.content.some((c) => c.from < p.to && p.from < c.to)));
    const onlyQuotes = quoted.length > 0 && a.content.every((c) => quoted.some((q) => q.outer.from <= c.from && c.to <= q.outer.to));
    // In the analysis an indirect quotation reports a statement: a clause ("warned that it would
    // respond"), not a bare object ("condemned the attack": that is an event, coded as one).
    if (mode === 'speech' && (onlyQuotes || a.cls !== 'speech' || (!quoted.length && !isClausal(doc, a.content)))) continue;
    const kind: AnalysisQuote['kind'] = onlyQuotes ? (quoted.every((q) => isDirect(doc, q)) ? 'direct' : 'partial') : 'indirect';
    const parts = onlyQuotes ? quoted.flatMap((q) => q.quote.parts.map((p) => ({ start: p.start, end: p.end }))) : a.content.map((c) => doc.tokenSpan(c.from, c.to));
    drafts.push({ kind, content: [...a.content], parts, attribution: a, verb: -1, speaker: null, inherit: false });
  }

  drafts.sort((x, y) => x.parts[0].start - y.parts[0].start);
  resolveSpeakers(input, drafts);
  // Without a speaker a partial or indirect quotation says nothing about who spoke (the PolNeAR
  // evaluation keeps them: its gold has attributions whose source the text does not give).
  // A quotation with no speaker at all is kept when a cue governs it (a partial one), or when it
  // reads as speech (a clause, or five words or more), not when it is a term set off in quote
  // marks at the head of a sentence.
  const keep = (d: Draft) =>
    mode === 'all' ||
    d.speaker !== null ||
    (d.kind === 'partial' && (d.attribution !== null || d.verb >= 0)) ||
    (d.kind === 'direct' && (isClausal(doc, d.content) || wordCount(doc, d.content) >= 5));
  return drafts.filter(keep).map((d, k) => toQuote(input, d, k));
}

/**
 * Joins the quotations one attribution claims into one quotation with several parts: '"A," X said,
 * "B."' is one quote of X's, split by its attribution.
 */
function mergeSplitQuotes(drafts: Draft[]): void {
  for (let k = drafts.length - 1; k > 0; k--) {
    const a = drafts[k - 1];
    const b = drafts[k];
    if (!a.attribution || a.attribution !== b.attribution || a.kind !== b.kind) continue;
    a.parts = [...a.parts, ...b.parts];
    a.content = [...a.content, ...b.content];
    drafts.splice(k, 1);
  }
}

/** The speaker quoted last, where, and whether through a statement. */
interface Previous {
  speaker: QuoteSpeaker;
  block: number;
  statement: boolean;
  /** Where the quotation ends (a character offset). */
  end: number;
}

/** Fills each draft's speaker: from its attribution or verb, else from the quotation before. */
function resolveSpeakers(input: BuildQuotesInput, drafts: Draft[]): void {
  const { doc, walker } = input;
  const blockOf = (offset: number) => doc.blocks.findIndex((b) => b.start <= offset && offset <= b.end);
  let previous: Previous | null = null;
  /** The speaker of the last statement quoted: "said the statement" stands for it. */
  let lastStatement: { speaker: QuoteSpeaker; block: number } | null = null;
  for (const d of drafts) {
    const a = d.attribution;
    let statement = false;
    if (a?.source) {
      const r = input.speakers.resolve(a.source, a.sourceHead);
      d.speaker = r.speaker;
      // a statement quoted ('… the bloc said in a joint statement'), which "said the statement" may stand for later
      statement = findMedium(doc, walker, input.lexicon, a.cueHead, a.source, a.sourceHead) !== null;
      const stated = r.statement === true && lastStatement !== null && blockOf(d.parts[0].start) - lastStatement.block <= 4;
      const said = lastStatement as { speaker: QuoteSpeaker; block: number } | null;
      if (stated && said) d.speaker = { ...said.speaker, mention: r.speaker.mention };
      d.inherit = r.unresolvedPronoun || continuesSpeaker(doc, a, r.speaker, previous, blockOf(d.parts[0].start));
    } else if (d.verb >= 0) {
      const subj = walker.isPassive(doc, d.verb) ? walker.agents(doc, d.verb) : walker.subjects(doc, d.verb);
      if (subj.length) {
        const from = Math.min(...subj.map((t) => subtreeStart(doc, walker, t)));
        const to = Math.max(...subj.map((t) => subtreeEnd(doc, walker, t)));
        const r = input.speakers.resolve({ from, to }, subj[0]);
        d.speaker = r.speaker;
        d.inherit = r.unresolvedPronoun;
      }
    } else if (!a) d.inherit = true;
    const block = blockOf(d.parts[0].start);
    if (d.inherit) {
      // keep the pronoun's own mention ("he" in "he added") with the speaker it stands for
      const before = previous as Previous | null;
      if (before && block - before.block <= 1) {
        d.speaker = d.speaker?.mention ? { ...before.speaker, mention: d.speaker.mention } : before.speaker;
        statement ||= before.statement;
      } else continue; // nothing to continue: an unresolved "he" is not a speaker to pass on
    }
    if (d.speaker) previous = { speaker: d.speaker, block, statement, end: d.parts[d.parts.length - 1].end };
    if (d.speaker && statement) lastStatement = { speaker: d.speaker, block };
  }
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const IMPERSONAL = new Set(['it']);
const PLURAL = new Set(['they', 'we', 'them']);

/**
 * True when a pronoun source should take the speaker just quoted rather than the actor the actor
 * layer linked it to: in reported speech "she said" after a quotation continues its speaker
 * (press convention), when that speaker can be what the pronoun stands for (a person for "he" and
 * "she", an organisation or a state for "it") and was quoted in the same or the previous paragraph.
 */
function continuesSpeaker(doc: Doc, a: FoundAttribution, resolved: QuoteSpeaker, previous: Previous | null, block: number): boolean {
  if (!previous || !a.source || a.source.to - a.source.from !== 1 || block - previous.block > 1) return false;
  const p = previous.speaker;
  if (resolved.id !== null && resolved.id === p.id) return false;
  // Someone named since that quotation as the subject of a clause, and the pronoun's referent for
  // the actor layer, is who speaks now ('… Joly said. Minister Jaishankar has framed it … "…," he
  // told an audience'); someone named only as an object leaves the convention standing.
  const at = doc.tokens.start[a.source.from];
  const subjectOfClause = (m: { tokStart: number; tokEnd: number }) => {
    for (let t = m.tokStart; t < m.tokEnd; t++) if (doc.deprel(t).startsWith('nsubj')) return true;
    return false;
  };
  if (resolved.id !== null && doc.mentions.some((m) => m.ref === resolved.id && m.via !== 'pronoun' && m.start >= previous.end && m.start < at && subjectOfClause(m))) return false;
  const w = doc.tokenText(a.source.from).toLowerCase();
  if (PERSONAL.has(w)) return p.type === 'person';
  if (IMPERSONAL.has(w)) return p.type !== 'person' && !(p.type === null && /^\p{Lu}\S*\s\p{Lu}/u.test(p.name));
  return PLURAL.has(w);
}

/**
 * True when `runs` make a clause, not a noun phrase: a token whose head lies outside them is a verb,
 * an auxiliary or a predicate with a copula or an auxiliary ("the self-governing island" is not).
 */
function isClausal(doc: Doc, runs: readonly TokenSpan[]): boolean {
  const inside = (t: number) => runs.some((r) => r.from <= t && t < r.to);
  for (const r of runs) {
    for (let t = r.from; t < r.to; t++) {
      if (inside(doc.head(t))) continue;
      if (doc.pos(t) === 'VERB' || doc.pos(t) === 'AUX') return true;
      for (let u = r.from; u < r.to; u++) if (doc.head(u) === t && ['cop', 'aux', 'aux:pass'].includes(doc.deprel(u))) return true;
    }
  }
  return false;
}

function wordCount(doc: Doc, runs: readonly TokenSpan[]): number {
  let n = 0;
  for (const r of runs) for (let t = r.from; t < r.to; t++) if (doc.pos(t) !== 'PUNCT') n++;
  return n;
}

function subtreeStart(doc: Doc, walker: DepWalker, t: number): number {
  let lo = t;
  for (const c of walker.children(doc, t)) lo = Math.min(lo, subtreeStart(doc, walker, c));
  return lo;
}

function subtreeEnd(doc: Doc, walker: DepWalker, t: number): number {
  let hi = t + 1;
  for (const c of walker.children(doc, t)) hi = Math.max(hi, subtreeEnd(doc, walker, c));
  return hi;
}

function toQuote(input: BuildQuotesInput, d: Draft, k: number): AnalysisQuote {
  const { doc } = input;
  const a = d.attribution;
  const parts = d.parts;
  const text = parts.map((p) => doc.text.slice(p.start, p.end).replace(/\s+/g, ' ')).join(' … ');
  const cueSpan = a ? doc.tokenSpan(a.cue.from, a.cue.to) : d.verb >= 0 ? doc.tokenSpan(d.verb, d.verb + 1) : null;
  const medium = a ? findMedium(doc, input.walker, input.lexicon, a.cueHead, a.source, a.sourceHead) : null;
  return {
    id: `q${k + 1}`,
    text,
    kind: d.kind,
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    ...(parts.length > 1 ? { parts } : {}),
    speaker: d.speaker,
    cue: cueSpan ? textSpan(doc.text, cueSpan) : null,
    source: medium ? textSpan(doc.text, doc.tokenSpan(medium.from, medium.to)) : null,
    sentence: doc.sentenceOf(doc.tokenAt(parts[0].start)),
  };
}
