/**
 * Title words that name no office where they stand: a secretary in a person's service ("his
 * secretary, Jane Doe", "her personal secretary") is an aide, not a minister, although "secretary"
 * alone is a minister's title in "Secretary Clinton", "the secretary of the treasury" or "Defense
 * Secretary Ash Carter"; and a "head" that heads nothing ("bows his head", "shot in the head",
 * "turned heads") is a body part, not a leader ("the head of the agency", "IMF head" are).
 */
import type { Doc } from '../doc/doc.js';
import { wordAt } from './token-context.js';

/** Possessive pronouns of people: a secretary they own is in their service. */
const PERSONAL_OWNERS = new Set(['his', 'her', 'my', 'your', 'our']);
/** Modifiers that make a secretary someone's own. */
const PRIVATE = new Set(['personal', 'private']);

/**
 * Whether `title`, the chain's title ending at token `end` (exclusive), names no office there: a
 * bare "secretary" called personal or private or owned by a personal possessive, or a bare "head"
 * with nothing after it that it heads. `qualified` is true when the chain names whose office it is
 * (a country or an organisation before the title). `from` is the sentence's first token.
 */
export function namesNoOffice(doc: Doc, title: string | null, end: number, from: number, qualified: boolean): boolean {
  if (!title) return false;
  if (/^secretar(?:y|ies)$/i.test(title)) {
    const before = wordAt(doc, end - 2, from);
    return PRIVATE.has(before) || PERSONAL_OWNERS.has(before);
  }
  return /^heads?$/i.test(title) && !qualified && wordAt(doc, end) !== 'of';
}
