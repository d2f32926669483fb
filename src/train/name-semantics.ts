/**
 * `--name-cues FILE`: the given names and title words of the actor grammar's name cues
 * (`data/kb/name-cues.json`) marked in the model's semantic signatures (`core/syntax/name-classes.ts`),
 * so that the parser knows, for words it rarely or never saw, that "Charles" is a given name and
 * "Administrator" or "Dr." a title. The lists are frozen into the model when it is trained.
 */
import { readFileSync } from 'node:fs';
import { EntenteError } from '../core/errors/errors.js';
import { hashString } from '../core/syntax/hash.js';
import { packSemantics, semanticNoun, semanticVerb } from '../core/syntax/lexicon.js';
import { GIVEN_NAME_BIT, NAME_TITLE_BIT } from '../core/syntax/name-classes.js';
import { normaliseWord } from '../core/syntax/word-table.js';

/** The one-word given names and titles of a name-cues file. */
export interface NameCueWords {
  given: string[];
  titles: string[];
}

const words = (v: unknown): string[] => (Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : []);

/**
 * Reads the given names (`givenNames.m`, `.f`) and the titles written before names (`honorifics`,
 * the abbreviations of `officeHonorifics`, `appositionRoles`) of a name-cues file; multi-word
 * entries are left out (the class is a word's).
 * @throws EntenteError E203 when the file cannot be read or is not such a JSON object
 */
export function readNameCueWords(file: string): NameCueWords {
  let cues: Record<string, unknown>;
  try {
    cues = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new EntenteError('E203', `--name-cues ${file}: cannot read it (${(e as Error).message.split('\n')[0]})`, { input: file });
  }
  const given = (cues.givenNames ?? {}) as Record<string, unknown>;
  const honorifics = (cues.honorifics ?? {}) as Record<string, unknown>;
  // officeHonorifics maps each abbreviation to the office it stands for, beside a description
  const offices = Object.entries((cues.officeHonorifics ?? {}) as Record<string, unknown>).filter(([k, v]) => k !== 'description' && typeof v === 'string').map(([k]) => k);
  const single = (ws: string[]): string[] => [...new Set(ws.map((w) => w.trim().toLowerCase()).filter((w) => w !== '' && !w.includes(' ')))];
  const out = {
    given: single([...words(given.m), ...words(given.f)]),
    titles: single([...words(honorifics.m), ...words(honorifics.f), ...words(honorifics.any), ...offices, ...words(cues.appositionRoles)]),
  };
  if (out.given.length === 0 || out.titles.length === 0) throw new EntenteError('E203', `--name-cues ${file}: no givenNames or no titles (honorifics, appositionRoles) in it`, { input: file });
  return out;
}

/**
 * Adds the given-name and title bits to `semantics` (lower-cased word hash → packed signature, as
 * `build-lexicon.ts` builds it), keeping each word's WordNet senses; returns the number of words marked.
 */
export function addNameClasses(semantics: Map<number, number>, cues: NameCueWords): number {
  const mark = (word: string, bit: number): void => {
    const h = hashString(normaliseWord(word));
    const v = semantics.get(h) ?? 0;
    semantics.set(h, packSemantics(semanticNoun(v) | bit, semanticVerb(v)));
  };
  for (const w of cues.given) mark(w, GIVEN_NAME_BIT);
  for (const w of cues.titles) mark(w, NAME_TITLE_BIT);
  return new Set([...cues.given, ...cues.titles]).size;
}
