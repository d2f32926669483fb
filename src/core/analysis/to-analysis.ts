/**
 * Builds the analysis contract document from a processed Doc.
 */
import type { Doc } from '../doc/doc.js';
import type { Analysis } from './contract.js';
import { SCHEMA_VERSION } from './contract.js';
import { contentId } from './content-id.js';
import { nonStateAsNamed } from './non-state-groups.js';

/** Who made the analysis: written into `generator`. */
export interface GeneratorInfo {
  version: string;
  models?: Record<string, string>;
}

/** The analysis JSON of `doc`. Layers that were not computed are empty arrays. */
export function toAnalysis(doc: Doc, generator: GeneratorInfo): Analysis {
  const sentences = [];
  for (let s = 0; s < doc.sentenceCount; s++) sentences.push(doc.sentenceSpan(s));
  const { actors, events, quotes } = nonStateAsNamed(doc.actors, doc.events, doc.quotes);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'entente', version: generator.version, ...(generator.models ? { models: generator.models } : {}) },
    id: contentId(doc.text),
    meta: doc.meta,
    text: doc.text,
    paragraphs: doc.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    sentences,
    actors,
    places: doc.places,
    dates: doc.dates,
    quotes,
    events,
  };
}
