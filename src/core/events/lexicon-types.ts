/**
 * Types of the trigger lexicon: the raw entries people write in `data/lexicon/*.json` (the format
 * is documented in `data/lexicon/README.md`) and the compiled triggers the matcher uses.
 */
import type { FrameKind } from './frame-codes.js';

/**
 * Where a participant is read from, relative to the trigger:
 * `subj` subject (the agent of a passive), `obj` direct object (the subject of a passive),
 * `iobj` indirect object, `poss` possessor ("Russia's invasion"), `by` the by-phrase,
 * `mod` an actor modifier of a noun ("Russian invasion", "U.S. sanctions"), `theme` the required
 * object of a light-verb entry itself ("expelled **the ambassador**"),
 * any other word: a prepositional dependent with that preposition ("with", "against", "to"…).
 */
export type TriggerSlot = string;

/** Frames: words that combine with an inner act (see frame-codes.ts), plus modality frames. */
export type TriggerFrame =
  | FrameKind
  /** The inner act is said not to happen: "refrained from", "denied that", "failed to". */
  | 'negate'
  /** A forecast: "is expected to", "is likely to"; cooperative acts become intents, conflict hypothetical. */
  | 'hedge'
  /** A claim against the inner act's doer: "accused X of", "alleged that"; codes ACCUSE, the act becomes hypothetical. */
  | 'allege'
  /** "invited X to visit": an intent towards the invitee. */
  | 'invite'
  /** "decided/announced to": cooperative acts become intents, conflict acts stand (flagged future). */
  | 'decide'
  /** Verbs that carry the act unchanged: "resumed talks", "continued to support", "stepped up attacks". */
  | 'pass';

/** What people write: one entry of a lexicon file. */
export interface RawTriggerEntry {
  /** Verb lemma(s); a multi-word value ("crack down", "take part") requires the later words as dependents of the first. */
  verb?: string | string[];
  /** Noun lemma(s); in a multi-word value ("war game") the last word is the head. */
  noun?: string | string[];
  /** Adjective lemma(s), read as predicates ("was provocative") or complements ("called it provocative"). */
  adj?: string | string[];
  /** CAMEO code; optional for frames, which then use the frame's default. */
  code?: string;
  /** Required object lemma(s) of a verb ("sign" + "agreement"); light-verb constructions. */
  obj?: string | string[];
  /** Required prepositional dependent ("call" + "for"). */
  prep?: string;
  source?: TriggerSlot[];
  target?: TriggerSlot[];
  /** Code both directions when the participants are coordinated, plural, "each other", "between X and Y", or "joint". */
  symmetric?: boolean;
  /** Always code both directions (clashes, exchanges of fire). */
  mutual?: boolean;
  /** A meeting: refined to visit (042) or third-place meeting (044) when the place is known. */
  meeting?: boolean;
  frame?: TriggerFrame;
  /** Where a frame finds its inner act: `xcomp`, `ccomp`, `acl`, `obj`, or a preposition. */
  complement?: TriggerSlot[];
  /** A speech-act noun ("endorsement", "condolences") that is performed, not promised, when offered or expressed. */
  performative?: boolean;
  /** A more specific code when a dependent of the trigger, its object or its complement has one of these lemmas. */
  refine?: { when: string | string[]; code: string }[];
  /**
   * Another code when the head of the subject has one of these lemmas ("troops arrived in" is a
   * deployment, not a visit); `foreign`, the code when that subject's side acts on another state's
   * ("strikes hit refineries" is no attack, "Russian strikes hit Ukrainian positions" is one).
   */
  subjectRefine?: { when: string | string[]; code: string; foreign?: string }[];
  /** Which participants must be found for an event to be coded (default: `any`, one of them). */
  needs?: 'source' | 'target' | 'both' | 'any';
  /** The lemma(s) the object must NOT have ("hit" but not "hit a record"). */
  notObj?: string | string[];
  /** False for words that are events only inside a frame ("ties" in "cut ties", "ceasefire" in "agreed to a ceasefire"). */
  standalone?: boolean;
  /** A frame that is an event only around a conflict act: weapons built "to attack" a state threaten it, "to sell to" it nothing. */
  hostileOnly?: boolean;
  /** The code to use instead when the source is a state, an international organisation or a person ("China protested" → 114, not 141). */
  official?: string;
  /** The code to use instead when a person acts on a person ("Trump attacked Clinton", "hammered Ryan": words, not blows). */
  personTarget?: string;
  /**
   * The CAMEO sectors a target must have ("REB", "PTY", "OPP"): "banned al-Shabaab" bans an
   * organisation (1722), "banned Russia from the Olympics" or "banned Trump from the platform" do not.
   */
  targetSectors?: string[];
  /** With no source found, the country where it happened acts ("was detained in Moscow" → Russia). */
  placeIsSource?: boolean;
  /**
   * A place named in a target slot stands for its country ("reopened its embassy in Tehran" → Iran,
   * "closed its consulate in Erbil" → Iraq): for acts whose object sits in the target's territory.
   */
  placeIsTarget?: boolean;
  /**
   * People named only by a common noun in a target slot ("detained two men", "the arrest of dozens of
   * protesters") are a target nobody can name: the event is coded with no target rather than dropped.
   */
  unnamedPeople?: boolean;
  /** The source is whoever makes the judgement (the speaker, or the subject of "called X provocative"); the phrase's own actors are targets. */
  evaluative?: boolean;
  /** 0..1, how reliable the entry is (default 0.8). */
  confidence?: number;
  note?: string;
}

