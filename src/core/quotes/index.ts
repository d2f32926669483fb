/**
 * Quotations: the `quotes` component, its cue lexicon, the quoted-span finder and the attribution
 * model's run-time (see README.md in this folder).
 */
export * from './quote-component.js';
export * from './cue-lexicon.js';
export * from './find-quoted-spans.js';
export type { FoundAttribution, TokenSpan } from './attribution.js';
export type { QuoteMode } from './build-quotes.js';
export { decodeAttributionModel, ATTRIBUTION_MODEL_FORMAT, type AttributionModel } from './model/attribution-model.js';
export { createModelFinder, type ModelFinderOptions } from './model/model-finder.js';
