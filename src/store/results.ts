/**
 * What the corpus store's queries return: merged events, timelines, the actor network, asymmetry,
 * quotations, search hits, actor profiles and the overview. Re-exported by `store.ts`.
 */
import type { AnalysisEvent } from '../core/analysis/contract.js';
import type { StoreStats } from './store.js';

/** A participant of a corpus event. */
export interface CorpusActorRef {
  id: string | null;
  name: string;
  type: string | null;
  /** The state the participant is or acts for; null for an IGO and for a non-state group. */
  country: string | null;
  /**
   * For a non-state group (rebels, the opposition, an NGO): ISO3 of the state it is based in; null
   * otherwise, and for events stored before schema version 3.
   */
  basedIn: string | null;
  code: string | null;
}

/**
 * One event after merging the copies that report it. Its coding (type, CAMEO code, Goldstein score,
 * quad class, place, negation) is typed by the contract's event; the date, the participants and the
 * rest describe the merged event.
 */
export interface CorpusEvent
  extends Pick<AnalysisEvent, 'id' | 'type' | 'mode' | 'context' | 'cameo' | 'goldstein' | 'quadClass' | 'place' | 'negated' | 'hypothetical'> {
  /** `YYYY-MM-DD`: the event's own date when the text gives the day, else the first report's publication date. */
  date: string | null;
  source: CorpusActorRef | null;
  target: CorpusActorRef | null;
  future: boolean;
  storyId: string;
  /** Reports of the event (an article can report it more than once). */
  numMentions: number;
  /** Articles reporting it, across the whole corpus. */
  numArticles: number;
  /** Distinct outlets reporting it. */
  numSources: number;
  /** The earliest article reporting it (by publication date, then id) and what it says. */
  firstArticleId: string;
  sourceUrl: string | null;
  /** Index of the sentence stating the event in the earliest report (0: the opening sentence). */
  firstSentence: number | null;
  trigger: string;
  evidence: string;
  confidence: number;
}

/** How an actor named in a query was understood. */
export type ActorMatch =
  | { kind: 'country'; code: string; label: string }
  | { kind: 'actor'; id: string; label: string };

export type TimeBucket = 'day' | 'week' | 'month';

/** One period of a dyad timeline. */
export interface TimelineBucket {
  /** `YYYY-MM-DD` (day, and the Monday of a week) or `YYYY-MM` (month). */
  period: string;
  count: number;
  /** Counts by quad class 1..4 (index 0 is quad class 1). */
  quad: [number, number, number, number];
  /** Counts by PLOVER type. */
  types: Record<string, number>;
  goldsteinSum: number;
  goldsteinMean: number;
}

/** Events from `a` to `b` (forward) and from `b` to `a` (backward), bucketed in time. */
export interface DyadTimeline {
  a: ActorMatch;
  b: ActorMatch;
  by: TimeBucket;
  forward: TimelineBucket[];
  backward: TimelineBucket[];
}

export interface NetworkNode {
  id: string;
  label: string;
  type: string | null;
  country: string | null;
  /** For a non-state group: the state it is based in (the group stays its own node, never its state's). */
  basedIn: string | null;
  /** Events the actor takes part in (as source or target). */
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Number of events from source to target. */
  weight: number;
  goldsteinMean: number;
  quad: [number, number, number, number];
}

/** The actor network: nodes are actors, directed edges are weighted by events. */
export interface ActorNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** How often `a` does something to `b` and `b` to `a`, by kind of act. */
export interface AsymmetryRow {
  /** PLOVER type, or `PRAISE` (CAMEO 051) which PLOVER folds into SUPPORT. */
  act: string;
  aToB: number;
  bToA: number;
}

export interface Asymmetry {
  a: ActorMatch;
  b: ActorMatch;
  rows: AsymmetryRow[];
  goldsteinMean: { aToB: number | null; bToA: number | null };
}

/** A quotation, merged across the copies of its story. */
export interface QuoteRow {
  speakerId: string | null;
  speakerName: string | null;
  text: string;
  kind: string;
  storyId: string;
  /** Articles that carry this quotation. */
  numArticles: number;
  firstArticleId: string;
  published: string | null;
  url: string | null;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  published: string | null;
  url: string | null;
  /** The matching passage, with the matched words in [brackets]. */
  snippet: string;
}

/** What the corpus says about one actor. */
export interface ActorProfile {
  match: ActorMatch;
  name: string;
  type: string | null;
  country: string | null;
  /** For a non-state group: the state it is based in. */
  basedIn: string | null;
  articles: number;
  mentions: number;
  quotes: number;
  eventsAsSource: number;
  eventsAsTarget: number;
  /** Most frequent counterparts, both directions together. */
  partners: { id: string; label: string; events: number; goldsteinMean: number }[];
  /** Most frequent PLOVER types the actor takes part in. */
  types: { type: string; asSource: number; asTarget: number }[];
}

/** The corpus at a glance: counts, the most mentioned actors, the busiest dyads and event types. */
export interface CorpusOverview {
  stats: StoreStats;
  /** Actors by the number of articles that mention them. */
  actors: { id: string; label: string; type: string | null; country: string | null; basedIn: string | null; articles: number; mentions: number }[];
  /** Pairs of actors (both directions together) by number of events. */
  dyads: { a: string; b: string; aLabel: string; bLabel: string; events: number; goldsteinMean: number }[];
  /** PLOVER types by number of events. */
  types: { type: string; events: number }[];
}

