/**
 * Sentinel values of the tagger's features, shared by the greedy and the structured tagger.
 */

/** Tag value for positions before the sentence start / after its end. */
export const TAG_START = 254;
export const TAG_END = 253;
/** Word values for positions before the sentence start / after its end. */
export const WORD_START = 0x5a17;
export const WORD_END = 0x5e2d;

/** Bit added to the flags feature for the sentence's first token. */
export const FIRST_BIT = 1 << 12;
