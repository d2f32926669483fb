/**
 * A mention found in the text: a name, description, pronoun or metonym that refers to an actor or
 * a place. Mentions are the bridge between the token layers and the actor layer.
 */
import type { ActorType, MentionRef } from '../analysis/contract.js';

export interface Mention {
  /** Character offsets into the Doc's text. */
  readonly start: number;
  readonly end: number;
  /** Token range `[tokStart, tokEnd)`. */
  readonly tokStart: number;
  readonly tokEnd: number;
  /** What the mention looks like. */
  readonly via: NonNullable<MentionRef['via']>;
  /** Kind of thing referred to. */
  type: ActorType | 'place';
  /** Id of the resolved actor or place (`Doc.actors[k].id` / `Doc.places[k].id`), null until resolved. */
  ref: string | null;
  /** Every actor a plural mention refers to ("the two leaders" → both); `[ref]` otherwise. */
  refs?: readonly string[];
}
