/**
 * A cheap reading of whether a sentence talks about the future, for placing dates whose year or
 * week the text leaves implicit. Deliberately lexical: it runs before (and without) the parser.
 */
import type { Tense } from './resolve-date.js';

const FUTURE = /\b(?:will|shall|won't|'ll|is|are|was|were) (?:(?:also|now|then|not) )?(?:due|set|scheduled|slated|expected|poised|planning|going) to\b|\b(?:will|shall|won't)\b|\w'll\b|\b(?:plans?|planned|intends?|upcoming|forthcoming|to be held)\b/i;

/** `future` when the sentence carries a future marker, else `neutral`. */
export function sentenceTense(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'neutral';
}
