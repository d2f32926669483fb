/**
 * The corpus store: where analyses of many articles are kept, merged across syndicated copies and
 * queried for relations over time. Callers (ingest, CLI, API) use only this interface; the SQLite
 * implementation lives in `sqlite/`, and any other implementation (PostgreSQL...) must pass the shared
 * contract suite in `store-contract.ts`. Every method is asynchronous so that a networked database can
 * implement it without changing callers.
 */
import type { Analysis, QuadClass } from '../core/analysis/contract.js';
import type { Article } from '../core/article/article.js';
import type { ErrorCode } from '../core/errors/errors.js';
import type {
  ActorMatch,
  ActorNetwork,
  ActorProfile,
  Asymmetry,
  CorpusEvent,
  CorpusOverview,
  DyadTimeline,
  QuoteRow,
  SearchHit,
  TimeBucket,
} from './results.js';

export type * from './results.js';

/** Extra facts the corpus layer computed for an article before storing it. */
export interface PutOptions {
  /** What the article was read from (file path, URL, `file.jsonl#12`): kept for provenance. */
  input?: string;
  /** MinHash signature of the text (see `src/corpus/minhash.ts`); without it the article is its own story. */
  signature?: Uint32Array;
  /** One LSH bucket key per band of `signature`: articles sharing a bucket are compared. */
  lshKeys?: readonly number[];
}

/** What {@link Store.putAnalysis} did. */
export interface PutResult {
  /** `stored`: new article; `exists`: an article with the same content id was already stored (nothing written). */
  status: 'stored' | 'exists';
  /** The article's id (its content id). */
  id: string;
  /** The story (cluster of copies) the article belongs to. */
  storyId: string;
}

/** An input that could not be read or analysed. */
export interface StoredError {
  input: string;
  code: ErrorCode | string;
  reason: string;
  /** How many runs met this error. */
  attempts: number;
}

/** Counts over the whole store. */
export interface StoreStats {
  articles: number;
  stories: number;
  sources: number;
  actors: number;
  /** Distinct events after merging copies. */
  events: number;
  /** Event reports (one per event per article). */
  eventMentions: number;
  quotes: number;
  errors: number;
}

/** An article as stored (without its analysis). */
export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  /** Original publisher (for a reprint: who wrote it first). */
  publisher: string | null;
  /** The site that reprinted it, when it is a copy. */
  reprintedBy: string | null;
  /** Where this copy appeared: the reprinting site, else the publisher, else the URL's host. */
  outlet: string | null;
  sourceKind: string;
  input: string | null;
  storyId: string;
}

/** A story: the copies of one article (reprints, syndicated and lightly edited versions). */
export interface Story {
  id: string;
  title: string | null;
  firstPublished: string | null;
  numArticles: number;
  numSources: number;
  articles: StoredArticle[];
}

/** Filters for {@link Store.events}; every filter narrows the result. */
export interface EventFilter {
  /** Events where this actor is source or target (id, name, alias, CAMEO code or ISO3 country). */
  actor?: string;
  /** Events between the two actors, in either direction. */
  dyad?: readonly [string, string];
  /** PLOVER type (AGREE...ASSAULT) or a CAMEO code prefix (`04`, `042`). */
  type?: string;
  quadClass?: QuadClass;
  /** Inclusive date bounds, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  from?: string;
  to?: string;
  /** Words the evidence sentence must contain (all of them, case-insensitive). */
  text?: string;
  /** Also return events reported as negated or hypothetical (excluded by default). */
  includeNegated?: boolean;
  limit?: number;
}


/** Rows of every table in an order-independent form (for comparing stores). */
export type CanonicalDump = Record<string, unknown[][]>;

/** The corpus store. */
export interface Store {
  /** Implementation name, e.g. `sqlite`. */
  readonly kind: string;
  /** Version of the schema the store is at (after migration). */
  schemaVersion(): Promise<number>;
  /** True when an article with this content id is stored. */
  has(id: string): Promise<boolean>;
  /** Stores an article with all its rows in one transaction; skips it if its id is already stored. */
  putAnalysis(article: Article, analysis: Analysis, options?: PutOptions): Promise<PutResult>;
  /** Stores several articles in one transaction (fewer commits when ingesting fast); each is skipped if already stored. */
  putAnalyses(items: readonly { article: Article; analysis: Analysis; options?: PutOptions }[]): Promise<PutResult[]>;
  /** Records an input that failed (the run goes on); a later failure of the same input updates it. */
  recordError(input: string, code: ErrorCode | string, reason: string): Promise<void>;
  /** Forgets the error of an input that has now been stored. */
  clearError(input: string): Promise<void>;
  errors(): Promise<StoredError[]>;
  stats(): Promise<StoreStats>;
  article(id: string): Promise<StoredArticle | null>;
  /** Stored articles, earliest publication first (then by id). */
  articles(options?: { limit?: number; offset?: number }): Promise<StoredArticle[]>;
  /** The full analysis JSON as it was stored. */
  analysis(id: string): Promise<Analysis | null>;
  story(id: string): Promise<Story | null>;
  /** Stories with more than one article, largest first. */
  stories(options?: { minArticles?: number; limit?: number }): Promise<Story[]>;
  /** How a name given in a query is understood; an empty list when nothing matches. */
  resolveActor(query: string): Promise<ActorMatch[]>;
  events(filter?: EventFilter): Promise<CorpusEvent[]>;
  /** Every event, in a stable order, without loading them all at once (for exports). */
  eachEvent(filter?: EventFilter): AsyncIterable<CorpusEvent>;
  dyadTimeline(a: string, b: string, options?: { by?: TimeBucket; from?: string; to?: string }): Promise<DyadTimeline>;
  actorNetwork(options?: { from?: string; to?: string; minWeight?: number }): Promise<ActorNetwork>;
  asymmetry(a: string, b: string, options?: { from?: string; to?: string }): Promise<Asymmetry>;
  actorProfile(actor: string): Promise<ActorProfile>;
  quotes(options?: { speaker?: string; limit?: number }): Promise<QuoteRow[]>;
  search(text: string, options?: { limit?: number }): Promise<SearchHit[]>;
  overview(options?: { limit?: number }): Promise<CorpusOverview>;
  canonicalDump(): Promise<CanonicalDump>;
  close(): Promise<void>;
}
