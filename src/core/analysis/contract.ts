/**
 * The analysis contract: the versioned JSON document Entente produces for one article.
 *
 * Every span is a pair of character offsets into `text` (UTF-16 code units). The JSON Schema in
 * `schema/analysis.schema.json` describes the same document; `schemaVersion` follows semver:
 * a minor version adds optional fields, a major version changes or removes one.
 *
 * 1.2.0: non-state groups (rebels, insurgents, separatists, the opposition, NGOs: sectors REB, INS,
 * SEP, RAD, UAF, OPP, NGO, HRI) act for no state: their `country` is null and the state they are
 * based in is `basedIn`, on the actor and on event participants (a quotation's speaker: country null);
 * their CAMEO code keeps it (`SDNREB`).
 */
import type { ArticleMeta } from '../article/article.js';
import type { Span, TextSpan } from '../span.js';

/** Version of the analysis document this code writes. */
export const SCHEMA_VERSION = '1.2.0';

/** Actor kinds. `igo`: intergovernmental organisation; `group`: unnamed collectives ("protesters"). */
export type ActorType = 'person' | 'state' | 'igo' | 'org' | 'group';

/** A mention: where an actor, place or speaker is named or referred to. */
export interface MentionRef extends TextSpan {
  /** How it refers: by name, by a description ("the Chinese leader"), by a pronoun, or by metonymy ("the Kremlin"). */
  readonly via?: 'name' | 'alias' | 'title' | 'description' | 'pronoun' | 'metonym' | 'demonym';
}

/** A resolved actor with every mention of it in the article. */
export interface AnalysisActor {
  /** Canonical id: knowledge-base id (e.g. `person:vladimir-putin`, `state:RUS`) or `new:<slug>` for an actor found only in this text. */
  id: string;
  name: string;
  type: ActorType;
  /**
   * ISO 3166-1 alpha-3 of the state the actor belongs to or acts for; `null` if none or unknown, and
   * for a non-state group (an armed group, a movement, the opposition, an NGO), which acts for none.
   */
  country: string | null;
  /** For a non-state group: the state it is based in or fights in (`SDN` for the Rapid Support Forces). */
  basedIn?: string | null;
  /** Role valid at the article's date ("head of state", "foreign minister", "analyst"). */
  role: string | null;
  /** CAMEO-style sector (GOV, MIL, LEG, BUS, MED, EDU, REB, OPP, IGO, NGO, CVL...). */
  sector: string | null;
  /** CAMEO-style actor code, e.g. `RUSGOV`, `IGOUNO`, `USALEG`. */
  cameo: string | null;
  /** Organisation the person speaks for, when known ("Royal United Services Institute"). */
  affiliation?: string | null;
  /**
   * The organisation a person acts for in their role when it is no state's body: an international
   * organisation ("UN Secretary-General …", "the EU ambassador to …") or a movement or armed group
   * ("the group's military spokesman, …"); such a person's `country` is `null`.
   */
  actsFor?: ActsFor | null;
  /** Other names and descriptions used for it in this article. */
  aliases: string[];
  mentions: MentionRef[];
}

/** The organisation (an IGO, or a body that is no state's) a person acts for. */
export interface ActsFor {
  id: string;
  name: string;
  /** Its CAMEO-style actor code (`IGOUNO`). */
  cameo: string | null;
}

/** A geocoded place. */
export interface AnalysisPlace {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3 of the country it lies in. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** city, country, region, water... */
  kind?: string | null;
  mentions: MentionRef[];
}

/** A date expression resolved against the publication date. */
export interface AnalysisDate extends TextSpan {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the text allows (for a week: its Monday). */
  value: string;
  granularity: 'day' | 'week' | 'month' | 'year';
  /** Part of a month or year the text narrows it to ("late February" → `late`). */
  part?: 'early' | 'mid' | 'late' | null;
  /** Relative expressions ("next month") need an anchor; false when the text gave the date outright. */
  relative?: boolean;
}

/** The person or body a quotation is attributed to. */
export interface QuoteSpeaker {
  id: string | null;
  name: string;
  type: ActorType | null;
  country: string | null;
  role?: string | null;
  affiliation?: string | null;
  /** The mention that names the speaker in the attribution ("he" in "he added"). */
  mention?: TextSpan | null;
}

/** A quotation. */
export interface AnalysisQuote {
  id: string;
  /** The quoted words (for direct and partial quotes, without the quote marks). */
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
  /** Offsets of the content in `text`; a quote split by its attribution has several parts. */
  start: number;
  end: number;
  parts?: Span[];
  speaker: QuoteSpeaker | null;
  /** The reporting verb or phrase ("said", "told", "according to"). */
  cue: TextSpan | null;
  /** The medium or source ("a Kremlin readout", "RFE/RL", "Twitter"). */
  source?: TextSpan | null;
  /** Index into `sentences` of the sentence holding the quote's start. */
  sentence: number;
}

/** A participant of an event. */
export interface EventActorRef {
  id: string | null;
  name: string;
  type: ActorType | null;
  /** The state the participant is or acts for; null for an IGO and for a non-state group. */
  country: string | null;
  /** For a non-state group: the state it is based in (PLOVER and CAMEO count it with that state). */
  basedIn?: string | null;
  sector?: string | null;
  /** CAMEO-style actor code, e.g. `CHNGOV`. */
  code?: string | null;
  mention?: TextSpan | null;
  /**
   * The person who acted, when the participant is the international organisation they act for
   * ("UN Secretary-General António Guterres" → the United Nations, agent Guterres).
   */
  agent?: { id: string | null; name: string } | null;
}

/** GDELT's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** An event: who did what to whom, when and where, and the characters that say so. */
export interface AnalysisEvent {
  id: string;
  /** PLOVER event type (AGREE, CONSULT, SUPPORT, ... ASSAULT). */
  type: string;
  mode: string | null;
  context: string | null;
  /** CAMEO 2.0 event code ("042"). */
  cameo: string;
  goldstein: number;
  quadClass: QuadClass;
  source: EventActorRef | null;
  target: EventActorRef | null;
  /** Resolved date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null. */
  date: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  /** The event is said not to have happened ("did not condemn", "refrained from condemning"). */
  negated: boolean;
  /** The event is possible, conditional, hypothetical or speculative. */
  hypothetical: boolean;
  /** The text reports an intention or a future act, coded as the act but flagged. */
  future?: boolean;
  /** The event is a claim made inside a quotation or reported speech; the quote's id. */
  claimOf?: string | null;
  /** The word or phrase that triggered the event ("met", "invasion"). */
  trigger: TextSpan;
  /** The evidence: the sentence (offsets) the event was read from. */
  evidence: TextSpan & { sentence: number };
  /** 0..1, how sure the coder is. */
  confidence: number;
}

/** The analysis of one article. */
export interface Analysis {
  schemaVersion: string;
  generator: { name: 'entente'; version: string; models?: Record<string, string> };
  /** Stable id of the article (content hash of the clean text). */
  id: string;
  meta: ArticleMeta;
  text: string;
  paragraphs: (Span & { kind: 'paragraph' | 'heading' })[];
  sentences: Span[];
  actors: AnalysisActor[];
  places: AnalysisPlace[];
  dates: AnalysisDate[];
  quotes: AnalysisQuote[];
  events: AnalysisEvent[];
}
