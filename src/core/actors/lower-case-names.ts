/**
 * Names written in the wrong case. News copy, comments quoted in it and hurried web posts write
 * "President obama" or "iSrael"; a reader still knows who is meant. Lower case is accepted only
 * where it cannot turn a common word into a name:
 *
 * - a surname right after a capitalised title (an agent word with a role: "President", "Prime
 *   Minister", "Chancellor"), when the knowledge base knows a person of that last name who held an
 *   office whose press title begins with the title's words ("President obama", "Chancellor
 *   merkel"; not "King work" for a president whose name ends "-Work"), and the tagger read the word
 *   as a noun, proper noun or adjective — so "Prime Minister may resign" (a modal) stays a verb
 *   phrase, and "President jordan" (nobody of that name held a presidency) names nobody;
 * - a knowledge-base name with a capital inside it rather than first ("iSrael", "pAkistan": a
 *   slipped shift key); a word all in lower case ("turkey", "china", "chad") never is, since most
 *   such words are also common nouns or given names.
 *
 * Capitals throughout ("TURKEY SAYS …") are no case error: names in all-capital headlines already
 * match (`kb-matcher.ts`).
 */
import type { Doc } from '../doc/doc.js';
import type { Unit } from './units.js';

/**
 * Whether a known person whose last name is `surname` (lower case) held an office whose press
 * title begins with `title` ("President", "Prime Minister", "Chancellor").
 */
export type TitledSurname = (surname: string, title: string) => boolean;

/** Parts of speech a lower-case surname may carry in the tagger's reading. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/**
 * The end of a lower-case surname at token `t` right after `prev`, a capitalised title ("President
 * obama"), or -1: `titled` must accept it for the title.
 */
export function lowerCaseNameEnd(doc: Doc, t: number, to: number, prev: Unit | undefined, titled: TitledSurname | undefined): number {
  if (!titled || !prev || prev.kind !== 'agent' || prev.tokEnd !== t) return -1;
  const agent = prev.agents?.find((a) => a.role !== null && !a.group && !a.plural);
  const titleText = doc.text.slice(doc.tokens.start[prev.tokStart], doc.tokens.end[prev.tokEnd - 1]);
  if (!agent?.role || !/^\p{Lu}/u.test(titleText)) return -1;
  const lowerWord = (k: number) => k < to && /^\p{Ll}[\p{Ll}'’-]*$/u.test(doc.tokenText(k)) && (!doc.has('pos') || NAME_TAGS.has(doc.pos(k)));
  // The surname alone: a lower-case full name ("President barack obama") would be a new person,
  // since the knowledge base's full names match capitalised only.
  return lowerWord(t) && titled(doc.tokenText(t), titleText) ? t + 1 : -1;
}

/** Whether `text`, written with a capital inside its first word but not first ("iSrael"), may stand for a capitalised name. */
export function innerCapital(text: string): boolean {
  const first = text.split(/\s+/)[0];
  return /^\P{Lu}*\p{Ll}/u.test(first) && /\p{Lu}/u.test(first);
}
