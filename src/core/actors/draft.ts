/**
 * Mention drafts: what composition finds before coreference and actor building. A draft knows its
 * token span, what kind of thing it names and whatever the text says about it (country, role,
 * title, gender, affiliation); `kbId` is set when the knowledge base identifies it.
 */
import type { MentionRef } from '../analysis/contract.js';
import type { PlaceRecord } from '../places/gazetteer.js';

export type DraftKind = 'person' | 'state' | 'igo' | 'org' | 'group' | 'place' | 'pronoun' | 'description' | 'partial';

export interface Draft {
  tokStart: number;
  tokEnd: number;
  /** Characters, when the mention is a part of a hyphenated token ("Russia" in "Russia-China"). */
  charStart?: number;
  charEnd?: number;
  /** The naming part (for "Russian President Vladimir Putin": "Vladimir Putin"). */
  nameStart: number;
  nameEnd: number;
  kind: DraftKind;
  via: NonNullable<MentionRef['via']>;
  kbId: string | null;
  /** Name for an actor the knowledge base does not know. */
  name: string | null;
  /** Another name the text gives it at this mention: a group's phrase with its count ("Thousands of protesters"). */
  alias?: string;
  country: string | null;
  role: string | null;
  title: string | null;
  sector: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  affiliation: string | null;
  /**
   * The region of its state where a person's office is held or whom they represent ("Ohio" in "Ohio
   * Gov. Jane Roe", "Sen. John Doe of Texas", "the Vermont senator"): a gazetteer place id.
   */
  home?: string;
  /** The knowledge base id of the international organisation the person acts for ("UN envoy"). */
  actsFor?: string | null;
  place: PlaceRecord | null;
  /** A coordinated mention naming several actors ("Hungarian and Romanian officials"): one per part. */
  split?: { name: string; country: string | null }[];
  /**
   * A plural description of two parties named before ("the two countries": `state`; "the two sides":
   * `party`; "the two men": `people`; "the pair", "the two rivals": `any`, two people else two parties).
   */
  pairOf?: 'state' | 'party' | 'people' | 'any';
  /** With `pairOf`: how many parties the description counts when more than two ("the three countries"). */
  partyCount?: number;
  /** A singular description standing for an actor named before ("the country", "the bloc", "the militant group"). */
  standsFor?: 'state' | 'bloc' | 'group';
  /** The leader's name a government is named after ("Obama" in "the Obama administration"), while their country is unknown. */
  leader?: string;
  /**
   * A body the knowledge base knows by its generic head noun ("Parliament" = the UK's): the text's
   * own country may own it instead (see `generic-bodies.ts`).
   */
  generic?: boolean;
  /** The readings of an ambiguous name, when nothing named before decided between them ("Congress"). */
  readings?: { id: string; sector: string | null }[];
  /** Entity key after coreference (`kbId`, or `new:<slug>`); a plural mention may have several. */
  refs: string[];
}

/** The character range of a unit that covers only part of a token, as draft fields. */
export function partOf(u: { charStart?: number; charEnd?: number }): Partial<Draft> {
  return u.charStart === undefined ? {} : { charStart: u.charStart, charEnd: u.charEnd };
}

/** A draft with every optional attribute empty. */
export function draft(kind: DraftKind, tokStart: number, tokEnd: number, via: Draft['via'], extra: Partial<Draft> = {}): Draft {
  return {
    tokStart, tokEnd, nameStart: tokStart, nameEnd: tokEnd, kind, via, kbId: null, name: null, country: null, role: null,
    title: null, sector: null, gender: null, plural: false, affiliation: null, place: null, refs: [], ...extra,
  };
}

/**
 * The country a state or place draft names: a state's own (from its knowledge-base id when the
 * draft carries none), a place's gazetteer country; null for other kinds.
 */
export function namedCountry(x: Draft): string | null {
  if (x.kind === 'place') return x.place?.country ?? x.country;
  if (x.kind !== 'state') return null;
  const id = x.kbId ?? x.refs[0] ?? '';
  return x.country ?? (id.startsWith('state:') ? id.slice('state:'.length) : null);
}