/** A lexicon file as stored. */
export interface RawTriggerFile {
  about?: string;
  entries: RawTriggerEntry[];
}

/** Part of speech a trigger matches. */
export type TriggerPos = 'verb' | 'noun' | 'adj';

/** A compiled trigger. */
export interface EventTrigger {
  /** `file#index`, for explanations and errors. */
  readonly id: string;
  readonly pos: TriggerPos;
  /** Lemma of the head word. */
  readonly lemma: string;
  /** Other words of a multi-word trigger, required as dependents of the head. */
  readonly words: readonly string[];
  readonly objs: ReadonlySet<string> | null;
  readonly notObjs: ReadonlySet<string> | null;
  readonly prep: string | null;
  readonly code: string | null;
  readonly frame: TriggerFrame | null;
  readonly source: readonly TriggerSlot[];
  readonly target: readonly TriggerSlot[];
  readonly complement: readonly TriggerSlot[];
  readonly symmetric: boolean;
  readonly mutual: boolean;
  readonly meeting: boolean;
  readonly performative: boolean;
  readonly refine: readonly { readonly when: ReadonlySet<string>; readonly code: string }[];
  readonly subjectRefine: readonly { readonly when: ReadonlySet<string>; readonly code: string; readonly foreign: string | null }[];
  /** As written; null when the entry leaves it to the coder's defaults. */
  readonly needs: 'source' | 'target' | 'both' | 'any' | null;
  readonly standalone: boolean;
  readonly hostileOnly: boolean;
  readonly official: string | null;
  readonly personTarget: string | null;
  /** The sectors a target must have, or null for any target. */
  readonly targetSectors: ReadonlySet<string> | null;
  readonly placeIsSource: boolean;
  readonly placeIsTarget: boolean;
  readonly unnamedPeople: boolean;
  readonly evaluative: boolean;
  readonly confidence: number;
  /** More constraints → more specific; the matcher prefers the most specific entry. */
  readonly specificity: number;
}

