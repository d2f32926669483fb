/**
 * The Doc: one article's text with every annotation layer the pipeline adds.
 *
 * Token-level layers live in flat typed arrays indexed by token number (wink-nlp's design: fast,
 * compact, trivially transferable to a worker); higher layers (mentions, actors, quotes, events) are
 * arrays of plain records whose spans are character offsets into `text`. Components share nothing
 * but the Doc; each layer is written once, by the component that declares it.
 */
import type { Article, ArticleMeta, Block } from '../article/article.js';
import type { AnalysisActor, AnalysisDate, AnalysisEvent, AnalysisPlace, AnalysisQuote } from '../analysis/contract.js';
import { EntenteError } from '../errors/errors.js';
import type { Span } from '../span.js';
import type { Mention } from './mention.js';
import { DEPRELS, UPOS, type Deprel, type Upos } from './ud.js';
import type { Vocab } from './vocab.js';

/** Names of the layers a component can read or write. */
export type Layer =
  | 'tokens' | 'sentences' | 'pos' | 'lemmas' | 'deps'
  | 'mentions' | 'actors' | 'coref' | 'places' | 'dates' | 'quotes' | 'events';

/** Token flag bits (`Doc.tokens.flags`). */
export const TokenFlag = {
  /** Whitespace follows the token. */
  SpaceAfter: 1,
  /** The token starts a block (paragraph or heading). */
  BlockStart: 2,
  /** The token is inside a heading block. */
  InHeading: 4,
} as const;

/** The token layer: parallel arrays, one entry per token. */
export interface TokenLayer {
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Vocabulary id of the surface form. */
  readonly lex: Uint32Array;
  readonly flags: Uint8Array;
}

/** Sentences as token ranges `[tokStart, tokEnd)`. */
export interface SentenceLayer {
  readonly tokStart: Uint32Array;
  readonly tokEnd: Uint32Array;
}

/** The analysed article. Create with {@link Doc.fromArticle}. */
export class Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  readonly vocab: Vocab;

  private readonly written = new Set<Layer>();
  private _tokens: TokenLayer | undefined;
  private _sentences: SentenceLayer | undefined;
  private _upos: Uint8Array | undefined;
  private _lemma: Uint32Array | undefined;
  private _head: Int32Array | undefined;
  private _rel: Uint8Array | undefined;

  mentions: Mention[] = [];
  actors: AnalysisActor[] = [];
  places: AnalysisPlace[] = [];
  dates: AnalysisDate[] = [];
  quotes: AnalysisQuote[] = [];
  events: AnalysisEvent[] = [];
  /**
   * Every date expression the date component found, resolved or not (`dates` keeps only those it
   * could give a value), so a later component reading where dates stand need not search the text
   * again; null until the date component has run.
   */
  dateSpans: readonly Span[] | null = null;

  constructor(text: string, meta: ArticleMeta, blocks: readonly Block[], vocab: Vocab) {
    this.text = text;
    this.meta = meta;
    this.blocks = blocks;
    this.vocab = vocab;
  }

  /** A Doc over an article's clean text. */
  static fromArticle(article: Article, vocab: Vocab): Doc {
    return new Doc(article.text, article.meta, article.blocks, vocab);
  }

  /** True when `layer` has been written. */
  has(layer: Layer): boolean {
    return this.written.has(layer);
  }

  /** Records that a component wrote `layer` (for layers held as plain record arrays). */
  markWritten(layer: Layer): void {
    this.written.add(layer);
  }

  // ---- tokens ---------------------------------------------------------------------------------

  setTokens(tokens: TokenLayer): void {
    const n = tokens.start.length;
    if (tokens.end.length !== n || tokens.lex.length !== n || tokens.flags.length !== n) {
      throw new EntenteError('E301', 'token layer arrays differ in length; a tokenizer must write one entry per token in each');
    }
    this._tokens = tokens;
    this.written.add('tokens');
  }

  get tokens(): TokenLayer {
    return this.need(this._tokens, 'tokens');
  }

  /** Number of tokens (0 before tokenisation). */
  get length(): number {
    return this._tokens ? this._tokens.start.length : 0;
  }

  /** Surface text of token `i` (the interned vocabulary string: no allocation). */
  tokenText(i: number): string {
    return this.vocab.str(this.tokens.lex[i]);
  }

  /** Character span of tokens `[from, to)`. */
  tokenSpan(from: number, to: number): Span {
    const t = this.tokens;
    return { start: t.start[from], end: t.end[to - 1] };
  }

  /** Index of the token containing character `offset`, or the first token after it; `length` if none. */
  tokenAt(offset: number): number {
    const { start, end } = this.tokens;
    let lo = 0;
    let hi = start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---- sentences ------------------------------------------------------------------------------

  setSentences(sentences: SentenceLayer): void {
    if (sentences.tokStart.length !== sentences.tokEnd.length) {
      throw new EntenteError('E301', 'sentence layer arrays differ in length');
    }
    this._sentences = sentences;
    this.written.add('sentences');
  }

  get sentences(): SentenceLayer {
    return this.need(this._sentences, 'sentences');
  }

  get sentenceCount(): number {
    return this._sentences ? this._sentences.tokStart.length : 0;
  }

  /** Character span of sentence `s`. */
  sentenceSpan(s: number): Span {
    const { tokStart, tokEnd } = this.sentences;
    return this.tokenSpan(tokStart[s], tokEnd[s]);
  }

  /** Index of the sentence holding token `i`. */
  sentenceOf(i: number): number {
    const { tokStart } = this.sentences;
    let lo = 0;
    let hi = tokStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // ---- tags, lemmas, dependencies ---------------------------------------------------------------

  setPos(upos: Uint8Array): void {
    this.checkLength(upos.length, 'pos');
    this._upos = upos;
    this.written.add('pos');
  }

  get upos(): Uint8Array {
    return this.need(this._upos, 'pos');
  }

  /** UPOS tag of token `i`. */
  pos(i: number): Upos {
    return UPOS[this.upos[i]];
  }

  setLemmas(lemma: Uint32Array): void {
    this.checkLength(lemma.length, 'lemmas');
    this._lemma = lemma;
    this.written.add('lemmas');
  }

  /** Lemma of token `i` (lower case). */
  lemma(i: number): string {
    return this.vocab.str(this.need(this._lemma, 'lemmas')[i]);
  }

  /** Lemma ids, one per token. */
  get lemmas(): Uint32Array {
    return this.need(this._lemma, 'lemmas');
  }

  /** `head[i]` is the absolute index of token i's head, -1 for a sentence root. */
  setDeps(head: Int32Array, rel: Uint8Array): void {
    this.checkLength(head.length, 'deps');
    this.checkLength(rel.length, 'deps');
    this._head = head;
    this._rel = rel;
    this.written.add('deps');
  }

  get heads(): Int32Array {
    return this.need(this._head, 'deps');
  }

  get rels(): Uint8Array {
    return this.need(this._rel, 'deps');
  }

  /** Head of token `i` (-1 for a root). */
  head(i: number): number {
    return this.heads[i];
  }

  /** Dependency relation of token `i` to its head. */
  deprel(i: number): Deprel {
    return DEPRELS[this.rels[i]];
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private checkLength(n: number, layer: Layer): void {
    if (n !== this.length) {
      throw new EntenteError('E301', `layer '${layer}' has ${n} entries for ${this.length} tokens; write one per token`);
    }
  }

  private need<T>(value: T | undefined, layer: Layer): T {
    if (value === undefined) {
      throw new EntenteError('E300', `the '${layer}' layer has not been written; add a component that writes it earlier in the pipeline`);
    }
    return value;
  }
}
