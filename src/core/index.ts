/**
 * Entente's pure core: no `node:` imports, runs in a browser. Adapters (ingest, store, cli, api)
 * depend on it; it depends on none of them.
 */
export * from './errors/errors.js';
export * from './span.js';
export * from './article/article.js';
export * from './article/offset-map.js';
export * from './doc/vocab.js';
export * from './doc/ud.js';
export * from './doc/doc.js';
export type * from './doc/mention.js';
export type * from './pipeline/component.js';
export * from './pipeline/pipeline.js';
export * from './analysis/contract.js';
export * from './analysis/to-analysis.js';
export * from './analysis/content-id.js';
export * from './text/abbreviations.js';
export * from './text/token-buffer.js';
export * from './text/tokenizer.js';
export * from './text/sentence-splitter.js';
export * from './text/segment.js';
export * from './text/tokenizer-component.js';
export * from './text/normalize-form.js';
export * from './text/hyphen-groups.js';
export * from './text/morphology.js';
export * from './text/lemmatizer.js';
export * from './doc/dep-walk.js';
export * from './doc/span-view.js';
export * from './kb/index.js';
export * from './article/read-text.js';
export * from './article/reader-lexicon.js';
export * from './lang/detect-language.js';
export * from './analysis/schema.js';
export * from './analysis/validate.js';
export * from './events/index.js';
export * from './quotes/index.js';
export * from './syntax/components.js';
export * from './syntax/conllu.js';
export { decodeSyntaxModel, SYNTAX_MODEL_FORMAT } from './syntax/model-format.js';
export type { SyntaxModel, SyntaxModelInfo } from './syntax/syntax-model.js';
