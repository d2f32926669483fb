/**
 * How coreference and the surname index compare people's names: lower case, without diacritics,
 * typographic apostrophes as plain ones ("O’Malley" is "O'Malley"), split at spaces and dashes.
 * One definition, so that a name the index files and the name coreference looks up fold alike.
 */

/** Lower case without diacritics, typographic apostrophes as plain ones. */
export const foldName = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();

/** A name's words, folded, split at spaces and dashes. */
export const nameWords = (s: string): string[] => foldName(s).split(/[\s\u2010-\u2015-]+/).filter(Boolean);
