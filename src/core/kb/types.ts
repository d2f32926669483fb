/**
 * The knowledge base's entry types: what `data/kb/*.json` and users' own files hold, after
 * validation. The format is described for people in `data/kb/README.md`; these types are the same
 * thing for code. Country codes are ISO 3166-1 alpha-3 (plus X-codes for entities without one,
 * e.g. `XKX` Kosovo); dates are `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */

/** A metonym: a place or building that stands for a government ("the Kremlin", "the Pentagon"). */
export interface KbMetonym {
  name: string;
  /** CAMEO sector the metonym stands for; GOV when not given. */
  sector: string;
  /** The organisation it names, when there is one ("the Pentagon" → `org:us-department-of-defense`). */
  org?: string;
}

/** How a state-like entry stands in the world. */
export type KbStateStatus = 'un-member' | 'un-observer' | 'partially-recognised' | 'unrecognised' | 'territory' | 'former';

/** A state, an observer state, a partially recognised or former state, or a territory. */
export interface KbState {
  kind: 'state';
  id: string;
  iso2: string | null;
  iso3: string;
  cameo: string;
  name: string;
  officialName: string;
  aliases: string[];
  /** Adjective demonyms ("Kazakh", "Kazakhstani"). */
  adjectives: string[];
  /** People demonyms ("Kazakhs", "Kazakhstanis"). */
  people: string[];
  capital: string | null;
  /** Other spellings and former names of the capital ("Nur-Sultan"). */
  capitalAliases: string[];
  metonyms: KbMetonym[];
  status: KbStateStatus;
  /** For territories: the iso3 of the state it belongs to. */
  sovereign: string | null;
  /** For contested entities: the iso3 of the state that claims it. */
  claimedBy: string | null;
  /** For former states: the first day it no longer existed. */
  dissolved: string | null;
  region: string | null;
  subregion: string | null;
  /** Names of this entry that also mean something else and need context ("Georgia", "Washington"). */
  needsContext: string[];
  /**
   * A nation of immigrants: another state's adjective before its people names their origin
   * ("Chinese Americans" are Americans), where elsewhere it names where a people lives ("Bosnian
   * Serbs" live in Bosnia).
   */
  immigrantNation: boolean;
}

/** Membership span of a former member: `since <= D < until`. */
export interface KbMembershipSpan {
  since: string | null;
  until: string;
}

/** An intergovernmental organisation, or a body of one (`parent`). */
export interface KbIgo {
  kind: 'igo';
  id: string;
  name: string;
  aliases: string[];
  cameo: string;
  /** What sort of body it is ("military alliance", "principal organ", "court"). */
  type: string;
  parent: string | null;
  seat: string | null;
  /**
   * Current member states (iso3), or `null` when not listed. A body whose file entry gives no
   * `members` has its parent's.
   */
  members: string[] | null;
  /** Whether `members` was inherited from the parent rather than given. */
  membersInherited: boolean;
  /** IGOs that are members (the EU and the AU in the G20). */
  igoMembers: string[];
  /** Day each member joined, where known. */
  membersSince: Record<string, string>;
  /** Members that left, with their span. */
  formerMembers: Record<string, KbMembershipSpan>;
  /** Members whose participation is suspended, with the day it began. */
  suspended: Record<string, string>;
  dissolved: string | null;
  metonyms: KbMetonym[];
  needsContext: string[];
}

/** A sector held over a span (`start <= D < end`), for organisations whose nature changed. */
export interface KbSectorSpan {
  sector: string;
  start: string | null;
  end: string | null;
}

/** A named organisation: party, armed force, agency, legislature, court, ministry, media, company… */
export interface KbOrg {
  kind: 'org';
  id: string;
  name: string;
  aliases: string[];
  /** iso3 of the state it belongs to or acts for; `null` for international organisations. */
  country: string | null;
  /** CAMEO-style sector today. */
  sector: string;
  /** Further sectors it also acts in (Hamas: REB and PTY). */
  otherSectors: string[];
  /** Earlier sectors (the Taliban: REB until 2021-08-15). */
  sectorHistory: KbSectorSpan[];
  /** What sort of organisation it is ("think tank", "ruling party"). */
  type: string;
  cameo: string;
  parent: string | null;
  dissolved: string | null;
  metonyms: KbMetonym[];
  needsContext: string[];
}

/** The role vocabulary of people's roles (`data/kb/README.md`). */
export const PERSON_ROLES = [
  'head of state', 'head of government', 'vice president', 'deputy head of government', 'foreign minister',
  'defence minister', 'igo head', 'minister', 'speaker', 'military chief', 'party leader', 'opposition leader',
  'ambassador', 'legislator', 'official', 'candidate',
] as const;

/** A role of a person, in the order of seniority used to pick one when several are held at once. */
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A role a person held from `start` (inclusive) to `end` (exclusive; `null` = still held). */
export interface KbRole {
  role: PersonRole;
  /** How the press writes it ("President", "Foreign Secretary"). */
  title: string | null;
  country: string | null;
  /** For `igo head` and IGO officials: the igo id. */
  igo: string | null;
  /**
   * The organisation the role is held in when it is no state's office ("Secretary-General of
   * Hezbollah", "Commander of the Rapid Support Forces"): an org id. While that organisation is a
   * non-state group (an armed group, a movement, the opposition), its holder acts for it.
   */
  org?: string | null;
  /** For `minister`: the portfolio ("finance"). */
  portfolio: string | null;
  start: string | null;
  end: string | null;
  acting: boolean;
  /** The dates are approximate. */
  uncertain: boolean;
  /** The holder's claim to the role is disputed (rival governments). */
  disputed: boolean;
  /** CAMEO actor code while in the role, when the source gave one (imported dictionaries: `RUSGOV`). */
  cameo: string | null;
}

/** A person with dated roles. */
export interface KbPerson {
  kind: 'person';
  id: string;
  name: string;
  aliases: string[];
  gender: 'm' | 'f' | null;
  roles: KbRole[];
  needsContext: string[];
}

/** Agent words ("president", "troops", "protesters") and the sector and role they denote. */
export interface KbSectorWords {
  kind: 'sector';
  words: string[];
  /** Plural forms, given and derived. */
  plurals: string[];
  sector: string;
  role: string | null;
  /** The words denote collectives ("protesters", "troops"). */
  group: boolean;
  needsContext: string[];
  /** The one state a people named by these words lives in ("Yoruba" → NGA), for peoples of one state. */
  country: string | null;
}

/** Any actor entry with an id. */
export type KbActor = KbState | KbIgo | KbOrg | KbPerson;

/** Any validated entry. */
export type KbEntry = KbActor | KbSectorWords;

/** Kinds of actor entries, from the id prefix. */
export type KbActorKind = KbActor['kind'];

/** A named input to {@link createKnowledgeBase}: a file's parsed JSON and its name for error messages. */
export interface KbSource {
  /** File name or other label used in error messages. */
  name: string;
  /** The parsed JSON: an array of entries. */
  entries: unknown;
}
