/**
 * The actor knowledge base: entry types, validation and indexing ({@link createKnowledgeBase}),
 * name normalisation shared with the mention matcher, and time-aware roles and memberships.
 */
export * from './types.js';
export * from './knowledge-base.js';
// Exported under kb-prefixed names: the gazetteer has its own `nameKey` for place names.
export { nameKey as kbNameKey, nameTokens as kbNameTokens, needsExactCase, pluralOf as kbPluralOf } from './normalize.js';
export { isKbDate, dayKey as kbDayKey } from './kb-dates.js';
export type { KbSurfaceForm, KbAgentForm, NameVia } from './name-index.js';
export type { KbHolder } from './role-index.js';
export * from './actor-code.js';
