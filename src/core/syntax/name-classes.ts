/**
 * Name classes the parser reads in proper-noun chains. UD heads "Professor Jane Doe" and "NASA
 * Administrator Jane Doe" on the given name (titles attach to it, the family name is `flat`), while
 * "Jane Doe" alone is headed by its first word and "Harbour Bridge" by its last: which word of a
 * capitalised run heads it depends on whether a word is a given name or a title, which a word's
 * form says only for names the treebanks happen to contain. The model's semantic signatures carry
 * two extra noun bits for the given names and title words of the actor grammar's name cues
 * (`data/kb/name-cues.json`, frozen into the model when it is trained), and {@link nameClass}
 * turns them into a small per-token class.
 */
import { WordFlag } from './word-table.js';

/** Noun-part bit of a semantic signature (beyond WordNet's 26 lexicographer files): a given name. */
export const GIVEN_NAME_BIT = 1 << 27;
/** Noun-part bit of a semantic signature: a title or honorific written before a name ("Minister", "Dr."). */
export const NAME_TITLE_BIT = 1 << 28;

/**
 * The token's name class: 0 for a word that does not start with a capital or is not a noun;
 * else 1, plus 1 for a given name, plus 2 for a title (so 1–4).
 * @param flags     the word's `WordFlag` bits
 * @param noun      whether its tag is NOUN or PROPN
 * @param semNoun   the noun part of its semantic signature
 */
export function nameClass(flags: number, noun: boolean, semNoun: number): number {
  if (!noun || (flags & WordFlag.InitUpper) === 0) return 0;
  return 1 + ((semNoun & GIVEN_NAME_BIT) !== 0 ? 1 : 0) + ((semNoun & NAME_TITLE_BIT) !== 0 ? 2 : 0);
}
