/**
 * The event layer: CAMEO/PLOVER taxonomy, trigger lexicon, and the event coder component.
 */
export * from './taxonomy.js';
export * from './frame-codes.js';
export type * from './lexicon-types.js';
export * from './lexicon.js';
export * from './resources.js';
export { createEventCoder, codeEvents, EVENT_CODER_READS, type EventCoderOptions } from './event-coder.js';