/** Closed-class words and word lists the coder's rules use (`data/lexicon/grammar.json`). */
export interface EventGrammar {
  readonly negators: ReadonlySet<string>;
  readonly futureAux: ReadonlySet<string>;
  readonly conditionalAux: ReadonlySet<string>;
  readonly hypotheticalAux: ReadonlySet<string>;
  readonly obligationAux: ReadonlySet<string>;
  readonly conditionalMarks: ReadonlySet<string>;
  readonly hypotheticalNouns: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  /** Light verbs whose subject is the source of the nominal event they govern: lemma → required extra words/prep. */
  readonly supportVerbs: ReadonlyMap<string, readonly { words: readonly string[]; prep: string | null }[]>;
  readonly reciprocals: ReadonlySet<string>;
  readonly jointMarkers: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly personalPronouns: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  /** Verbs whose object is the subject of their infinitive ("urged Iran to stop"). */
  readonly objectControl: ReadonlySet<string>;
  /** Predicates that take an evaluative adjective about their object ("called the visit provocative"). */
  readonly evaluativeVerbs: ReadonlySet<string>;
  /** Future time words ("next", "tomorrow", "upcoming"): the act has not happened yet. */
  readonly futureTimeWords: ReadonlySet<string>;
  /** Light verbs whose subject receives the act ("received weapons from", "won assurances from"). */
  readonly receivingVerbs: ReadonlySet<string>;
  /** Agent nouns located by an "in" phrase that names their country ("a court in Guyana", "protesters in London"). */
  readonly localizedAgents: ReadonlySet<string>;
  /** Nouns that describe a state ("the country", "the government"): unresolved in reported speech, the speaker's. */
  readonly stateDescriptions: ReadonlySet<string>;
  /**
   * Quantity and collective nouns a verb governs in place of the act ("held a round of talks",
   * "fired dozens of rockets", "a wave of arrests"); optional in grammar.json (empty when absent).
   */
  readonly quantityNouns: ReadonlySet<string>;
  /**
   * Nouns of what a party issues or sends ("statement", "letter", "resolution"): a participle on one
   * ("a statement condemning the raid") acts for whoever issued it; optional (empty when absent).
   */
  readonly documentNouns: ReadonlySet<string>;
  /**
   * Nouns of a point in a span ("end", "close", "start"): after "at", "by", "until"… ("at the end of
   * the meeting") the phrase dates another act and is none itself; optional (empty when absent).
   */
  readonly timePointNouns: ReadonlySet<string>;
  /**
   * Nouns of a list or register a party is put on or taken off ("sanctions list", "blacklist"): a
   * phrase with the entry's preposition on the verb's object that names one is the verb's ("added two
   * banks to its sanctions list"); optional (empty when absent).
   */
  readonly listNouns: ReadonlySet<string>;
  /**
   * Verbs whose subject answers a document rather than issues it ("vetoed a resolution calling for a
   * ceasefire", "condemned a statement accusing it of …"): a participle on the document is not the
   * subject's act; optional (empty when absent).
   */
  readonly documentAnswerVerbs: ReadonlySet<string>;
  /**
   * Adjectives that make the act a noun names only possible ("a possible meeting", "potential
   * sanctions", "a proposed ceasefire"); optional (empty when absent).
   */
  readonly hypotheticalModifiers: ReadonlySet<string>;
  /**
   * Common nouns of people ("men", "protesters", "journalist"): what an entry with `unnamedPeople`
   * accepts as a target nobody names; optional (empty when absent).
   */
  readonly peopleNouns: ReadonlySet<string>;
  /**
   * Adjectives that place a group outside the story's country ("Western diplomats", "foreign
   * journalists"): such a group takes no country from the context; optional (empty when absent).
   */
  readonly foreignModifiers: ReadonlySet<string>;
  /**
   * Nouns that can name any act ("the move", "the decision", "this act"): bare and definite, one
   * points back at the latest act told; optional (empty when absent).
   */
  readonly genericActNouns: ReadonlySet<string>;
  /**
   * Lemmas that name one act in different words, each family one string of space-separated lemmas
   * ("fire launch test": "fired two missiles" … "condemned the launch"); a definite noun of a family
   * points back at an act told with another of its words. Lemma → family number; optional.
   */
  readonly actWordFamilies: ReadonlyMap<string, number>;
  /**
   * Nouns that name an act someone answers ("the appeal", "the protest", "the offer") and the CAMEO
   * code prefixes of the earlier acts each can name back ("appeal" → 02, 10): a definite one as what
   * an act answers ("rejected the appeal") stands for whoever made the latest such act. Lemma or form
   * → the act's kind; optional (empty when absent).
   */
  readonly answeredActs: ReadonlyMap<string, AnsweredAct>;
  /**
   * Verbs of complaint that, as the purpose of summoning someone ("summoned the ambassador **to
   * protest** the arrests"), are the summoner's own act, not the summoned one's ("summoned the
   * ambassador to explain" stays his); optional (empty when absent).
   */
  readonly summonerPurposes: ReadonlySet<string>;
  /**
   * Words of answering an act ("response", "retaliation", "countermeasures", "retaliate"): a threat
   * made in such a word that names nobody answers the latest act against the threatener
   * ("promised a tough response" after an expulsion of its diplomats); optional (empty when absent).
   */
  readonly responseWords: ReadonlySet<string>;
  /**
   * Verbs of keeping someone from an act ("barred the Pentagon **from selling** arms", "was
   * prohibited from attacking"): the one kept from it is the gerund's doer, and the act did not
   * happen; optional (empty when absent).
   */
  readonly hinderingVerbs: ReadonlySet<string>;
  /** Nouns of people who speak or act for someone named after "for" ("a spokesperson for the UN chief", "an envoy for the EU"). */
  readonly representativeNouns: ReadonlySet<string>;
}

/** The kind of act a noun of an answered act names (grammar.json `answeredActs`). */
export interface AnsweredAct {
  /** CAMEO code prefixes of the acts the noun can name ("appeal" → 02, 10). */
  readonly codes: readonly string[];
  /**
   * Head nouns of answering sides for which the noun names another thing: a court that "rejected the
   * appeal" rules on a legal appeal, not on a state's call.
   */
  readonly notBy: ReadonlySet<string>;
}

/** Raw form of grammar.json: every field a list of strings, support verbs as objects. */
export type RawEventGrammar = Record<string, unknown>;
