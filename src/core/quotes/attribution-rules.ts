/**
 * Attributions from rules over the dependency parse, with the cue lexicon: a cue verb's subject (or
 * passive agent) is the source and its clausal complement — or the quotation it introduces or
 * follows — the content; "according to X" makes X the source of the clause it modifies.
 *
 * This is the baseline the trained model is measured against, and the fallback when no model is
 * loaded. Cues inside a quotation are not attributions of the article (they are the speaker's own).
 */
import type { DepWalker } from '../doc/dep-walk.js';
import type { Doc } from '../doc/doc.js';
import { runsOf, trimPunct, type FoundAttribution, type TokenSpan } from './attribution.js';
import type { CueClass, CueLexicon, CuePhrase } from './cue-lexicon.js';
import { ruleSource } from './rule-source.js';
import { runHolding, subtreeTokens, tokensMinus, type QuotedTokens } from './syntax-spans.js';

const COMPLEMENTS = ['ccomp', 'xcomp', 'parataxis'] as const;

/** What the rules need besides the Doc. */
export interface RuleInputs {
  readonly doc: Doc;
  readonly walker: DepWalker;
  readonly lexicon: CueLexicon;
  readonly quotes: readonly QuotedTokens[];
  /**
   * The words the lexicon's cue phrases open with ({@link phraseOpeners}): a finder serving many
   * Docs makes them once; without them they are made per call.
   */
  readonly phraseOpeners?: ReadonlySet<string>;
}

/** The words `lexicon`'s cue phrases open with: most tokens open none, and are passed over without a scan. */
export function phraseOpeners(lexicon: CueLexicon): ReadonlySet<string> {
  return new Set(lexicon.phrases.map((p) => p.words[0]));
}

/** Every attribution the rules find in the Doc, in text order of their cues. */
export function findRuleAttributions(input: RuleInputs): FoundAttribution[] {
  const { doc } = input;
  const out: FoundAttribution[] = [];
  // Tokens inside a quotation, marked once rather than tested against every quotation per token.
  const quoted = new Uint8Array(doc.length);
  for (const { outer } of input.quotes) quoted.fill(1, Math.max(0, outer.from), Math.min(doc.length, outer.to));
  const firstWords = input.phraseOpeners ?? phraseOpeners(input.lexicon);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentences.tokStart[s];
    const to = doc.sentences.tokEnd[s];
    for (let i = from; i < to; i++) {
      if (quoted[i]) continue;
      const mayOpen = firstWords.has(doc.tokenText(i).toLowerCase()) || firstWords.has(doc.lemma(i));
      const phrase = mayOpen ? phraseAt(doc, input.lexicon.phrases, i, to) : null;
      const found = phraseAttribution(input, phrase, i, from, to) ?? verbAttribution(input, phrase, i, from, to);
      if (found) {
        out.push(found);
        i = Math.max(i, found.cue.to - 1);
      }
    }
  }
  return out;
}

/** The form or lemma of token `t` equals `w`. */
function is(doc: Doc, t: number, w: string): boolean {
  return doc.tokenText(t).toLowerCase() === w || doc.lemma(t) === w;
}

/** The phrase of `phrases` that starts at token `i`, with its length. */
function phraseAt(doc: Doc, phrases: readonly CuePhrase[], i: number, to: number): CuePhrase | null {
  // token i's form and lemma once, not once per phrase: this runs for every token of the article
  const form = doc.tokenText(i).toLowerCase();
  const lemma = doc.lemma(i);
  for (const p of phrases) {
    if (i + p.words.length > to) continue;
    const first = p.words[0];
    if (first !== form && first !== lemma) continue;
    if (p.words.every((w, k) => k === 0 || is(doc, i + k, w))) return p;
  }
  return null;
}

/** "according to X, …": X is the source of the clause the phrase modifies (`p`: the cue phrase starting at `i`, if any). */
function phraseAttribution(input: RuleInputs, p: CuePhrase | null, i: number, from: number, to: number): FoundAttribution | null {
  const { doc, walker } = input;
  if (!p || p.source !== 'object') return null;
  const cue = { from: i, to: i + p.words.length };
  // The phrase is the case marker of its object: the object is the head of its first word.
  let obj = doc.head(i);
  if (obj < cue.to || obj >= to) {
    obj = -1;
    for (let t = cue.to; t < to && obj < 0; t++) if (['NOUN', 'PROPN', 'PRON'].includes(doc.pos(t))) obj = t;
  }
  if (obj < 0) return null;
  const sub = subtreeTokens(doc, walker, obj);
  // a quotation the parser hung on the source is not part of it
  const source = runHolding(tokensMinus([sub], [cue, ...input.quotes.map((q) => q.outer)]), obj);
  const clauseHead = doc.head(obj) >= 0 ? walker.clauseOf(doc, doc.head(obj)) : -1;
  const scope = clauseHead >= 0 ? subtreeTokens(doc, walker, clauseHead) : { from, to };
  const contentTokens = tokensMinus([scope], [cue, sub]);
  const content = contentOf(input, i, from, to, contentTokens);
  if (!content.length) return null;
  return {
    cue,
    cueHead: i,
    cls: p.cls,
    source: source ? trimPunct(doc, [source])[0] ?? null : null,
    sourceHead: obj,
    content,
  };
}

