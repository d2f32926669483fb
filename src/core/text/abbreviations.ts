/**
 * Abbreviations that keep their final period as part of the token ("Mr.", "Sept.", "Inc.") and tell
 * the sentence splitter whether a period can end a sentence.
 *
 * The lists are data: edit them here (one word per entry, without the final period, case as
 * written in news). Dotted acronyms ("U.S.", "e.g.", "a.m.", "Ph.D.") and single-letter initials
 * ("W.") need no entry: the tokenizer recognises their shape. `createAbbreviations` takes extra
 * entries for other house styles.
 */

/** How an abbreviation behaves at a period. */
export type AbbreviationKind =
  /** Precedes a name ("Gen. Milley"): never ends a sentence. */
  | 'title'
  /** Month or weekday ("Sept. 15"): ends a sentence only before a sentence starter. */
  | 'date'
  /** An abbreviation only before a number ("No. 10", "Art. 5", "pp. 3"). */
  | 'before-number'
  /** Anything else ("Inc.", "etc.", "Jr."): ends a sentence only before a sentence starter. */
  | 'general';

/** The editable table. */
export interface AbbreviationTable {
  readonly title: readonly string[];
  readonly date: readonly string[];
  readonly 'before-number': readonly string[];
  readonly general: readonly string[];
  /**
   * Capitalised words that usually begin a sentence: after an abbreviation that may end one
   * ("in the U.S. The talks…"), one of these means the sentence ended there.
   */
  readonly starters: readonly string[];
}

/** The default table for English news. */
export const DEFAULT_ABBREVIATIONS: AbbreviationTable = {
  title: [
    'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs', 'Rev', 'Fr', 'Hon', 'Rt',
    'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Pte',
    'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Pres', 'Amb', 'Atty', 'Supt', 'Insp', 'Det', 'Msgr', 'Sra', 'Srta',
    'St', 'Ste', 'Mt', 'Ft', 'Gov-Gen', 'Smt', 'Sh', 'Kum', 'Mx',
  ],
  date: [
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'Tue', 'Tues', 'Thu', 'Thur', 'Thurs', 'Fri',
  ],
  'before-number': ['No', 'Nos', 'no', 'nos', 'Art', 'Arts', 'art', 'p', 'pp', 'Vol', 'vol', 'Fig', 'fig', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para', 'Op', 'Nr', 'nr', 'Ex', 'Tel', 'tel'],
  general: [
    'Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Bros', 'Jr', 'Sr', 'Esq', 'Pty', 'Intl', 'Natl', 'Assn', 'Assoc', 'Univ', 'Dept', 'Govt',
    'etc', 'vs', 'al', 'cf', 'ca', 'approx', 'est', 'dept', 'govt', 'incl', 'excl', 'misc', 'viz', 'ibid', 'resp',
    'Ave', 'Blvd', 'Rd', 'Hwy', 'Sq', 'Pl',
    'Ala', 'Ariz', 'Ark', 'Cal', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Kan', 'Kans', 'Ky', 'Md', 'Mich', 'Minn', 'Mont',
    'Neb', 'Nebr', 'Nev', 'Okla', 'Ore', 'Tenn', 'Tex', 'Va', 'Vt', 'Wis', 'Wyo', 'Ont', 'Que',
  ],
  starters: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Their', 'Its', 'His', 'Her', 'Our', 'My', 'Your',
    'He', 'She', 'It', 'They', 'We', 'I', 'You', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Several', 'Such',
    'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Also', 'However', 'Meanwhile', 'Moreover', 'Nevertheless', 'Instead',
    'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'By', 'As', 'After', 'Before', 'During', 'Since', 'Until',
    'When', 'While', 'If', 'Although', 'Though', 'Because', 'Despite', 'According', 'Under', 'Over', 'Amid',
    'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Then', 'Now', 'Here', 'No', 'Not', 'Neither', 'Nor',
    'One', 'Two', 'Three', 'Last', 'Next', 'Earlier', 'Later', 'Other', 'Another', 'Officials', 'Analysts',
  ],
};

/** Lookups over an {@link AbbreviationTable}. */
export interface Abbreviations {
  /** Kind of `word` (without its final period), or `undefined` when it is not an abbreviation. */
  kind(word: string): AbbreviationKind | undefined;
  /** True when `word` usually begins a sentence. */
  isStarter(word: string): boolean;
}

/** Builds the lookups; `extra` entries are added to the default table. */
export function createAbbreviations(extra: Partial<AbbreviationTable> = {}): Abbreviations {
  const kinds = new Map<string, AbbreviationKind>();
  const starters = new Set<string>([...DEFAULT_ABBREVIATIONS.starters, ...(extra.starters ?? [])]);
  const order: AbbreviationKind[] = ['general', 'date', 'before-number', 'title'];
  // Later kinds win, so a word listed as a title in `extra` overrides a default general entry.
  for (const kind of order) {
    for (const w of DEFAULT_ABBREVIATIONS[kind]) kinds.set(w, kind);
  }
  for (const kind of order) {
    for (const w of extra[kind] ?? []) kinds.set(w, kind);
  }
  return {
    // all-capital headlines write "GEN." and "SEPT.": try the capitalised spelling too
    kind: (word) => kinds.get(word) ?? (word.length > 1 && word === word.toUpperCase() ? kinds.get(word[0] + word.slice(1).toLowerCase()) : undefined),
    isStarter: (word) => starters.has(word),
  };
}

/**
 * Shape of a word that keeps its final period without a table entry: `'initial'` for one letter
 * ("W"), `'acronym'` for letters joined by periods in groups of one or two ("U.S", "e.g", "Ph.D"),
 * else `undefined`. `text[start, end)` is the word without the final period.
 */
export function dottedShape(text: string, start: number, end: number): 'initial' | 'acronym' | undefined {
  const n = end - start;
  if (n <= 0) return undefined;
  if (n === 1) return isAsciiOrLatinLetter(text.charCodeAt(start)) ? 'initial' : undefined;
  let segment = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (segment === 0) return undefined;
      dots++;
      segment = 0;
    } else if (isAsciiOrLatinLetter(c)) {
      if (++segment > 2) return undefined;
    } else {
      return undefined;
    }
  }
  return dots > 0 && segment > 0 ? 'acronym' : undefined;
}

function isAsciiOrLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
