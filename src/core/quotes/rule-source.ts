/**
 * The source of a rule-found attribution: the cue verb's own subject, its subject through
 * coordination and control, or a passive's agent — and, when the parser attached the speaker
 * elsewhere, the words where the speaker stands in reported speech: between a quotation and its
 * cue ('"…," Raffaello Pantucci, a senior fellow at …, told RFE/RL'), right before the cue ("the
 * Official Spokesperson stated:"), or right after it ('"…," said Pantucci').
 */
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import { trimPunct, type TokenSpan } from './attribution.js';
import { runHolding, subtreeTokens, tokensMinus, type QuotedTokens } from './syntax-spans.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
/** Words a speaker's name and description are made of, before a cue. */
const NAME_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Most words between a quotation and its cue that can still be the speaker. */
const MAX_BETWEEN = 30;

/** A source: its tokens and its head token. */
export interface RuleSource {
  readonly span: TokenSpan;
  readonly head: number;
}

/** What the source finder reads. */
export interface SourceInputs {
  readonly doc: Doc;
  readonly walker: DepWalker;
  readonly quotes: readonly QuotedTokens[];
}

/** The source of the cue verb at `i` (cue tokens `cue`), or null. */
export function ruleSource(input: SourceInputs, i: number, cue: TokenSpan): RuleSource | null {
  const { doc, walker } = input;
  const quoted = (t: number) => input.quotes.some((q) => q.outer.from <= t && t < q.outer.to);
  // A participle with a "by" agent is passive too ("moves criticised by rights groups").
  const passive = walker.isPassive(doc, i) || walker.childrenWith(doc, i, 'obl:agent').length > 0;
  const subjects = passive ? [...walker.agents(doc, i), ...strayAgent(input, i)] : walker.subjects(doc, i);
  // "…, which Beijing said was provocative": the verb's own subject, not the noun "which" stands for
  const own = passive ? [] : walker.childrenWith(doc, i, 'nsubj').filter((t) => !RELATIVE.has(doc.tokenText(t).toLowerCase()) && !quoted(t));
  const subj = own[0] ?? subjects.find((t) => doc.deprel(t) !== 'expl' && !quoted(t));
  if (subj !== undefined) {
    const sub = subtreeTokens(doc, walker, subj);
    // "officials who said …": the relative clause holding the cue is not part of the source; nor
    // is a quotation the parser hung on it
    const cut = sub.from <= i && i < sub.to ? [subtreeTokens(doc, walker, i)] : [cue];
    const run = runHolding(tokensMinus([sub], [...cut, ...input.quotes.map((q) => q.outer)]), subj);
    const span = run ? trimPunct(doc, [run])[0] : undefined;
    if (!span) return null;
    // an agent's "by" is no part of the source
    let from = span.from;
    while (passive && from < subj && doc.head(from) === subj && doc.deprel(from) === 'case') from++;
    return { span: { from, to: span.to }, head: subj };
  }
  return fallbackSource(input, i, cue);
}

/**
 * The "by" phrase of a passive cue that the parser hung lower in the clause ("was called for his
 * release by the bloc", with "by the bloc" attached to "release").
 */
function strayAgent(input: SourceInputs, i: number): number[] {
  const { doc, walker } = input;
  const sub = subtreeTokens(doc, walker, i);
  for (let t = i + 1; t < sub.to; t++) {
    if (walker.caseMarker(doc, t) !== 'by' || !NOMINAL.has(doc.pos(t))) continue;
    let h = doc.head(t);
    for (let d = 0; d < 3 && h >= 0 && h !== i; d++) h = doc.head(h);
    if (h === i) return [t];
  }
  return [];
}

/** The token of `span` whose head lies outside it (the first one), preferring a nominal. */
function headOf(doc: Doc, span: TokenSpan): number {
  let first = -1;
  for (let t = span.from; t < span.to; t++) {
    const h = doc.head(t);
    if (h >= span.from && h < span.to) continue;
    if (NOMINAL.has(doc.pos(t))) return t;
    if (first < 0) first = t;
  }
  return first >= 0 ? first : span.from;
}

function fallbackSource(input: SourceInputs, i: number, cue: TokenSpan): RuleSource | null {
  const { doc, walker } = input;
  const sentence = doc.sentenceOf(i);
  const sFrom = doc.sentences.tokStart[sentence];
  // the noun a reporting verb hangs from: '"…," Evan Feigenbaum, vice president at …, wrote'
  const h = doc.head(i);
  if (h >= 0 && h < i && NOMINAL.has(doc.pos(h)) && ['acl', 'appos', 'list', 'dep', 'parataxis'].includes(doc.deprel(i))) {
    const run = runHolding(tokensMinus([subtreeTokens(doc, walker, h)], [subtreeTokens(doc, walker, i), ...input.quotes.map((q) => q.outer)]), h);
    const span = run ? trimPunct(doc, [run])[0] : undefined;
    if (span) return { span, head: h };
  }
  // the words between a quotation and its cue
  const q = input.quotes.find((x) => x.quote.closed && x.outer.to < i && x.outer.to >= sFrom - 1 && i - x.outer.to <= MAX_BETWEEN);
  if (q) {
    const [span] = trimPunct(doc, [{ from: q.outer.to, to: cue.from }]);
    // A name, or a description opened by a determiner ('"…," the group's military spokesman, Yahya Saree, said').
    const opens = span && (/^\p{Lu}/u.test(doc.tokenText(span.from)) || (/^(DET|PRON)$/.test(doc.pos(span.from)) && NOMINAL.has(doc.pos(headOf(doc, span)))));
    if (span && opens && !hasVerbOutsideClauses(doc, span)) return { span, head: headOf(doc, span) };
  }
  // a name right before the cue: "the Official Spokesperson stated:"
  let from = cue.from;
  while (from > sFrom && NAME_PART.has(doc.pos(from - 1))) from--;
  if (from < cue.from) {
    const span = { from, to: cue.from };
    const head = headOf(doc, span);
    if (NOMINAL.has(doc.pos(head))) return { span, head };
  }
  // a name right after the cue, when a quotation precedes: '"…," said Pantucci'
  const after = walker.childrenWith(doc, i, 'obj', 'obl', 'nsubj', 'dep').find((t) => t > i && t <= i + 3 && doc.pos(t) === 'PROPN');
  const quoteBefore = input.quotes.some((x) => x.outer.to <= i && i - x.outer.to <= 2);
  if (after !== undefined && quoteBefore) {
    const [span] = trimPunct(doc, [subtreeTokens(doc, walker, after)]);
    if (span) return { span, head: after };
  }
  return null;
}

/** True when `span` holds a verb heading a clause of its own: then it is writing, not a speaker's name. */
function hasVerbOutsideClauses(doc: Doc, span: TokenSpan): boolean {
  for (let t = span.from; t < span.to; t++) if (doc.pos(t) === 'VERB' && ['root', 'parataxis', 'ccomp', 'conj'].includes(doc.deprel(t))) return true;
  return false;
}