/** A cue verb with its source and content (`phrase`: the cue phrase starting at `i`, if any). */
function verbAttribution(input: RuleInputs, phrase: CuePhrase | null, i: number, from: number, to: number): FoundAttribution | null {
  const { doc, walker, lexicon } = input;
  if (doc.pos(i) !== 'VERB') return null;
  const lemma = doc.lemma(i);
  const cls: CueClass | undefined = phrase?.cls ?? lexicon.verbs.get(lemma);
  if (!cls) return null;
  const cue = { from: i, to: i + (phrase?.words.length ?? 1) };

  const comps = walker.childrenWith(doc, i, ...COMPLEMENTS);
  const objs = walker.childrenWith(doc, i, 'obj');
  const passive = walker.isPassive(doc, i);
  const found = ruleSource(input, i, cue);
  const source = found?.span ?? null;
  const sourceHead = found?.head ?? -1;
  const cut: TokenSpan[] = [cue, ...(source ? [source] : [])];
  // '"…," he said': the parser makes the reporting verb a parataxis (or, after a comma or quote
  // mark, a ccomp) child of the quote's head — not "warned that it would respond".
  const rel = doc.deprel(i);
  const start = subtreeTokens(doc, walker, i).from;
  const setOff = start > 0 && (doc.tokenText(start - 1) === ',' || doc.pos(start - 1) === 'PUNCT');
  const inverted = doc.head(i) >= 0 && (rel === 'parataxis' || (rel === 'ccomp' && setOff)) && source !== null;

  let scope: TokenSpan[] = [];
  if (comps.length) scope = comps.map((c) => subtreeTokens(doc, walker, c));
  else if (inverted) {
    const head = subtreeTokens(doc, walker, doc.head(i));
    cut.push(subtreeTokens(doc, walker, i));
    scope = [head];
  } else if (objs.length) scope = objs.map((c) => subtreeTokens(doc, walker, c));
  else if (passive) scope = walker.childrenWith(doc, i, 'nsubj:pass', 'csubj:pass').map((c) => subtreeTokens(doc, walker, c)); // "the talks were announced by …"

  const linked = quotesOf(input, i, from, to);
  if (!scope.length && !linked.length && source) {
    // "…, a statement said." / "…, officials said.": a reporting clause that closes the sentence
    // after a comma reports the clause before it, however the parser attached it
    const start = Math.min(source.from, i);
    const tail = subtreeTokens(doc, walker, i);
    const closes = tail.to >= to - 1 || (tail.to === to - 1 && doc.pos(to - 1) === 'PUNCT');
    if (start > from + 2 && doc.tokenText(start - 1) === ',' && closes) scope = [{ from, to: start - 1 }];
  }
  if (!scope.length && !linked.length) return null;
  const contentTokens = tokensMinus(scope, cut);
  const content = contentOf(input, i, from, to, contentTokens, comps.length > 0);
  if (!content.length) return null;
  return { cue, cueHead: i, cls, source, sourceHead, content };
}

/**
 * The quotations a cue at `i` introduces or follows: those that share its sentence (or, after a
 * colon ending the sentence, the one that opens next) and do not contain it.
 */
function quotesOf(input: RuleInputs, i: number, from: number, to: number): QuotedTokens[] {
  const { doc } = input;
  // by the quoted words, not the marks: a closing mark may be split off into the next sentence
  const here = input.quotes.filter((q) => q.parts.some((p) => p.from < to && p.to > from) && !(q.outer.from <= i && i < q.outer.to));
  if (here.length) return here;
  // '"Good morning Vietnam!" Cecilia Malmstrom wrote': the splitter ended the sentence inside the quote
  const before = input.quotes.find((q) => q.outer.to === from && q.quote.closed && !/\n/.test(doc.text.slice(q.quote.close, doc.tokens.start[from])));
  if (before && i - from <= 12) return [before];
  const last = to - 1;
  if (doc.tokenText(last) === ':' || (last > i && doc.tokenText(last - 1) === ':')) {
    const next = input.quotes.find((q) => q.outer.from >= to && q.outer.from <= to + 1);
    if (next) return [next];
  }
  return [];
}

/**
 * The content: the quotations linked to the cue when the syntactic content is (part of) one or
 * none, otherwise the syntactic content's tokens.
 */
function contentOf(input: RuleInputs, i: number, from: number, to: number, syntactic: number[], ownClause = false): TokenSpan[] {
  const { doc } = input;
  const linked = quotesOf(input, i, from, to);
  const syn = trimPunct(doc, runsOf(syntactic));
  if (linked.length) {
    const quoted = linked.flatMap((q) => q.parts);
    // A complement that is more than the quotation ('said China "will…"') is the content itself.
    const outside = syntactic.filter((t) => doc.pos(t) !== 'PUNCT' && !linked.some((q) => q.outer.from <= t && t < q.outer.to));
    if (!syn.length || outside.length === 0) return quoted;
    const synCoversQuote = linked.every((q) => syntactic.some((t) => q.outer.from <= t && t < q.outer.to));
    // a cue with a clause of its own ("… and warned that talks failed") reports that clause
    if (synCoversQuote || ownClause) return syn;
    // A quotation set right before or after the cue ('"…," he said'; 'told reporters: "…"') is its
    // content; one further off belongs to another clause ("tried to show … and said …").
    const near = linked.filter((q) => wordsBetween(doc, q, i) <= 3);
    return near.length ? near.flatMap((q) => q.parts) : syn;
  }
  return syn;
}

/** Words (not punctuation) between quotation `q` and token `i`, or 0 when `i` is inside it. */
function wordsBetween(doc: Doc, q: QuotedTokens, i: number): number {
  const [a, b] = i < q.outer.from ? [i + 1, q.outer.from] : [q.outer.to, i];
  let n = 0;
  for (let t = a; t < b; t++) if (doc.pos(t) !== 'PUNCT') n++;
  return n;
}
