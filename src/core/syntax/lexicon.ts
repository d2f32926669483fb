/**
 * A word-class lexicon for the tagger: for a lower-cased word, the parts of speech an English
 * dictionary allows it (WordNet noun/verb/adjective/adverb, the fnTBL tag lexicon's Penn tags,
 * WordNet's irregular inflections). Treebank words are few; a dictionary tells the tagger that an
 * unseen "annexed" is the past of a verb and an unseen "sovereign" may be an adjective.
 *
 * The trainer builds it from wink-lexicon (MIT; WordNet 3.0 licence) and stores it inside the
 * model file, so the run-time core needs no dictionary package. {@link morphKey} adds what
 * de-inflection finds: "annexed" → base "annex" is a WordNet verb, via the "-ed" rule.
 */
import { finish, mixIn } from './hash.js';
import type { IntLookup } from './int-table.js';

/** Bits of a lexicon entry. */
export const LexBit = {
  WnNoun: 1 << 0,
  WnVerb: 1 << 1,
  WnAdj: 1 << 2,
  WnAdv: 1 << 3,
  /** An irregular inflected form of a noun / verb / adjective (WordNet exception lists). */
  IrrNoun: 1 << 4,
  IrrVerb: 1 << 5,
  IrrAdj: 1 << 6,
  /** First bit of the Penn tags (fnTBL lexicon), in the order of {@link PENN_LEXICON_TAGS}. */
  PennBase: 7,
} as const;

/** Penn tags the lexicon records, each one bit from `LexBit.PennBase` on. */
export const PENN_LEXICON_TAGS = [
  'NN', 'NNS', 'NNP', 'NNPS', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'JJ', 'JJR', 'JJS', 'RB', 'RBR',
  'RBS', 'IN', 'DT', 'PRP', 'PRP$', 'CC', 'MD', 'CD', 'UH', 'WDT',
] as const;

/** Lower-cased word hash → entry bits (`hashString` of the normalised form). */
export type SyntaxLexicon = IntLookup;

/**
 * Lower-cased word hash → WordNet semantic signature: the set of lexicographer files of its noun
 * senses (noun.person, noun.location, noun.time …, 26 bits) and of its verb senses
 * (verb.communication, verb.motion …, 15 bits), packed as `noun * 32768 + verb`. A coarse word
 * class that tells the parser "a time noun", "a verb of saying" for words it rarely saw.
 */
export type SyntaxSemantics = IntLookup;

/** Packs noun and verb lexicographer-file sets into one {@link SyntaxSemantics} value. */
export function packSemantics(noun: number, verb: number): number {
  return noun * 32768 + verb;
}

/** The noun part of a packed semantic value. */
export function semanticNoun(v: number): number {
  return Math.floor(v / 32768);
}

/** The verb part of a packed semantic value. */
export function semanticVerb(v: number): number {
  return v % 32768;
}

/** The WordNet part-of-speech bits of an entry. */
const WN_BITS = LexBit.WnNoun | LexBit.WnVerb | LexBit.WnAdj | LexBit.WnAdv;

/**
 * De-inflection rules: strip a suffix, add a replacement, look the base up. A rule's number enters
 * the feature, so "-ed → verb" and "-s → noun" stay distinct evidence.
 */
const RULES: ReadonlyArray<readonly [suffix: string, add: string, doubled: boolean]> = [
  ['s', '', false], ['es', '', false], ['ies', 'y', false],
  ['ed', '', false], ['ed', 'e', false], ['ied', 'y', false], ['ed', '', true],
  ['ing', '', false], ['ing', 'e', false], ['ing', '', true],
  ['er', '', false], ['er', 'e', false], ['ier', 'y', false], ['est', '', false], ['iest', 'y', false],
  ['ly', '', false], ['ily', 'y', false], ['ally', '', false],
  ['ness', '', false], ['ment', '', false], ['tion', 'te', false], ['ation', 'e', false], ['ist', '', false], ['ism', '', false],
];

/** Candidate bases of `lower` by the de-inflection rules, in rule order. */
export function baseForms(lower: string): string[] {
  const out: string[] = [];
  for (const [suffix, add, doubled] of RULES) {
    if (lower.length < suffix.length + 2 || !lower.endsWith(suffix)) continue;
    let stem = lower.slice(0, lower.length - suffix.length);
    if (doubled) {
      const n = stem.length;
      if (n < 3 || stem[n - 1] !== stem[n - 2]) continue;
      stem = stem.slice(0, n - 1);
    }
    out.push(stem + add);
  }
  return out;
}

/**
 * A key summarising what de-inflecting `lower` finds in the lexicon (0 when nothing):
 * the set of (rule, WordNet bits of the base) pairs, hashed.
 * @param lookup  hash of a lower-cased string → its lexicon entry, if any
 */
export function morphKey(lower: string, lookup: (s: string) => number | undefined): number {
  let h = 0x1b3;
  let found = 0;
  for (let r = 0; r < RULES.length; r++) {
    const [suffix, add, doubled] = RULES[r];
    if (lower.length < suffix.length + 2 || !lower.endsWith(suffix)) continue;
    let stem = lower.slice(0, lower.length - suffix.length);
    if (doubled) {
      const n = stem.length;
      if (n < 3 || stem[n - 1] !== stem[n - 2]) continue;
      stem = stem.slice(0, n - 1);
    }
    const base = lookup(stem + add);
    if (base === undefined || (base & WN_BITS) === 0) continue;
    h = mixIn(mixIn(h, r), base & WN_BITS);
    found++;
  }
  return found ? finish(h) : 0;
}
