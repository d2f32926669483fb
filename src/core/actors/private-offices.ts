/**
 * Private offices: "his secretary, Jane Doe", "her personal secretary", "a private secretary". A
 * secretary who works for a person is an aide, not a minister, although "secretary" alone is a
 * minister's title in "Secretary Clinton", "the secretary of the treasury" or "Defense Secretary
 * Ash Carter" (titles of more words, or with no personal owner, keep their reading).
 */
import type { Doc } from '../doc/doc.js';
import { wordAt } from './token-context.js';

/** Possessive pronouns of people: a secretary they own is in their service. */
const PERSONAL_OWNERS = new Set(['his', 'her', 'my', 'your', 'our']);
/** Modifiers that make a secretary someone's own. */
const PRIVATE = new Set(['personal', 'private']);

/**
 * Whether `title`, ending at token `end` (exclusive), is a bare "secretary" held in a person's
 * service: called personal or private ("a private secretary"), or owned by a personal possessive
 * ("his secretary"). `from` is the sentence's first token.
 */
export function isPrivateSecretary(doc: Doc, title: string | null, end: number, from: number): boolean {
  if (!title || !/^secretar(?:y|ies)$/i.test(title)) return false;
  const before = wordAt(doc, end - 2, from);
  return PRIVATE.has(before) || PERSONAL_OWNERS.has(before);
}
