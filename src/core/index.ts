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
